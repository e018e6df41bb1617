package org.treatymodel.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.english.Prose;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.reported.ReportedStatement;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * Walkthrough 3, the Cooperation Agreement of 1996 and the Agreement of 2016 compared, topic by
 * topic, as source 004 compares them: participation in each other's meetings, information beyond
 * the public domain, and special studies ("shall, to the extent practicable, furnish"). The 1996
 * text is not in the sources: what is said of it is <b>reported</b>, in source 004's words; what is
 * said of 2016 is the text itself and the norms read from it.
 *
 * <p>Run it with {@code mvn -q -pl agreement-examples -am compile exec:java
 * -Dexample=Compared1996}.
 */
public final class Compared1996 {
  private Compared1996() {}

  /** Prints the comparison. */
  public static void main(String[] args) {
    System.out.print(render(UnIomAgreement.agreement()));
  }

  /** The comparison, topic by topic, for the instrument {@code agreement} supersedes. */
  public static String render(Agreement agreement) {
    Handout out = new Handout();
    AgreementText text = agreement.text();
    InstrumentId before = agreement.procedure().supersedes().orElseThrow();
    String title = agreement.catalogue().titleOf(before);
    out.heading("1996 and 2016 compared", '=');
    out.wrapped(
        "",
        "The text of "
            + title
            + " is not in the sources. What follows about it is REPORTED: the words of a commentary of"
            + " August 2016 (source 004) that compares the two agreements, never the 1996 text. What follows about 2016 is the"
            + " text of the Agreement and the norms read from it.");
    out.blank();
    Map<String, List<ReportedStatement>> byTopic = new LinkedHashMap<>();
    for (ReportedStatement statement : agreement.statementsAbout(before)) {
      byTopic
          .computeIfAbsent(statement.topic(), topic -> new java.util.ArrayList<>())
          .add(statement);
    }
    int number = 0;
    for (Map.Entry<String, List<ReportedStatement>> topic : byTopic.entrySet()) {
      number++;
      out.heading(number + ". " + Prose.capitalised(topic.getKey()), '-');
      java.util.Set<ProvisionId> compared = new java.util.LinkedHashSet<>();
      for (ReportedStatement statement : topic.getValue()) {
        String cited =
            statement.citedArticle().isPresent()
                ? ", citing Article "
                    + statement.citedArticle().getAsInt()
                    + " of "
                    + title
                    + statement
                        .cites()
                        .map(id -> " in " + agreement.catalogue().titleOf(id))
                        .orElse("")
                : statement
                    .cites()
                    .map(id -> ", citing " + agreement.catalogue().titleOf(id))
                    .orElse("");
        out.wrapped(
            "  1996, reported: ",
            "\"" + statement.words() + "\" (" + statement.provenance() + cited + ")");
        statement
            .quoted()
            .ifPresent(
                quoted ->
                    out.wrapped(
                        "                  ",
                        "the words \""
                            + quoted
                            + "\" are quoted from "
                            + statement
                                .quotedFrom()
                                .map(agreement.catalogue()::titleOf)
                                .orElse("another text")));
        compared.addAll(statement.comparedWith());
      }
      for (ProvisionId provision : compared) {
        List<Norm> norms = agreement.normsIn(provision);
        out.wrapped(
            "  2016, " + text.citation(provision) + ": ",
            norms.isEmpty()
                ? "\"" + agreement.provision(provision).text() + "\""
                : Prose.and(
                    norms.stream()
                        .map(
                            norm ->
                                norm.kind().label()
                                    + " of "
                                    + Prose.and(
                                        norm.bearers().stream().map(agreement::nameOf).toList())
                                    + " to "
                                    + norm.action())
                        .toList()));
      }
      out.blank();
    }
    return out.toString();
  }
}

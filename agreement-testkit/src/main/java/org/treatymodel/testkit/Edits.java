package org.treatymodel.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * Small edits of a generated dossier, each returning a new one: the vocabulary in which {@link
 * Defect}s are written.
 */
final class Edits {
  private Edits() {}

  /** Article 2, the first of the tail: its first paragraph states exactly one norm. */
  static final ProvisionId TAIL_PARAGRAPH = ProvisionId.article(2).paragraph(1);

  static final NormId TAIL_NORM = NormId.of(TAIL_PARAGRAPH, 1);

  static final ProvisionId LIST_PARAGRAPH = ProvisionId.article(1).paragraph(3);

  static Agreement text(Agreement dossier, UnaryOperator<AgreementText.Builder> change) {
    return Agreement.builder()
        .from(dossier)
        .text(change.apply(AgreementText.builder().from(dossier.text())).build())
        .build();
  }

  static Agreement article(Agreement dossier, int number, UnaryOperator<Article.Builder> change) {
    List<Article> articles = new ArrayList<>();
    for (Article article : dossier.text().articles()) {
      articles.add(
          article.number() == number
              ? change.apply(Article.builder().from(article)).build()
              : article);
    }
    return text(dossier, text -> text.articles(articles));
  }

  static Agreement plusArticle(Agreement dossier, Article article) {
    return text(dossier, text -> text.articles(plus(dossier.text().articles(), article)));
  }

  static int lastArticle(Agreement dossier) {
    List<Article> articles = dossier.text().articles();
    return articles.get(articles.size() - 1).number();
  }

  static Agreement norms(Agreement dossier, List<Norm> norms) {
    return Agreement.builder().from(dossier).norms(norms).build();
  }

  static Agreement plusNorms(Agreement dossier, Norm... norms) {
    return norms(dossier, plus(dossier.norms(), norms));
  }

  static Agreement changeNorm(Agreement dossier, NormId id, UnaryOperator<Norm.Builder> change) {
    List<Norm> norms = new ArrayList<>();
    for (Norm norm : dossier.norms()) {
      norms.add(norm.id().equals(id) ? change.apply(Norm.builder().from(norm)).build() : norm);
    }
    return norms(dossier, norms);
  }

  /** The tail norm, with a new identifier. */
  static Norm tailNormAt(Agreement dossier, NormId id) {
    return Norm.builder().from(dossier.norm(TAIL_NORM)).id(id).build();
  }

  static Agreement plusNonNormative(Agreement dossier, NonNormativeProvision record) {
    return Agreement.builder()
        .from(dossier)
        .nonNormativeProvisions(plus(dossier.nonNormativeProvisions(), record))
        .build();
  }

  static Agreement instruments(Agreement dossier, List<Instrument> instruments) {
    return Agreement.builder().from(dossier).instruments(instruments).build();
  }

  static Agreement plusInstruments(Agreement dossier, Instrument... instruments) {
    return instruments(dossier, plus(dossier.instruments(), instruments));
  }

  static Agreement withoutInstrument(Agreement dossier, InstrumentId id) {
    return instruments(dossier, without(dossier.instruments(), i -> i.id().equals(id)));
  }

  /** A note {@code A/99/1}, as a symbol, dated {@code date}, changed by {@code change}. */
  static Instrument note(LocalDate date, UnaryOperator<Instrument.Builder> change) {
    return change
        .apply(
            Instrument.builder()
                .id(InstrumentId.of("A/99/1"))
                .kind(InstrumentKind.NOTE)
                .title("Note A/99/1")
                .date(date)
                .provenance("generated defect"))
        .build();
  }

  static Agreement procedure(Agreement dossier, UnaryOperator<Procedure.Builder> change) {
    return Agreement.builder()
        .from(dossier)
        .procedure(change.apply(Procedure.builder().from(dossier.procedure())).build())
        .build();
  }

  /** The dossier with {@code old} recorded as {@code replacements} instead. */
  static Agreement replaceEvent(
      Agreement dossier, ProcedureEvent old, ProcedureEvent... replacements) {
    List<ProcedureEvent> events = new ArrayList<>(dossier.procedure().events());
    events.remove(old);
    events.addAll(Arrays.asList(replacements));
    return procedure(dossier, procedure -> procedure.events(events));
  }

  static Agreement plusEvents(Agreement dossier, ProcedureEvent... events) {
    return procedure(
        dossier,
        procedure -> procedure.events(plus(dossier.procedure().events().asList(), events)));
  }

  static Approval approvalBy(Agreement dossier, ActorId organ) {
    return dossier.procedure().approvalBy(organ).orElseThrow();
  }

  static Notification notificationOf(Agreement dossier, ActorId organ) {
    return dossier.procedure().notificationsOf(organ).get(0);
  }

  static Signature signature(Agreement dossier) {
    return dossier.procedure().signature().orElseThrow();
  }

  static LocalDate signed(Agreement dossier) {
    return signature(dossier).date();
  }

  /** The dossier with {@code amendment} too, catalogued as an instrument if it is not yet. */
  static Agreement plusAmendment(Agreement dossier, Amendment amendment) {
    Agreement.Builder changed =
        Agreement.builder().from(dossier).amendments(plus(dossier.amendments(), amendment));
    if (dossier.findInstrument(amendment.instrument()).isEmpty()) {
      Instrument.Builder instrument =
          Instrument.builder()
              .id(amendment.instrument())
              .kind(InstrumentKind.AGREEMENT)
              .title("An amendment " + amendment.instrument())
              .provenance("generated defect");
      amendment.entryIntoForce().ifPresent(instrument::date);
      changed.instruments(plus(dossier.instruments(), instrument.build()));
    }
    return changed.build();
  }

  /** The dossier without amendments, and without their instruments. */
  static Agreement withoutAmendments(Agreement dossier) {
    List<InstrumentId> amendments =
        dossier.amendments().stream().map(Amendment::instrument).toList();
    return Agreement.builder()
        .from(dossier)
        .amendments(List.of())
        .instruments(without(dossier.instruments(), i -> amendments.contains(i.id())))
        .build();
  }

  @SafeVarargs
  @SuppressWarnings("varargs")
  static <T> ImmutableList<T> plus(List<T> values, T... more) {
    return ImmutableList.<T>builder().addAll(values).addAll(Arrays.asList(more)).build();
  }

  static <T> ImmutableList<T> without(List<T> values, Predicate<? super T> drop) {
    return values.stream().filter(drop.negate()).collect(ImmutableList.toImmutableList());
  }
}

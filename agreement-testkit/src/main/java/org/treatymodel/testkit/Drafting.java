package org.treatymodel.testkit;

import static org.treatymodel.testkit.Dossiers.ALPHA;
import static org.treatymodel.testkit.Dossiers.ALPHA_ASSEMBLY;
import static org.treatymodel.testkit.Dossiers.ALPHA_SECRETARY_GENERAL;
import static org.treatymodel.testkit.Dossiers.BETA;
import static org.treatymodel.testkit.Dossiers.BETA_COUNCIL;
import static org.treatymodel.testkit.Dossiers.BETA_DIRECTOR_GENERAL;
import static org.treatymodel.testkit.Dossiers.GAMMA;
import static org.treatymodel.testkit.Dossiers.GAMMA_BOARD;
import static org.treatymodel.testkit.Dossiers.GAMMA_SECRETARY_GENERAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.Recital;
import org.treatymodel.agreement.text.SignatureLine;

/**
 * Writes the dossier a {@link Shape} describes: an agreement between the Alpha and the Beta
 * Organization, drafted so that every rule of the validation catalogue holds. Article 1 holds two
 * mirrored obligations and a list of committees; the articles of the shape's tail one norm per
 * paragraph; the final article the duty to notify approvals and the supersession of an earlier
 * agreement. The procedure follows Article 16 of the 2016 Agreement in form: approvals, written
 * notifications, then signature.
 */
final class Drafting {
  private Drafting() {}

  static final String ALPHA_NAME = "the Alpha Organization";
  static final String CONSTITUTION_WORDS = "the Constitution of the Alpha Organization";
  static final String BETA_NAME = "the Beta Organization";
  static final LocalDate EPOCH = LocalDate.of(1995, 1, 1);

  /**
   * A force phrase the 2016 Agreement does not use: the generated dossiers speak words of their own
   * as well as its.
   */
  static final ForcePhrase SHALL_ENDEAVOUR_TO =
      ForcePhrase.of("shall-endeavour-to", "shall endeavour to", NormKind.COMMITMENT);

  /** A condition neither the 2016 Agreement nor the common English vocabulary has. */
  static final Condition SUBJECT_TO_AVAILABLE_FUNDS =
      Condition.of(
          "subject-to-available-funds", "subject to available funds", "subject to available funds");

  private static final ForcePhrase[] FORCES = {
    ForcePhrase.SHALL, ForcePhrase.MAY, SHALL_ENDEAVOUR_TO, ForcePhrase.RECOGNIZES
  };
  private static final String[] CONDITION_WORDS = {
    "", ", upon request", ", where appropriate", ", subject to available funds"
  };
  private static final Condition[] CONDITIONS = {
    null, Condition.UPON_REQUEST, Condition.WHERE_APPROPRIATE, SUBJECT_TO_AVAILABLE_FUNDS
  };
  private static final String[] ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth"};

  /** The dossier {@code shape} describes. */
  static Agreement dossier(Shape shape) {
    Dates dates = new Dates(shape);
    int last = shape.tail().size() + 2;
    List<Article> articles = new ArrayList<>();
    List<Norm> norms = new ArrayList<>();
    List<CrossReference> references = new ArrayList<>();
    references.add(
        CrossReference.toInstrument(
            ProvisionId.recital(1), Dossiers.ALPHA_CONSTITUTION, CONSTITUTION_WORDS));
    articles.add(firstArticle(shape.points(), norms));
    for (int i = 0; i < shape.tail().size(); i++) {
      articles.add(tailArticle(i + 2, shape.tail().get(i), norms, references));
    }
    articles.add(finalArticle(last, dates.predecessor(), norms, references));
    InstrumentId agreement = agreementId(dates.signature());
    InstrumentId predecessor = agreementId(dates.predecessor());
    List<Amendment> amendments = new ArrayList<>();
    List<Instrument> instruments = new ArrayList<>(instruments(dates, agreement, predecessor));
    for (int j = 1; j <= shape.amendments(); j++) {
      Amendment amendment = amendment(j, dates.signature().plusDays(100L * j), last);
      amendments.add(amendment);
      instruments.add(
          Instrument.builder()
              .id(amendment.instrument())
              .kind(InstrumentKind.AGREEMENT)
              .title(
                  "Amendment "
                      + j
                      + " to the Agreement between the Alpha and the Beta Organization")
              .shortTitle("amendment " + j)
              .date(amendment.entryIntoForce().orElseThrow())
              .provenance("generated")
              .build());
    }
    return Agreement.builder()
        .instrument(agreement)
        .text(text(articles, dates.signature()))
        .actors(actors())
        .instruments(instruments)
        .norms(norms)
        .nonNormativeProvisions(
            List.of(
                NonNormativeProvision.of(ProvisionId.preamble(), "the preamble binds no one"),
                NonNormativeProvision.of(
                    ProvisionId.article(last).paragraph(2),
                    "statement of legal effect: the supersession of the earlier agreement"),
                NonNormativeProvision.of(ProvisionId.conclusions(), "final clauses")))
        .crossReferences(references)
        .procedure(procedure(agreement, predecessor, dates))
        .amendmentRule(LaterOfApprovals.of(ALPHA_ASSEMBLY, BETA_COUNCIL))
        .amendments(amendments)
        .predecessors(List.of(predecessorProcedure(predecessor, dates.predecessor())))
        .build();
  }

  /** The dates of a generated procedure, each from the shape. */
  record Dates(LocalDate alphaApproval, LocalDate betaApproval, LocalDate signature) {
    Dates(Shape shape) {
      this(
          EPOCH.plusDays(shape.startDay()),
          EPOCH.plusDays(shape.startDay() + (long) shape.gap()),
          EPOCH.plusDays(shape.startDay() + (long) shape.gap() + 10));
    }

    LocalDate predecessor() {
      return alphaApproval.minusYears(6);
    }
  }

  static InstrumentId agreementId(LocalDate date) {
    return InstrumentId.of("agreement/alpha+beta/" + date);
  }

  static String capitalized(String name) {
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private static Article firstArticle(int points, List<Norm> norms) {
    ProvisionId article = ProvisionId.article(1);
    norms.add(mirrored(article.paragraph(1), true, article.paragraph(2)));
    norms.add(mirrored(article.paragraph(2), false, article.paragraph(1)));
    String intro = capitalized(ALPHA_NAME) + " agrees to take part in";
    List<Point> list = new ArrayList<>();
    for (int i = 0; i < points; i++) {
      char label = (char) ('a' + i);
      String words = "the " + ORDINALS[i % ORDINALS.length] + " Committee " + (i + 1);
      Point point = Point.of(label, words + (i == points - 1 ? "." : ";"));
      list.add(point);
      norms.add(
          Norm.builder()
              .id(NormId.of(article.paragraph(3).list(1).point(label), 1))
              .force(ForcePhrase.AGREES_TO)
              .words(intro, point.text())
              .bearers(ALPHA)
              .counterparties(BETA)
              .action("take part in " + words)
              .build());
    }
    return Article.builder()
        .number(1)
        .heading("Cooperation")
        .paragraphs(
            Paragraph.builder().number(1).text(mirroredText(true)).build(),
            Paragraph.builder().number(2).text(mirroredText(false)).build(),
            Paragraph.builder().number(3).text(intro + ":").points(list).build())
        .build();
  }

  static String mirroredText(boolean alpha) {
    return capitalized(alpha ? ALPHA_NAME : BETA_NAME)
        + " shall inform "
        + (alpha ? BETA_NAME : ALPHA_NAME)
        + " of matters of common concern, upon request.";
  }

  private static Norm mirrored(ProvisionId paragraph, boolean alpha, ProvisionId mirror) {
    return Norm.builder()
        .id(NormId.of(paragraph, 1))
        .force(ForcePhrase.SHALL)
        .words(mirroredText(alpha))
        .bearers(alpha ? ALPHA : BETA)
        .counterparties(alpha ? BETA : ALPHA)
        .conditions(Condition.UPON_REQUEST)
        .action("inform the other Organization of matters of common concern")
        .mirror(NormId.of(mirror, 1))
        .build();
  }

  private static Article tailArticle(
      int number, List<Shape.Clause> clauses, List<Norm> norms, List<CrossReference> references) {
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int p = 1; p <= clauses.size(); p++) {
      Shape.Clause clause = clauses.get(p - 1);
      String matter = number + "." + p;
      String text = sentence(clause, matter);
      ProvisionId id = ProvisionId.article(number).paragraph(p);
      Paragraph.Builder paragraph = Paragraph.builder().text(text);
      if (clauses.size() > 1) {
        paragraph.number(p);
      }
      paragraphs.add(paragraph.build());
      norms.add(norm(id, 1, clause, text, matter));
      if (clause.refers()) {
        references.add(CrossReference.toProvision(id, ProvisionId.article(1), "Article 1"));
      }
    }
    return Article.builder()
        .number(number)
        .heading("Matters " + number)
        .paragraphs(paragraphs)
        .build();
  }

  /** The sentence that states {@code clause}, about matter {@code matter}. */
  static String sentence(Shape.Clause clause, String matter) {
    String bearer = capitalized(clause.alphaBears() ? ALPHA_NAME : BETA_NAME);
    String other = clause.alphaBears() ? BETA_NAME : ALPHA_NAME;
    ForcePhrase force = FORCES[clause.force()];
    String body =
        force == ForcePhrase.RECOGNIZES
            ? bearer + " recognizes the interest of " + other + " in matter " + matter
            : bearer + " " + force.words() + " inform " + other + " of matter " + matter;
    return body
        + CONDITION_WORDS[clause.condition()]
        + (clause.refers() ? ", in accordance with Article 1" : "")
        + ".";
  }

  /** The norm that {@code text}, written by {@link #sentence}, states. */
  static Norm norm(
      ProvisionId provision, int ordinal, Shape.Clause clause, String text, String matter) {
    ForcePhrase force = FORCES[clause.force()];
    Norm.Builder norm =
        Norm.builder()
            .id(NormId.of(provision, ordinal))
            .force(force)
            .words(text)
            .bearers(clause.alphaBears() ? ALPHA : BETA)
            .counterparties(clause.alphaBears() ? BETA : ALPHA)
            .action(
                force == ForcePhrase.RECOGNIZES
                    ? "recognize the other Organization's interest in matter " + matter
                    : "inform the other Organization of matter " + matter);
    Condition condition = CONDITIONS[clause.condition()];
    if (condition != null) {
      norm.conditions(condition);
    }
    return norm.build();
  }

  private static Article finalArticle(
      int number, LocalDate predecessor, List<Norm> norms, List<CrossReference> references) {
    ProvisionId article = ProvisionId.article(number);
    String notify =
        capitalized(ALPHA_NAME)
            + " and "
            + BETA_NAME
            + " shall notify each other in writing of the date of approval.";
    norms.add(
        Norm.builder()
            .id(NormId.of(article.paragraph(1), 1))
            .force(ForcePhrase.SHALL)
            .words(notify)
            .bearers(ALPHA, BETA)
            .counterparties(ALPHA, BETA)
            .conditions(Condition.IN_WRITING)
            .action("notify each other of the date of approval")
            .build());
    String earlier = earlierAgreement(predecessor);
    references.add(
        CrossReference.toInstrument(article.paragraph(2), agreementId(predecessor), earlier));
    return Article.builder()
        .number(number)
        .heading("Entry into force")
        .paragraphs(
            Paragraph.builder().number(1).text(notify).build(),
            Paragraph.builder()
                .number(2)
                .text(
                    "Upon its entry into force, this Agreement supersedes and replaces "
                        + earlier
                        + ".")
                .build())
        .build();
  }

  static String earlierAgreement(LocalDate date) {
    return "the Agreement between the Alpha Organization and the Beta Organization of "
        + date.getDayOfMonth()
        + " "
        + capitalized(date.getMonth().name().toLowerCase(Locale.ROOT))
        + " "
        + date.getYear();
  }

  private static AgreementText text(List<Article> articles, LocalDate signed) {
    return AgreementText.builder()
        .title("Agreement between the Alpha Organization and the Beta Organization")
        .partiesFormula("The Alpha Organization and the Beta Organization,")
        .recitals(
            Recital.builder()
                .openingPhrase("Recalling")
                .text("Recalling " + CONSTITUTION_WORDS + ",")
                .build(),
            Recital.builder()
                .openingPhrase("Desiring")
                .text("Desiring to cooperate closely,")
                .build())
        .enactingFormula("Have agreed as follows:")
        .articles(articles)
        .finalClauses(
            FinalClauses.builder()
                .testimonium(
                    "In witness thereof, the undersigned have signed the present Agreement.")
                .signingClause(
                    "Signed on " + signed + " at Geneva in two originals in the English language.")
                .languages(Language.ENGLISH)
                .signatures(signatureLine(true), signatureLine(false))
                .build())
        .build();
  }

  static SignatureLine signatureLine(boolean alpha) {
    return SignatureLine.builder()
        .party(alpha ? ALPHA : BETA)
        .caption("For " + (alpha ? ALPHA_NAME : BETA_NAME) + ":")
        .signatory(alpha ? "Ada Alpha" : "Bo Beta")
        .title(alpha ? "Secretary-General" : "Director General")
        .office(alpha ? ALPHA_SECRETARY_GENERAL : BETA_DIRECTOR_GENERAL)
        .build();
  }

  static Signatory signatory(boolean alpha) {
    return alpha
        ? Signatory.of(ALPHA, "Ada Alpha", ALPHA_SECRETARY_GENERAL)
        : Signatory.of(BETA, "Bo Beta", BETA_DIRECTOR_GENERAL);
  }

  private static ImmutableList<Actor> actors() {
    return ImmutableList.of(
        actor(ALPHA, ActorKind.ORGANIZATION, ALPHA_NAME, "Alpha"),
        actor(BETA, ActorKind.ORGANIZATION, BETA_NAME, "Beta"),
        actor(
            ALPHA_ASSEMBLY,
            ActorKind.ORGAN,
            "the Assembly of the Alpha Organization",
            "the Assembly"),
        actor(BETA_COUNCIL, ActorKind.ORGAN, "the Council of the Beta Organization", "the Council"),
        actor(
            ALPHA_SECRETARY_GENERAL,
            ActorKind.OFFICE,
            "the Secretary-General of the Alpha Organization",
            "the Secretary-General"),
        actor(
            BETA_DIRECTOR_GENERAL,
            ActorKind.OFFICE,
            "the Director General of the Beta Organization",
            "the Director General"),
        actor(GAMMA, ActorKind.ORGANIZATION, "the Gamma Organization", "Gamma"),
        actor(
            GAMMA_BOARD, ActorKind.ORGAN, "the Board of the Gamma Organization", "the Gamma Board"),
        actor(
            GAMMA_SECRETARY_GENERAL,
            ActorKind.OFFICE,
            "the Secretary-General of the Gamma Organization",
            "Gamma's Secretary-General"));
  }

  private static Actor actor(ActorId id, ActorKind kind, String name, String shortName) {
    return Actor.builder().id(id).kind(kind).name(name).shortName(shortName).build();
  }

  private static ImmutableList<Instrument> instruments(
      Dates dates, InstrumentId agreement, InstrumentId predecessor) {
    return ImmutableList.of(
        Instrument.builder()
            .id(agreement)
            .kind(InstrumentKind.AGREEMENT)
            .title("Agreement between the Alpha Organization and the Beta Organization")
            .shortTitle("the Agreement")
            .date(dates.signature())
            .provenance("generated")
            .build(),
        Instrument.builder()
            .id(Dossiers.ALPHA_CONSTITUTION)
            .kind(InstrumentKind.CONSTITUENT_INSTRUMENT)
            .title("Constitution of the Alpha Organization")
            .date(LocalDate.of(1950, 6, 1))
            .constitutes(ALPHA)
            .provenance("generated")
            .build(),
        Instrument.builder()
            .id(Dossiers.BETA_CONSTITUTION)
            .kind(InstrumentKind.CONSTITUENT_INSTRUMENT)
            .title("Constitution of the Beta Organization")
            .date(LocalDate.of(1951, 12, 5))
            .constitutes(BETA)
            .provenance("generated")
            .build(),
        Instrument.builder()
            .id(Dossiers.ALPHA_RESOLUTION)
            .kind(InstrumentKind.RESOLUTION)
            .title("Resolution 1 of the Assembly of the Alpha Organization")
            .date(dates.alphaApproval())
            .issuedBy(ALPHA_ASSEMBLY)
            .provenance("generated")
            .build(),
        Instrument.builder()
            .id(Dossiers.BETA_RESOLUTION)
            .kind(InstrumentKind.RESOLUTION)
            .title("Resolution 1 of the Council of the Beta Organization")
            .date(dates.betaApproval())
            .issuedBy(BETA_COUNCIL)
            .provenance("generated")
            .build(),
        Instrument.builder()
            .id(predecessor)
            .kind(InstrumentKind.AGREEMENT)
            .title(capitalized(earlierAgreement(dates.predecessor())))
            .shortTitle(earlierAgreement(dates.predecessor()))
            .date(dates.predecessor())
            .provenance("generated")
            .build());
  }

  static Procedure procedure(InstrumentId agreement, InstrumentId predecessor, Dates dates) {
    return Procedure.builder()
        .instrument(agreement)
        .parties(ALPHA, BETA)
        .rule(ApprovalsThenSignature.of(ALPHA_ASSEMBLY, BETA_COUNCIL))
        .supersedes(predecessor)
        .events(
            Approval.of(ALPHA_ASSEMBLY, dates.alphaApproval(), Dossiers.ALPHA_RESOLUTION),
            Notification.of(ALPHA, BETA, ALPHA_ASSEMBLY, dates.alphaApproval().plusDays(1)),
            Approval.of(BETA_COUNCIL, dates.betaApproval(), Dossiers.BETA_RESOLUTION),
            Notification.of(BETA, ALPHA, BETA_COUNCIL, dates.betaApproval().plusDays(1)),
            Signature.builder()
                .date(dates.signature())
                .place("Geneva")
                .signatories(signatory(true), signatory(false))
                .build())
        .build();
  }

  private static Procedure predecessorProcedure(InstrumentId predecessor, LocalDate signed) {
    return Procedure.builder()
        .instrument(predecessor)
        .parties(ALPHA, BETA)
        .rule(ApprovalsThenSignature.uponSignature())
        .events(
            Signature.builder()
                .date(signed)
                .signatories(Signatory.unnamed(ALPHA), Signatory.unnamed(BETA))
                .build())
        .build();
  }

  /**
   * Amendment {@code j}, approved from {@code from} under Article 15's rule, adding paragraph
   * {@code j + 2} to the final article {@code last}.
   */
  static Amendment amendment(int j, LocalDate from, int last) {
    LocalDate alpha = from;
    LocalDate beta = from.plusDays(5);
    InstrumentId id = agreementId(beta);
    List<ProcedureEvent> events =
        List.of(
            Approval.of(ALPHA_ASSEMBLY, alpha),
            Notification.of(ALPHA, BETA, ALPHA_ASSEMBLY, alpha.plusDays(1)),
            Approval.of(BETA_COUNCIL, beta),
            Notification.of(BETA, ALPHA, BETA_COUNCIL, beta.plusDays(1)));
    return Amendment.builder()
        .instrument(id)
        .changes(
            TextChange.addParagraph(
                last,
                Paragraph.builder()
                    .number(j + 2)
                    .text("The Organizations may meet once a year to review matter " + j + ".")
                    .build()))
        .procedure(
            Procedure.builder()
                .instrument(id)
                .parties(ALPHA, BETA)
                .rule(LaterOfApprovals.of(ALPHA_ASSEMBLY, BETA_COUNCIL))
                .events(events)
                .build())
        .build();
  }
}

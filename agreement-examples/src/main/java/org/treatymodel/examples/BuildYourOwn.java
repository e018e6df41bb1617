package org.treatymodel.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorKind;
import org.treatymodel.agreement.akn.AkomaNtoso;
import org.treatymodel.agreement.english.Dates;
import org.treatymodel.agreement.english.Prose;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.norm.Vocabulary;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.Language;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.Recital;
import org.treatymodel.agreement.text.SignatureLine;
import org.treatymodel.validation.Validator;

/**
 * Walkthrough 5, build your own agreement: a small <b>fictional</b> agreement between two fictional
 * organizations, the River Organization and the Delta Organization, built with the model's builders
 * in the shape of the 2016 Agreement (a text of articles and paragraphs, the norms each paragraph
 * states, approvals by each governing body, written notifications, then signature, as in its
 * Article 16), in words of its own: a {@link #VOCABULARY} with "shall endeavour to" and conditions
 * such as "subject to the availability of resources". The validator finds it clean; then three
 * deliberate defects, and the diagnostics they produce.
 *
 * <p>Run it with {@code mvn -q -pl agreement-examples -am compile exec:java
 * -Dexample=BuildYourOwn}; give a file name ({@code -Dexec.args=river-delta.akn.xml}) to also write
 * the agreement as Akoma Ntoso.
 */
public final class BuildYourOwn {
  private BuildYourOwn() {}

  /** The River Organization, a fictional party. */
  public static final ActorId RIVER = ActorId.of("river");

  /** The Delta Organization, a fictional party. */
  public static final ActorId DELTA = ActorId.of("delta");

  /** The River Organization's governing body. */
  public static final ActorId RIVER_COUNCIL = ActorId.of("river.council");

  /** The Delta Organization's governing body. */
  public static final ActorId DELTA_ASSEMBLY = ActorId.of("delta.assembly");

  /** The River Organization's executive head. */
  public static final ActorId RIVER_DIRECTOR = ActorId.of("river.director");

  /** The Delta Organization's executive head. */
  public static final ActorId DELTA_SECRETARY = ActorId.of("delta.secretary");

  /** The agreement, signed on 3 March 2025. */
  public static final InstrumentId AGREEMENT = InstrumentId.of("agreement/delta+river/2025-03-03");

  /**
   * "shall endeavour to": the commitment of Article 2(3), a force phrase the 2016 Agreement does
   * not use.
   */
  public static final ForcePhrase SHALL_ENDEAVOUR_TO =
      ForcePhrase.of("shall-endeavour-to", "shall endeavour to", NormKind.COMMITMENT);

  /** "in electronic form": how the measurements of Article 2(1) are transmitted. */
  public static final Condition IN_ELECTRONIC_FORM =
      Condition.of("in-electronic-form", "in electronic form", "in electronic form");

  /** "within three years": the time Article 2(3) gives to harmonize methods. */
  public static final Condition WITHIN_THREE_YEARS =
      Condition.of("within-three-years", "within three years", "within three years");

  /** "subject to the availability of resources" (Article 2(3)). */
  public static final Condition SUBJECT_TO_AVAILABLE_RESOURCES =
      Condition.of(
          "subject-to-available-resources",
          "subject to available resources",
          "subject to the availability of resources");

  /**
   * The words of this agreement, its own: three force phrases, one of which the 2016 Agreement does
   * not use, and five conditions, three of which it does not use.
   */
  public static final Vocabulary VOCABULARY =
      Vocabulary.of(
          List.of(ForcePhrase.SHALL, ForcePhrase.MAY, SHALL_ENDEAVOUR_TO),
          List.of(
              Condition.UPON_REQUEST,
              Condition.WHERE_APPROPRIATE,
              IN_ELECTRONIC_FORM,
              WITHIN_THREE_YEARS,
              SUBJECT_TO_AVAILABLE_RESOURCES));

  private static final String FICTIONAL = "fictional example (treatymodel walkthrough)";
  private static final LocalDate SIGNED = LocalDate.of(2025, 3, 3);

  /** Builds the fictional agreement and prints its validation report, then that of its defects. */
  public static void main(String[] args) throws IOException {
    if (args.length > 1) {
      System.err.println("usage: BuildYourOwn [file to write the agreement to, as Akoma Ntoso]");
      System.exit(2);
    }
    System.out.print(render());
    if (args.length == 1) {
      Path file = Path.of(args[0]);
      AkomaNtoso.write(agreement(), file);
      System.out.println("Written as Akoma Ntoso to " + file.toAbsolutePath());
    }
  }

  /** The walkthrough's text. */
  public static String render() {
    Agreement agreement = agreement();
    Validator validator = Validator.standard();
    Handout out = new Handout();
    out.heading("Build your own agreement (a fictional one)", '=');
    out.wrapped("", agreement.text().title());
    out.line(
        Prose.count(agreement.text().articles().size(), "article")
            + ", "
            + Prose.count(agreement.norms().size(), "norm")
            + "; on "
            + Dates.forPeople(SIGNED)
            + ": "
            + agreement.statusOn(SIGNED).stage().label());
    out.blank();
    out.heading("1. As built", '-');
    out.report("  ", validator.validate(agreement));
    out.blank();
    out.heading("2. With three defects", '-');
    out.line("  - the signature dated 1 February 2025, before the Delta Assembly's approval;");
    out.line("  - a norm whose words are not those of its paragraph (\"send\" for \"transmit\");");
    out.line("  - a counterparty, delta.board, that is not among the actors.");
    out.wrapped(
        "  ",
        "The early signature also puts the Delta Organization's notification after it, which the"
            + " rule of Article 16(1) has before: a fourth finding, a warning, from the first defect.");
    out.blank();
    out.report("  ", validator.validate(defective()));
    return out.toString();
  }

  /** The fictional agreement, clean. */
  public static Agreement agreement() {
    return builder(SIGNED, norms(DELTA, "The River Organization shall transmit to the Delta"))
        .build();
  }

  /** The agreement with three defects that only the validator catches. */
  public static Agreement defective() {
    return builder(
            LocalDate.of(2025, 2, 1),
            norms(ActorId.of("delta.board"), "The River Organization shall send to the Delta"))
        .build();
  }

  private static Agreement.Builder builder(LocalDate signed, List<Norm> norms) {
    return Agreement.builder()
        .instrument(AGREEMENT)
        .text(text())
        .vocabulary(VOCABULARY)
        .actors(actors())
        .instruments(instruments())
        .norms(norms)
        .nonNormativeProvisions(
            List.of(
                NonNormativeProvision.of(ProvisionId.preamble(), "the preamble binds no one"),
                NonNormativeProvision.of(
                    ProvisionId.article(1).paragraph(1),
                    "purpose clause: it states what the other articles set out"),
                NonNormativeProvision.of(
                    ProvisionId.article(3).paragraph(1),
                    "condition of entry into force, computed by the procedure model"),
                NonNormativeProvision.of(ProvisionId.conclusions(), "final clauses")))
        .crossReferences(
            List.of(
                CrossReference.toInstrument(
                    ProvisionId.recital(1),
                    constitution(RIVER),
                    "the Constitution of the River Organization"),
                CrossReference.toInstrument(
                    ProvisionId.recital(1),
                    constitution(DELTA),
                    "the Statute of the Delta Organization")))
        .procedure(procedure(signed));
  }

  private static AgreementText text() {
    return AgreementText.builder()
        .title(
            "Agreement on the Exchange of Hydrological Data between the River Organization and"
                + " the Delta Organization")
        .partiesFormula("The River Organization and the Delta Organization,")
        .recitals(
            Recital.builder()
                .openingPhrase("Bearing in mind")
                .text(
                    "Bearing in mind the Constitution of the River Organization and the Statute of"
                        + " the Delta Organization,")
                .build())
        .enactingFormula("Have agreed as follows:")
        .articles(
            Article.builder()
                .number(1)
                .heading("Purpose")
                .paragraphs(
                    Paragraph.builder()
                        .text(
                            "The present Agreement defines how the two Organizations share"
                                + " hydrological data.")
                        .build())
                .build(),
            Article.builder()
                .number(2)
                .heading("Data")
                .paragraphs(
                    Paragraph.builder()
                        .number(1)
                        .text(
                            "The River Organization shall transmit to the Delta Organization, upon"
                                + " request, its daily measurements of water levels, in electronic"
                                + " form.")
                        .build(),
                    Paragraph.builder()
                        .number(2)
                        .text(
                            "The Delta Organization may publish the measurements it receives,"
                                + " where appropriate.")
                        .build(),
                    Paragraph.builder()
                        .number(3)
                        .text(
                            "The two Organizations shall endeavour to harmonize their methods of"
                                + " measurement within three years, subject to the availability"
                                + " of resources.")
                        .build())
                .build(),
            Article.builder()
                .number(3)
                .heading("Entry into force")
                .paragraphs(
                    Paragraph.builder()
                        .text(
                            "The present Agreement shall be approved by the Council of the River"
                                + " Organization and by the Assembly of the Delta Organization. The"
                                + " two Organizations shall notify each other in writing of such"
                                + " approval. The Agreement shall thereafter enter into force upon"
                                + " signature.")
                        .build())
                .build())
        .finalClauses(
            FinalClauses.builder()
                .testimonium(
                    "In witness thereof, the undersigned have signed the present Agreement.")
                .signingClause(
                    "Signed this third day of March 2025 at Geneva in two originals in the English"
                        + " language.")
                .languages(Language.ENGLISH)
                .signatures(
                    SignatureLine.builder()
                        .party(RIVER)
                        .caption("For the River Organization:")
                        .signatory("A. Rivers")
                        .title("Director")
                        .office(RIVER_DIRECTOR)
                        .build(),
                    SignatureLine.builder()
                        .party(DELTA)
                        .caption("For the Delta Organization:")
                        .signatory("B. Delta")
                        .title("Secretary")
                        .office(DELTA_SECRETARY)
                        .build())
                .build())
        .build();
  }

  /**
   * The norms of Article 2, one per paragraph, in the agreement's own vocabulary; {@code
   * counterparty} receives the data.
   */
  private static List<Norm> norms(ActorId counterparty, String opening) {
    ProvisionId article = ProvisionId.article(2);
    return List.of(
        Norm.builder()
            .id(NormId.of(article.paragraph(1), 1))
            .force(ForcePhrase.SHALL)
            .words(
                opening
                    + " Organization, upon request, its daily measurements of water levels, in"
                    + " electronic form.")
            .bearers(RIVER)
            .counterparties(counterparty)
            .conditions(Condition.UPON_REQUEST, IN_ELECTRONIC_FORM)
            .objects("daily measurements of water levels")
            .action("transmit its daily measurements of water levels")
            .build(),
        Norm.builder()
            .id(NormId.of(article.paragraph(2), 1))
            .force(ForcePhrase.MAY)
            .words(
                "The Delta Organization may publish the measurements it receives, where"
                    + " appropriate.")
            .bearers(DELTA)
            .conditions(Condition.WHERE_APPROPRIATE)
            .action("publish the measurements it receives")
            .build(),
        Norm.builder()
            .id(NormId.of(article.paragraph(3), 1))
            .force(SHALL_ENDEAVOUR_TO)
            .words(
                "The two Organizations shall endeavour to harmonize their methods of measurement"
                    + " within three years, subject to the availability of resources.")
            .bearers(RIVER, DELTA)
            .conditions(WITHIN_THREE_YEARS, SUBJECT_TO_AVAILABLE_RESOURCES)
            .action("harmonize their methods of measurement")
            .build());
  }

  private static List<Actor> actors() {
    return List.of(
        actor(RIVER, ActorKind.ORGANIZATION, "the River Organization"),
        actor(DELTA, ActorKind.ORGANIZATION, "the Delta Organization"),
        actor(RIVER_COUNCIL, ActorKind.ORGAN, "the Council of the River Organization"),
        actor(DELTA_ASSEMBLY, ActorKind.ORGAN, "the Assembly of the Delta Organization"),
        actor(RIVER_DIRECTOR, ActorKind.OFFICE, "the Director of the River Organization"),
        actor(DELTA_SECRETARY, ActorKind.OFFICE, "the Secretary of the Delta Organization"));
  }

  private static Actor actor(ActorId id, ActorKind kind, String name) {
    return Actor.builder().id(id).kind(kind).name(name).build();
  }

  private static InstrumentId constitution(ActorId organization) {
    return InstrumentId.of("constituent-instrument/" + organization);
  }

  private static List<Instrument> instruments() {
    return List.of(
        Instrument.builder()
            .id(constitution(RIVER))
            .kind(InstrumentKind.CONSTITUENT_INSTRUMENT)
            .title("Constitution of the River Organization")
            .constitutes(RIVER)
            .provenance(FICTIONAL)
            .build(),
        Instrument.builder()
            .id(constitution(DELTA))
            .kind(InstrumentKind.CONSTITUENT_INSTRUMENT)
            .title("Statute of the Delta Organization")
            .constitutes(DELTA)
            .provenance(FICTIONAL)
            .build(),
        Instrument.builder()
            .id(AGREEMENT)
            .kind(InstrumentKind.AGREEMENT)
            .title(
                "Agreement on the Exchange of Hydrological Data between the River Organization"
                    + " and the Delta Organization")
            .shortTitle("the River–Delta Agreement")
            .date(SIGNED)
            .provenance(FICTIONAL)
            .build());
  }

  /** Approvals on 10 January and 14 February 2025, notified, then signature on {@code signed}. */
  private static Procedure procedure(LocalDate signed) {
    LocalDate council = LocalDate.of(2025, 1, 10);
    LocalDate assembly = LocalDate.of(2025, 2, 14);
    return Procedure.builder()
        .instrument(AGREEMENT)
        .parties(RIVER, DELTA)
        .rule(ApprovalsThenSignature.of(RIVER_COUNCIL, DELTA_ASSEMBLY))
        .events(
            Approval.of(RIVER_COUNCIL, council),
            Approval.of(DELTA_ASSEMBLY, assembly),
            Notification.of(RIVER, DELTA, RIVER_COUNCIL, council.plusDays(3)),
            Notification.of(DELTA, RIVER, DELTA_ASSEMBLY, assembly.plusDays(3)),
            Signature.builder()
                .date(signed)
                .place("Geneva")
                .signatories(
                    Signatory.of(RIVER, "A. Rivers", RIVER_DIRECTOR),
                    Signatory.of(DELTA, "B. Delta", DELTA_SECRETARY))
                .provenance(FICTIONAL)
                .build())
        .build();
  }
}

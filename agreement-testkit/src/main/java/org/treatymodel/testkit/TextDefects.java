package org.treatymodel.testkit;

import static org.treatymodel.testkit.Dossiers.ALPHA;
import static org.treatymodel.testkit.Dossiers.ALPHA_ASSEMBLY;
import static org.treatymodel.testkit.Dossiers.BETA;
import static org.treatymodel.testkit.Dossiers.BETA_COUNCIL;
import static org.treatymodel.testkit.Dossiers.GAMMA;
import static org.treatymodel.testkit.Dossiers.GAMMA_BOARD;
import static org.treatymodel.testkit.Edits.LIST_PARAGRAPH;
import static org.treatymodel.testkit.Edits.TAIL_NORM;
import static org.treatymodel.testkit.Edits.TAIL_PARAGRAPH;

import java.time.LocalDate;
import java.util.List;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentRelation;
import org.treatymodel.agreement.instrument.RelationKind;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.norm.Vocabulary;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.testkit.Defect.Outcome;

/**
 * The defects of the text: its structure, its cross-references and its norms. Each method makes one
 * {@link Defect}.
 */
final class TextDefects {
  private TextDefects() {}

  // ---- structure ----

  static Norm clauseNorm(ProvisionId provision, String text, String matter) {
    return Drafting.norm(provision, 1, new Shape.Clause(true, 0, 0, false), text, matter);
  }

  static String clauseText(String matter) {
    return Drafting.sentence(new Shape.Clause(true, 0, 0, false), matter);
  }

  static Outcome articleAfterAGap(Agreement dossier) {
    int number = Edits.lastArticle(dossier) + 2;
    String text = clauseText(number + ".1");
    Agreement broken =
        Edits.plusNorms(
            Edits.plusArticle(
                dossier,
                Article.builder()
                    .number(number)
                    .heading("After a gap")
                    .paragraphs(Paragraph.builder().text(text).build())
                    .build()),
            clauseNorm(ProvisionId.article(number).paragraph(1), text, number + ".1"));
    return new Outcome(broken, Location.of(ProvisionId.article(number)));
  }

  static Outcome paragraphAfterAGap(Agreement dossier) {
    ProvisionId id = ProvisionId.article(1).paragraph(5);
    String text = clauseText("1.5");
    Article first = dossier.article(1);
    Agreement broken =
        Edits.plusNorms(
            Edits.article(
                dossier,
                1,
                article ->
                    article.paragraphs(
                        Edits.plus(
                            first.paragraphs(), Paragraph.builder().number(5).text(text).build()))),
            clauseNorm(id, text, "1.5"));
    return new Outcome(broken, Location.of(id));
  }

  static Outcome pointAfterAGap(Agreement dossier) {
    Paragraph list = dossier.article(1).paragraph(3);
    char label = (char) (list.points().get(list.points().size() - 1).label() + 2);
    ProvisionId id = LIST_PARAGRAPH.list(1).point(label);
    Point point = Point.of(label, "the Extra Committee.");
    Paragraph changed =
        Paragraph.builder().from(list).points(Edits.plus(list.points(), point)).build();
    Article first = dossier.article(1);
    Agreement broken =
        Edits.plusNorms(
            Edits.article(
                dossier,
                1,
                article -> article.paragraphs(first.paragraph(1), first.paragraph(2), changed)),
            Norm.builder()
                .id(NormId.of(id, 1))
                .force(ForcePhrase.AGREES_TO)
                .words(
                    Drafting.capitalized(Drafting.ALPHA_NAME) + " agrees to take part in",
                    point.text())
                .bearers(ALPHA)
                .counterparties(BETA)
                .action("take part in the Extra Committee")
                .build());
    return new Outcome(broken, Location.of(id));
  }

  static Outcome amendmentWithTheAgreementsId(Agreement dossier) {
    Amendment amendment =
        HistoryDefects.pending(
            dossier, dossier.instrument(), LaterOfApprovals.of(ALPHA_ASSEMBLY, BETA_COUNCIL));
    return new Outcome(Edits.plusAmendment(dossier, amendment), Location.of(dossier.instrument()));
  }

  static Outcome normNumberedAfterAGap(Agreement dossier) {
    NormId id = NormId.of(TAIL_PARAGRAPH, 3);
    return new Outcome(Edits.plusNorms(dossier, Edits.tailNormAt(dossier, id)), Location.of(id));
  }

  static Outcome normAnchoredAtAnArticle(Agreement dossier) {
    NormId id = NormId.of(ProvisionId.article(2), 1);
    return new Outcome(Edits.plusNorms(dossier, Edits.tailNormAt(dossier, id)), Location.of(id));
  }

  // ---- references ----

  static Agreement plusReference(Agreement dossier, CrossReference reference) {
    return Agreement.builder()
        .from(dossier)
        .crossReferences(Edits.plus(dossier.crossReferences(), reference))
        .build();
  }

  static Outcome referenceQuotingOtherWords(Agreement dossier) {
    return new Outcome(
        plusReference(
            dossier,
            CrossReference.toProvision(TAIL_PARAGRAPH, ProvisionId.article(1), "Article 99")),
        Location.of(TAIL_PARAGRAPH));
  }

  static Outcome referenceToAMissingArticle(Agreement dossier) {
    return new Outcome(
        plusReference(
            dossier,
            CrossReference.toProvision(TAIL_PARAGRAPH, ProvisionId.article(9999), "matter")),
        Location.of(TAIL_PARAGRAPH));
  }

  static Outcome recitalRecallingWithoutCiting(Agreement dossier) {
    return new Outcome(
        Agreement.builder()
            .from(dossier)
            .crossReferences(
                Edits.without(
                    dossier.crossReferences(),
                    reference -> reference.source().equals(ProvisionId.recital(1))))
            .build(),
        Location.of(ProvisionId.recital(1)));
  }

  static Outcome instrumentRecallingAnUnknownOne(Agreement dossier) {
    return new Outcome(
        Edits.plusInstruments(
            dossier,
            Edits.note(
                LocalDate.of(2000, 1, 1),
                note ->
                    note.relations(
                        InstrumentRelation.of(RelationKind.RECALLS, InstrumentId.of("A/99/2"))))),
        Location.of(InstrumentId.of("A/99/1")));
  }

  static Outcome normOutsideTheText(Agreement dossier) {
    NormId id = NormId.of(ProvisionId.article(2).paragraph(99), 1);
    return new Outcome(Edits.plusNorms(dossier, Edits.tailNormAt(dossier, id)), Location.of(id));
  }

  static Outcome normOwedToAnUnknownActor(Agreement dossier) {
    return new Outcome(
        Edits.changeNorm(
            dossier, TAIL_NORM, norm -> norm.counterparties(ActorId.of("alpha.unknown-body"))),
        Location.of(TAIL_NORM));
  }

  static Outcome ownInstrumentMissing(Agreement dossier) {
    return new Outcome(
        Edits.withoutInstrument(dossier, dossier.instrument()), Location.of(dossier.instrument()));
  }

  static Outcome recordOfAMissingProvision(Agreement dossier) {
    ProvisionId missing = ProvisionId.article(9999);
    return new Outcome(
        Edits.plusNonNormative(dossier, NonNormativeProvision.of(missing, "generated defect")),
        Location.of(missing));
  }

  static Outcome instrumentOfAnUnknownIssuer(Agreement dossier) {
    return new Outcome(
        Edits.plusInstruments(
            dossier,
            Edits.note(
                LocalDate.of(2000, 1, 1), note -> note.issuedBy(ActorId.of("alpha.unknown-body")))),
        Location.of(InstrumentId.of("A/99/1")));
  }

  static Outcome approvalRecordedByAnUnknown(Agreement dossier) {
    Approval approval = Edits.approvalBy(dossier, ALPHA_ASSEMBLY);
    Approval changed =
        Approval.of(
            ALPHA_ASSEMBLY, approval.date(), InstrumentId.of("resolution/alpha.assembly/999"));
    return new Outcome(
        Edits.replaceEvent(dossier, approval, changed), Location.of(dossier.instrument(), changed));
  }

  // ---- norms ----

  static Outcome normQuotingOtherWords(Agreement dossier) {
    NormId id = NormId.of(TAIL_PARAGRAPH, 2);
    return new Outcome(
        Edits.plusNorms(
            dossier,
            Norm.builder()
                .id(id)
                .force(ForcePhrase.SHALL)
                .words("The Alpha Organization shall keep silent.")
                .bearers(ALPHA)
                .action("keep silent")
                .build()),
        Location.of(id));
  }

  static Outcome noNormWordsNotInTheText(Agreement dossier) {
    return new Outcome(
        Edits.plusNonNormative(
            dossier,
            NonNormativeProvision.ofWords(
                TAIL_PARAGRAPH, "Nothing is said here.", "generated defect")),
        Location.of(TAIL_PARAGRAPH));
  }

  static final NormId MIRRORED = NormId.of(ProvisionId.article(1).paragraph(1), 1);

  static Outcome conditionNotCarried(Agreement dossier) {
    return new Outcome(
        Edits.changeNorm(dossier, MIRRORED, norm -> norm.conditions(java.util.Set.of())),
        Location.of(MIRRORED));
  }

  static Outcome mirrorMissing(Agreement dossier) {
    return new Outcome(
        Edits.changeNorm(dossier, TAIL_NORM, norm -> norm.mirror(NormId.of(TAIL_PARAGRAPH, 9))),
        Location.of(TAIL_NORM));
  }

  static Outcome mirrorOfAnotherKind(Agreement dossier) {
    String text = Drafting.mirroredText(false).replace(" shall inform ", " may inform ");
    Article first = dossier.article(1);
    Agreement rewritten =
        Edits.article(
            dossier,
            1,
            article ->
                article.paragraphs(
                    first.paragraph(1),
                    Paragraph.builder().number(2).text(text).build(),
                    first.paragraph(3)));
    NormId mirror = NormId.of(ProvisionId.article(1).paragraph(2), 1);
    return new Outcome(
        Edits.changeNorm(rewritten, mirror, norm -> norm.force(ForcePhrase.MAY).words(text)),
        Location.of(MIRRORED));
  }

  static Outcome normBorneByAThirdParty(Agreement dossier) {
    return new Outcome(
        Edits.changeNorm(dossier, TAIL_NORM, norm -> norm.bearers(List.of(GAMMA))),
        Location.of(TAIL_NORM));
  }

  static Outcome normOwedToAThirdPartysOrgan(Agreement dossier) {
    return new Outcome(
        Edits.changeNorm(dossier, TAIL_NORM, norm -> norm.counterparties(List.of(GAMMA_BOARD))),
        Location.of(TAIL_NORM));
  }

  static Outcome normInAParagraphWithoutNorms(Agreement dossier) {
    return new Outcome(
        Edits.plusNonNormative(
            dossier, NonNormativeProvision.of(TAIL_PARAGRAPH, "generated defect")),
        Location.of(TAIL_PARAGRAPH));
  }

  static Outcome paragraphNotAnalysed(Agreement dossier) {
    return new Outcome(
        Edits.norms(
            dossier,
            Edits.without(dossier.norms(), norm -> norm.provision().equals(TAIL_PARAGRAPH))),
        Location.of(TAIL_PARAGRAPH));
  }

  static Outcome bearerAsItsOwnChannel(Agreement dossier) {
    Norm norm = dossier.norm(TAIL_NORM);
    return new Outcome(
        Edits.changeNorm(dossier, TAIL_NORM, changed -> changed.channels(norm.bearers())),
        Location.of(TAIL_NORM));
  }

  static Outcome forceThatDoesNotGovern(Agreement dossier) {
    // The vocabulary gains a longer phrase that begins at the norm's force and runs to the end of
    // its words: at the same place, the longer phrase governs, and it stands in no other norm.
    Norm norm = dossier.norm(TAIL_NORM);
    String first = norm.fragments().get(0);
    String longer = first.substring(norm.forceOccurrence().start()).strip();
    Vocabulary vocabulary =
        dossier
            .vocabulary()
            .with(
                List.of(ForcePhrase.of("longer-force", longer, norm.kind())), List.<Condition>of());
    return new Outcome(
        Agreement.builder().from(dossier).vocabulary(vocabulary).build(), Location.of(TAIL_NORM));
  }
}

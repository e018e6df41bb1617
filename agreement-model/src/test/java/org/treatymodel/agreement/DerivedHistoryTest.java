package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.procedure.SignatureThenApproval;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * The history of a small fictional agreement, derived from its instruments and procedure events:
 * every kind of entry, each told once, named for people.
 */
class DerivedHistoryTest {
  private static final LocalDate DAY = LocalDate.of(2030, 1, 10);
  private static final InstrumentId OLD = InstrumentId.of("agreement/un+iom/2020-05-05");
  private static final InstrumentId RESOLUTION = InstrumentId.of("A/RES/84/1");
  private static final InstrumentId COUNCIL_RESOLUTION =
      InstrumentId.of("resolution/iom.council/9");
  private static final InstrumentId LETTER =
      InstrumentId.of("letter/iom.director-general/2029-12-01");
  private static final InstrumentId NOTE = InstrumentId.of("A/84/7");

  private static Instrument.Builder instrument(InstrumentId id, InstrumentKind kind, String title) {
    return Instrument.builder().id(id).kind(kind).title(title).provenance("test data");
  }

  /** Signed first, in force when the General Assembly approves: entry into force on its own day. */
  private static Agreement signedFirst() {
    Procedure old =
        Procedure.builder()
            .instrument(OLD)
            .parties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(ApprovalsThenSignature.uponSignature())
            .events(
                Signature.builder()
                    .date(LocalDate.of(2020, 5, 5))
                    .signatories(
                        Signatory.unnamed(Actors.UNITED_NATIONS), Signatory.unnamed(Actors.IOM))
                    .build())
            .build();
    Procedure procedure =
        Procedure.builder()
            .instrument(Samples.INSTRUMENT)
            .parties(Actors.UNITED_NATIONS, Actors.IOM)
            .rule(SignatureThenApproval.of(Actors.GENERAL_ASSEMBLY))
            .supersedes(OLD)
            .events(
                Signature.builder()
                    .date(DAY)
                    .place("Geneva")
                    .signatories(
                        Signatory.of(Actors.UNITED_NATIONS, "A. B.", Actors.SECRETARY_GENERAL),
                        Signatory.unnamed(Actors.IOM))
                    .details("at a ceremony")
                    .provenance("the signature's source")
                    .build(),
                Approval.builder()
                    .organ(Actors.IOM_COUNCIL)
                    .date(DAY.plusDays(1))
                    .record(COUNCIL_RESOLUTION)
                    .build(),
                Approval.builder()
                    .organ(Actors.GENERAL_ASSEMBLY)
                    .date(DAY.plusDays(2))
                    .record(RESOLUTION)
                    .details("without a vote")
                    .provenance("the approval's source")
                    .build(),
                Notification.of(
                    Actors.UNITED_NATIONS, Actors.IOM, Actors.GENERAL_ASSEMBLY, DAY.plusDays(3)))
            .build();
    return Agreement.builder()
        .from(Samples.agreement())
        .actors(UnIomAgreement.agreement().actors())
        .instruments(
            List.of(
                instrument(OLD, InstrumentKind.AGREEMENT, "The old agreement")
                    .date(LocalDate.of(2020, 5, 5))
                    .shortTitle("the old agreement")
                    .build(),
                instrument(LETTER, InstrumentKind.LETTER, "Letter proposing an agreement")
                    .date(LocalDate.of(2029, 12, 1))
                    .issuedBy(Actors.DIRECTOR_GENERAL)
                    .addressedTo(Actors.SECRETARY_GENERAL)
                    .build(),
                instrument(NOTE, InstrumentKind.NOTE, "Note presenting the draft")
                    .date(LocalDate.of(2029, 12, 20))
                    .build(),
                instrument(COUNCIL_RESOLUTION, InstrumentKind.RESOLUTION, "Approving")
                    .date(DAY.plusDays(1))
                    .shortTitle("IOM Council resolution No. 9")
                    .provenance("the resolution's source")
                    .build(),
                instrument(RESOLUTION, InstrumentKind.RESOLUTION, "Approving")
                    .date(DAY.plusDays(2))
                    .shortTitle("General Assembly resolution 84/1")
                    .build(),
                instrument(Samples.INSTRUMENT, InstrumentKind.AGREEMENT, "The new agreement")
                    .date(DAY)
                    .shortTitle("the new agreement")
                    .build()))
        .procedure(procedure)
        .predecessors(List.of(old))
        .otherEvents(
            List.of(
                TimelineEvent.builder()
                    .date(DAY.minusDays(5))
                    .description("A briefing")
                    .provenance("test data")
                    .build()))
        .build();
  }

  @Test
  void everyKindOfEntryIsToldOnceForPeople() {
    List<String> told =
        signedFirst().history().events().stream()
            .map(
                event -> event.date() + " " + event.description() + " [" + event.provenance() + "]")
            .toList();
    assertEquals(
        List.of(
            "2020-05-05 The old agreement is signed by a representative of the United Nations and a"
                + " representative of IOM; it enters into force upon signature [test data]",
            "2029-12-01 The Director General writes to the Secretary-General: Letter proposing an"
                + " agreement [test data]",
            "2029-12-20 A/84/7: Note presenting the draft [test data]",
            "2030-01-05 A briefing [test data]",
            "2030-01-10 The new agreement is signed in Geneva by Secretary-General A. B. and a"
                + " representative of IOM, at a ceremony [the signature's source]",
            "2030-01-11 The IOM Council approves the new agreement by IOM Council resolution No. 9"
                + " [the resolution's source]",
            "2030-01-12 The General Assembly approves the new agreement by General Assembly"
                + " resolution 84/1, without a vote [the approval's source]",
            "2030-01-12 The new agreement enters into force and supersedes and replaces the old"
                + " agreement [test data]",
            "2030-01-13 The United Nations notifies IOM in writing of the approval by the General"
                + " Assembly [the procedure of the new agreement]"),
        told);
  }

  @Test
  void anEventNamesTheInstrumentsItConcerns() {
    List<com.google.common.collect.ImmutableList<InstrumentId>> instruments =
        signedFirst().history().events().stream().map(TimelineEvent::instruments).toList();
    assertEquals(List.of(OLD), instruments.get(0));
    assertEquals(List.of(LETTER), instruments.get(1));
    assertEquals(List.of(Samples.INSTRUMENT), instruments.get(4));
    assertEquals(List.of(Samples.INSTRUMENT, COUNCIL_RESOLUTION), instruments.get(5));
    assertEquals(List.of(Samples.INSTRUMENT, OLD), instruments.get(7));
  }

  @Test
  void anApprovalWithoutRecordOrProvenanceSaysWhereItIsRecorded() {
    Agreement agreement =
        Agreement.builder()
            .from(Samples.agreement())
            .procedure(
                Procedure.builder()
                    .from(Samples.procedure())
                    .events(Approval.of(Actors.IOM_COUNCIL, DAY))
                    .build())
            .build();
    TimelineEvent approval = agreement.history().events().get(0);
    assertEquals("iom.council approves agreement/un+iom/2030-01-01", approval.description());
    assertEquals("the procedure of agreement/un+iom/2030-01-01", approval.provenance());
  }
}

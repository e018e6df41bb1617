package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.catalogue.Catalogue;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.ApprovalsThenSignature;
import org.treatymodel.agreement.procedure.LaterOfApprovals;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.SignatureThenApproval;
import org.treatymodel.agreement.procedure.Stage;
import org.treatymodel.agreement.uniom.RelationshipAgreements;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/** The other relationship agreements of FACTS.md come into force on the dates FACTS.md gives. */
class RelationshipAgreementsTest {

  @Test
  void unIaea1957InForceOnTheLaterApproval() {
    assertTrue(RelationshipAgreements.unIaea1957().rule() instanceof LaterOfApprovals);
    assertEquals(
        Optional.of(LocalDate.of(1957, 11, 14)),
        RelationshipAgreements.unIaea1957().entryIntoForce());
  }

  @Test
  void unIsa1997InForceOnGeneralAssemblyApproval() {
    assertTrue(RelationshipAgreements.unIsa1997().rule() instanceof SignatureThenApproval);
    assertEquals(
        Optional.of(LocalDate.of(1997, 11, 26)),
        RelationshipAgreements.unIsa1997().entryIntoForce());
    assertEquals(
        Stage.SIGNED,
        RelationshipAgreements.successionOf(RelationshipAgreements.unIsa1997())
            .statusOn(RelationshipAgreements.UN_ISA_1997, LocalDate.of(1997, 4, 1))
            .stage());
    assertTrue(RelationshipAgreements.unIsa1997().irregularities().isEmpty());
  }

  @Test
  void unCtbtoPreparatoryCommission2000InForceOnGeneralAssemblyApproval() {
    assertEquals(
        Optional.of(LocalDate.of(2000, 6, 15)),
        RelationshipAgreements.unCtbtoPreparatoryCommission2000().entryIntoForce());
    assertTrue(
        RelationshipAgreements.unCtbtoPreparatoryCommission2000().irregularities().isEmpty());
  }

  @Test
  void unIcc2004InForceUponSignature() {
    assertTrue(RelationshipAgreements.unIcc2004().rule() instanceof ApprovalsThenSignature);
    assertEquals(
        Optional.of(LocalDate.of(2004, 10, 4)),
        RelationshipAgreements.unIcc2004().entryIntoForce());
  }

  @Test
  void unIom2016IsOneInstanceOfAGeneralRule() {
    assertEquals(
        ApprovalsThenSignature.of(
            org.treatymodel.agreement.uniom.Actors.GENERAL_ASSEMBLY,
            org.treatymodel.agreement.uniom.Actors.IOM_COUNCIL),
        RelationshipAgreements.unIom2016().rule());
    assertEquals(6, RelationshipAgreements.all().size());
  }

  @Test
  void theirActorsAndInstrumentsAreLookedUpLikeThoseOf2016() {
    Catalogue catalogue = RelationshipAgreements.catalogue();
    assertEquals(
        "the IAEA General Conference",
        catalogue.nameOf(RelationshipAgreements.IAEA_GENERAL_CONFERENCE));
    assertEquals(
        RelationshipAgreements.GA_RESOLUTION_52_27,
        catalogue.findInstrumentBySymbol("A/RES/52/27").orElseThrow().id());
    assertEquals(
        RelationshipAgreements.GA_RESOLUTION_1145_XII,
        catalogue.findInstrumentBySymbol("A/RES/1145(XII)").orElseThrow().id());
    for (Procedure procedure : RelationshipAgreements.all()) {
      boolean known =
          catalogue.findInstrument(procedure.instrument()).isPresent()
              || UnIomAgreement.agreement().findInstrument(procedure.instrument()).isPresent();
      assertTrue(known, procedure.instrument().toString());
      for (Approval approval : procedure.approvals()) {
        approval
            .record()
            .ifPresent(
                record ->
                    assertTrue(
                        catalogue.findInstrument(record).isPresent()
                            || UnIomAgreement.agreement().findInstrument(record).isPresent(),
                        record.toString()));
      }
    }
  }
}

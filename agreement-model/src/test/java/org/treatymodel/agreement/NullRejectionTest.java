package org.treatymodel.agreement;

import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.Actors;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.arrangement.AnticipatedArrangement;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.EntryIntoForceRule;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.reference.CrossReference;
import org.treatymodel.agreement.text.AgreementText;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.text.FinalClauses;
import org.treatymodel.agreement.text.Paragraph;
import org.treatymodel.agreement.text.Point;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.text.Recital;
import org.treatymodel.agreement.text.SignatureLine;

/**
 * guava-testlib's NullPointerTester over every public type of the model: no public factory or
 * method accepts null where it does not say so; each answers with a NullPointerException at once.
 */
class NullRejectionTest {
  private static NullPointerTester tester() {
    Agreement agreement = UnIomAgreement.agreement();
    Procedure procedure = RelationshipAgreements.unIom2016();
    return new NullPointerTester()
        .setDefault(ActorId.class, Actors.IOM)
        .setDefault(InstrumentId.class, agreement.instrument())
        .setDefault(ProvisionId.class, ProvisionId.article(1))
        .setDefault(NormId.class, agreement.norms().get(0).id())
        .setDefault(Norm.class, agreement.norms().get(0))
        .setDefault(LocalDate.class, LocalDate.of(2016, 9, 19))
        .setDefault(Article.class, agreement.article(1))
        .setDefault(AgreementText.class, agreement.text())
        .setDefault(FinalClauses.class, agreement.text().finalClauses())
        .setDefault(Instrument.class, agreement.instruments().get(0))
        .setDefault(Actor.class, agreement.actors().get(0))
        .setDefault(Paragraph.class, agreement.article(1).paragraph(1))
        .setDefault(Point.class, agreement.article(3).paragraph(2).points().get(0))
        .setDefault(Recital.class, agreement.text().recital(1))
        .setDefault(SignatureLine.class, agreement.text().finalClauses().signatures().get(0))
        .setDefault(CrossReference.class, agreement.crossReferences().get(0))
        .setDefault(NonNormativeProvision.class, agreement.nonNormativeProvisions().get(0))
        .setDefault(AnticipatedArrangement.class, agreement.anticipatedArrangements().get(0))
        .setDefault(TimelineEvent.class, UnIomAgreement.history().events().get(0))
        .setDefault(Procedure.class, procedure)
        .setDefault(EntryIntoForceRule.class, procedure.rule())
        .setDefault(Approval.class, procedure.approvals().get(0))
        .setDefault(Signature.class, procedure.signature().orElseThrow())
        .setDefault(Signatory.class, Signatory.unnamed(Actors.IOM))
        .setDefault(TextChange.class, TextChange.removeArticle(12))
        .setDefault(
            Amendment.class,
            Amendment.builder()
                .instrument(InstrumentId.of("amendment"))
                .addChanges(TextChange.removeArticle(12))
                .procedure(
                    Procedure.builder()
                        .instrument(InstrumentId.of("amendment"))
                        .addParties(Actors.UNITED_NATIONS, Actors.IOM)
                        .rule(UnIomAgreement.amendmentRule())
                        .build())
                .build());
  }

  @TestFactory
  List<DynamicTest> everyPublicStaticMethodRejectsNull() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.treatymodel.agreement")) {
      // The API: public types of the exported packages (the module does not export internal).
      if (type.getModifiers().contains(JavaModifier.PUBLIC)
          && !type.isAnnotation()
          && !type.getPackageName().endsWith(".internal")) {
        tests.add(
            DynamicTest.dynamicTest(
                type.getName(), () -> tester().testAllPublicStaticMethods(type.reflect())));
      }
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> publicInstanceMethodsRejectNull() {
    Agreement agreement = UnIomAgreement.agreement();
    List<Object> samples =
        List.of(
            agreement,
            agreement.text(),
            agreement.article(3),
            agreement.article(3).paragraph(2),
            ProvisionId.article(3),
            UnIomAgreement.history(),
            UnIomAgreement.relationship(),
            UnIomAgreement.consolidation(),
            RelationshipAgreements.unIom2016(),
            RelationshipAgreements.unIom2016().rule(),
            RelationshipAgreements.unIsa1997().rule(),
            UnIomAgreement.amendmentRule(),
            TextChange.removeArticle(12),
            agreement.instruments().get(0),
            Actor.builder(),
            Instrument.builder(),
            Article.builder(),
            Paragraph.builder(),
            Recital.builder(),
            AgreementText.builder(),
            Agreement.builder(),
            Norm.builder(),
            Procedure.builder(),
            Signature.builder(),
            Amendment.builder(),
            AnticipatedArrangement.builder(),
            TimelineEvent.builder());
    List<DynamicTest> tests = new ArrayList<>();
    for (Object sample : samples) {
      tests.add(
          DynamicTest.dynamicTest(
              sample.getClass().getName(), () -> tester().testAllPublicInstanceMethods(sample)));
    }
    return tests;
  }
}

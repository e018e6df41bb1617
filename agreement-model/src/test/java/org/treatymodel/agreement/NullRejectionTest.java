package org.treatymodel.agreement;

import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.treatymodel.agreement.actor.Actor;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.actor.ActorNames;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.amendment.Consolidation;
import org.treatymodel.agreement.amendment.TextChange;
import org.treatymodel.agreement.arrangement.AnticipatedArrangement;
import org.treatymodel.agreement.catalogue.Catalogue;
import org.treatymodel.agreement.history.TimelineEvent;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.NonNormativeProvision;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.EntryIntoForceRule;
import org.treatymodel.agreement.procedure.Irregularity;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.procedure.ProcedureEvent;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;
import org.treatymodel.agreement.procedure.Succession;
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
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.RelationshipAgreements;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * guava-testlib's NullPointerTester over every public type of the model: no public factory or
 * method accepts null where it does not say so; each answers with a NullPointerException at once.
 */
class NullRejectionTest {
  private static final InstrumentId AMENDMENT = InstrumentId.of("agreement/un+iom/2030-01-01");

  /** A sample value for every type of the API a method may take. */
  static Map<Class<?>, Object> defaults() {
    Agreement agreement = UnIomAgreement.agreement();
    Procedure procedure = agreement.procedure();
    Map<Class<?>, Object> defaults = new LinkedHashMap<>();
    defaults.put(Agreement.class, agreement);
    defaults.put(ActorId.class, Actors.IOM);
    defaults.put(InstrumentId.class, agreement.instrument());
    defaults.put(ProvisionId.class, ProvisionId.article(1));
    defaults.put(NormId.class, agreement.norms().get(0).id());
    defaults.put(Norm.class, agreement.norms().get(0));
    defaults.put(LocalDate.class, LocalDate.of(2016, 9, 19));
    defaults.put(Article.class, agreement.article(1));
    defaults.put(AgreementText.class, agreement.text());
    defaults.put(FinalClauses.class, agreement.text().finalClauses());
    defaults.put(Instrument.class, agreement.instruments().get(0));
    defaults.put(Actor.class, agreement.actors().get(0));
    defaults.put(Paragraph.class, agreement.article(1).paragraph(1));
    defaults.put(Point.class, agreement.article(3).paragraph(2).points().get(0));
    defaults.put(Recital.class, agreement.text().recital(1));
    defaults.put(SignatureLine.class, agreement.text().finalClauses().signatures().get(0));
    defaults.put(CrossReference.class, agreement.crossReferences().get(0));
    defaults.put(NonNormativeProvision.class, agreement.nonNormativeProvisions().get(0));
    defaults.put(AnticipatedArrangement.class, agreement.anticipatedArrangements().get(0));
    defaults.put(TimelineEvent.class, agreement.history().events().get(0));
    defaults.put(Language.class, Language.ENGLISH);
    defaults.put(ActorNames.class, agreement);
    defaults.put(Catalogue.class, agreement.catalogue());
    defaults.put(Procedure.class, procedure);
    defaults.put(EntryIntoForceRule.class, procedure.rule());
    defaults.put(Succession.class, agreement.succession());
    defaults.put(
        Irregularity.class, new Irregularity.NotificationMissing(procedure.approvals().get(0)));
    defaults.put(Approval.class, procedure.approvals().get(0));
    defaults.put(Notification.class, procedure.notifications().get(0));
    defaults.put(ProcedureEvent.class, procedure.approvals().get(0));
    defaults.put(Location.class, Location.of(ProvisionId.article(1)));
    defaults.put(Signature.class, procedure.signature().orElseThrow());
    defaults.put(Signatory.class, Signatory.unnamed(Actors.IOM));
    defaults.put(TextChange.class, TextChange.removeArticle(12));
    defaults.put(
        Amendment.class,
        Amendment.builder()
            .instrument(AMENDMENT)
            .changes(TextChange.removeArticle(12))
            .procedure(
                Procedure.builder()
                    .instrument(AMENDMENT)
                    .parties(Actors.UNITED_NATIONS, Actors.IOM)
                    .rule(agreement.amendmentRule().orElseThrow())
                    .build())
            .build());
    return defaults;
  }

  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    defaults().forEach((type, value) -> setDefault(tester, type, value));
    return tester;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  /** The public types of the exported packages (the module does not export internal). */
  static List<Class<?>> apiTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.treatymodel.agreement")) {
      if (type.getModifiers().contains(JavaModifier.PUBLIC)
          && !type.isAnnotation()
          && !type.getPackageName().endsWith(".internal")) {
        types.add(type.reflect());
      }
    }
    return types;
  }

  @TestFactory
  List<DynamicTest> everyPublicStaticMethodRejectsNull() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : apiTypes()) {
      tests.add(
          DynamicTest.dynamicTest(type.getName(), () -> tester().testAllPublicStaticMethods(type)));
    }
    return tests;
  }

  /** An instance of each value, builder and rule of the API. */
  static List<Object> samples() {
    Agreement agreement = UnIomAgreement.agreement();
    return List.of(
        agreement,
        agreement.text(),
        agreement.article(3),
        agreement.article(3).paragraph(2),
        ProvisionId.article(3),
        agreement.history(),
        agreement.succession(),
        agreement.consolidation(),
        agreement.catalogue(),
        agreement.procedure(),
        agreement.procedure().rule(),
        agreement.procedure().irregularities().get(0),
        RelationshipAgreements.unIsa1997().rule(),
        agreement.amendmentRule().orElseThrow(),
        TextChange.removeArticle(12),
        TextChange.replaceArticle(agreement.article(12)),
        TextChange.addArticle(agreement.article(12)),
        TextChange.replaceParagraph(12, 1, agreement.article(12).paragraph(1)),
        TextChange.addParagraph(16, Paragraph.builder().number(3).text("x").build()),
        TextChange.removeParagraph(16, 2),
        agreement.instruments().get(0),
        agreement.actors().get(0),
        agreement.norms().get(0),
        agreement.norms().get(0).id(),
        agreement.text().provisions().get(0),
        agreement.text().finalClauses(),
        agreement.crossReferences().get(0),
        Actors.IOM,
        agreement.instrument(),
        ProvisionId.article(3).components().get(0),
        Language.ENGLISH,
        agreement.statusOn(LocalDate.of(2016, 9, 19)),
        agreement.versionOn(LocalDate.of(2016, 9, 19)),
        RelationshipAgreements.catalogue(),
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
        TimelineEvent.builder(),
        Approval.builder(),
        Notification.builder(),
        FinalClauses.builder(),
        SignatureLine.builder(),
        Consolidation.builder(),
        Location.of(ProvisionId.article(5)),
        Location.of(agreement.norms().get(0).id()),
        Location.of(agreement.instrument(), agreement.procedure().approvals().get(0)),
        Location.of(agreement.instrument()),
        Location.of(Actors.IOM));
  }

  @TestFactory
  List<DynamicTest> publicInstanceMethodsRejectNull() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Object sample : samples()) {
      tests.add(
          DynamicTest.dynamicTest(
              sample.getClass().getName(), () -> tester().testAllPublicInstanceMethods(sample)));
    }
    return tests;
  }
}

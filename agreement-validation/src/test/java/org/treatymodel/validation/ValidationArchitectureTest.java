package org.treatymodel.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/** The rules that keep agreement-validation a client of the model's public API. */
@AnalyzeClasses(
    packages = "org.treatymodel.validation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ValidationArchitectureTest {

  @ArchTest
  static final ArchRule usesOnlyTheModelsPublicApi =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.treatymodel.agreement.internal..")
          .because(
              "the model exports its internal package to nobody: what validation needs (quoting,"
                  + " text checks, English) has a public home (PlainText, the english package)");

  @ArchTest
  static final ArchRule everyPublicTypeSaysHowStableItIs =
      classes()
          .that()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .should()
          .beAnnotatedWith(API.class)
          .because(
              "a user must know what may change: mark the type @API(status = STABLE,"
                  + " EXPERIMENTAL or INTERNAL, since = \"0.1.0\"), as JUnit 5 does");
}

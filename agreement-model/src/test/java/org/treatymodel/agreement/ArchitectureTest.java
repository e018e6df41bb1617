package org.treatymodel.agreement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/** The rules that keep agreement-model a small, immutable, self-contained library. */
@AnalyzeClasses(
    packages = "org.treatymodel.agreement",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String UNIOM = "org.treatymodel.agreement.uniom..";

  @ArchTest
  static final ArchRule modelDependsOnNoOtherModule =
      noClasses()
          .that()
          .resideInAPackage("org.treatymodel.agreement..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.treatymodel.validation..", "org.treatymodel.examples..")
          .because(
              "agreement-model is the bottom of the module graph (model <- validation <- examples);"
                  + " move the code that needs validation or examples into those modules");

  @ArchTest
  static final ArchRule theRootHoldsTheAggregateAlone =
      classes()
          .that()
          .resideInAPackage("org.treatymodel.agreement")
          .should()
          .haveNameMatching("org\\.treatymodel\\.agreement\\.(Immutable)?Agreement(\\$.*)?")
          .orShould()
          .haveSimpleName("package-info")
          .because(
              "the root package is the aggregate's room: a codec, data, a location or English"
                  + " for people each have a package of their own, so that a newcomer finds them by"
                  + " name");

  @ArchTest
  static final ArchRule valuesNeverReachUpToTheAggregate =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "org.treatymodel.agreement", "org.treatymodel.agreement.akn..", UNIOM)
          .and()
          .resideInAPackage("org.treatymodel.agreement..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.treatymodel.agreement")
          .because(
              "the aggregate is built from the values, never the other way round; only the codec"
                  + " (which reads and writes whole dossiers) and the canonical data stand above"
                  + " it");

  @ArchTest
  static final ArchRule theCanonicalDataIsImportedByNoGenericPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage(UNIOM)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(UNIOM)
          .because(
              "the model holds any agreement of this kind; the 2016 Agreement is one instance of"
                  + " it, and generic code that named its actors or instruments would hold only"
                  + " that one");

  @ArchTest
  static final ArchRule onlyTheCanonicalDataUsesTheCodec =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.treatymodel.agreement.akn..", UNIOM)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.treatymodel.agreement.akn..")
          .because(
              "values know nothing of their formats (as java.time keeps its formats in"
                  + " java.time.format): a second format (JSON) sits beside Akoma Ntoso, not inside"
                  + " the values");

  @ArchTest
  static final ArchRule englishIsWrittenAboveTheValues =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.treatymodel.agreement.actor..",
              "org.treatymodel.agreement.instrument..",
              "org.treatymodel.agreement.catalogue..",
              "org.treatymodel.agreement.text..",
              "org.treatymodel.agreement.norm..",
              "org.treatymodel.agreement.reference..",
              "org.treatymodel.agreement.reported..",
              "org.treatymodel.agreement.arrangement..",
              "org.treatymodel.agreement.procedure..",
              "org.treatymodel.agreement.amendment..",
              "org.treatymodel.agreement.location..",
              "org.treatymodel.agreement.akn..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.treatymodel.agreement.english..")
          .because(
              "English for people is written in one package, from the values, so that a second"
                  + " language or a change of wording is one room's work");

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices()
          .matching("org.treatymodel.(**)")
          .should()
          .beFreeOfCycles()
          .because(
              "one package per concept only works if concepts depend one way; when two packages need"
                  + " each other, move the shared type to the lower one");

  @ArchTest
  static final ArchRule valueTypesHaveOnlyFinalFields =
      fields()
          .that()
          .areDeclaredInClassesThat(
              DescribedPredicate.describe(
                  "are not builders or the codec's XML mechanics",
                  (JavaClass type) ->
                      !isBuilderOrConstructionHelper(type)
                          && !type.getPackageName().endsWith(".akn")))
          .and()
          .areNotStatic()
          // Immutables' construction helper: used while the constructor runs, then set to null.
          .and()
          .doNotHaveName("initShim")
          .should()
          .beFinal()
          .because(
              "the model's values are immutable: compute state in the constructor (or with"
                  + " @Value.Derived) instead of assigning it later; only the codec's XML writer"
                  + " and reader keep state while they work");

  @ArchTest
  static final ArchRule noMutableCollectionsInSignatures =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat(
              DescribedPredicate.describe(
                  "are not builders or internal mechanics",
                  (JavaClass type) ->
                      !isBuilderOrConstructionHelper(type)
                          && !type.getPackageName().endsWith(".internal")
                          && !(type.getPackageName().endsWith(".akn")
                              && !type.getModifiers().contains(JavaModifier.PUBLIC))))
          .should(notReturnAMutableCollectionType())
          .because(
              "callers must not be able to change a value through what it returns; return Guava's"
                  + " ImmutableList, ImmutableSet or ImmutableMap");

  @ArchTest
  static final ArchRule publicTypesHaveNoGeneratedSupertype =
      classes()
          .that()
          .arePublic()
          .should(notHaveAGeneratedSupertype())
          .because(
              "a public builder is the library's own, documented type (as Guava's are): it holds a"
                  + " generated builder instead of extending one, so that no undocumented generated"
                  + " method becomes API");

  @ArchTest
  static final ArchRule everyPublicTypeSaysHowStableItIs =
      classes()
          .that()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .beAnnotatedWith(API.class)
          .because(
              "a user must know what may change: mark the type @API(status = STABLE,"
                  + " EXPERIMENTAL or INTERNAL, since = \"0.1.0\"), as JUnit 5 does");

  @ArchTest
  static final ArchRule generatedTypesStayInTheirPackage =
      noClasses()
          .should(nameAGeneratedImmutableTypeOfAnotherPackage())
          .because(
              "users write Article.builder(), never ImmutableArticle: call the abstract type's builder()"
                  + " or factory instead");

  private static boolean isBuilderOrConstructionHelper(JavaClass type) {
    String name = type.getSimpleName();
    return name.equals("Builder") || name.equals("InitShim") || name.equals("Json");
  }

  private static ArchCondition<JavaMethod> notReturnAMutableCollectionType() {
    Set<Class<?>> mutable = Set.of(List.class, Set.class, Map.class, Collection.class);
    return new ArchCondition<>("not return List, Set, Map or Collection") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean violates =
            mutable.stream().anyMatch(type -> method.getRawReturnType().isEquivalentTo(type));
        if (violates) {
          events.add(
              SimpleConditionEvent.violated(
                  method,
                  method.getFullName() + " returns " + method.getRawReturnType().getName()));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> notHaveAGeneratedSupertype() {
    return new ArchCondition<>("not have a generated Immutable* type among its supertypes") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<JavaClass> supertypes = new java.util.ArrayList<>(type.getAllRawSuperclasses());
        supertypes.addAll(type.getAllRawInterfaces());
        for (JavaClass supertype : supertypes) {
          String topLevel = supertype.getName().substring(supertype.getPackageName().length() + 1);
          if (supertype.getPackageName().startsWith("org.treatymodel")
              && topLevel.startsWith("Immutable")) {
            events.add(
                SimpleConditionEvent.violated(
                    type, type.getName() + " extends the generated " + supertype.getName()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> nameAGeneratedImmutableTypeOfAnotherPackage() {
    return new ArchCondition<>("name a generated Immutable* type of another package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          if (!target.getPackageName().startsWith("org.treatymodel")) {
            continue; // primitives, arrays of them, and other libraries
          }
          String topLevel = target.getName().substring(target.getPackageName().length() + 1);
          if (topLevel.startsWith("Immutable")
              && target.getPackageName().startsWith("org.treatymodel")
              && !target.getPackageName().equals(origin.getPackageName())) {
            events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}

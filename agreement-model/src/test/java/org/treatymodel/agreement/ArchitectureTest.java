package org.treatymodel.agreement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
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

/** The rules that keep agreement-model a small, immutable, self-contained library. */
@AnalyzeClasses(
    packages = "org.treatymodel.agreement",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
  static final ArchRule packagesAreFreeOfCycles =
      slices()
          .matching("org.treatymodel.agreement.(*)..")
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
                  "are not builders or internal XML mechanics",
                  (JavaClass type) ->
                      !isBuilderOrConstructionHelper(type)
                          && !type.getPackageName().endsWith(".internal")))
          .and()
          .areNotStatic()
          // Immutables' construction helper: used while the constructor runs, then set to null.
          .and()
          .doNotHaveName("initShim")
          .should()
          .beFinal()
          .because(
              "the model's values are immutable: compute state in the constructor (or with"
                  + " @Value.Derived) instead of assigning it later; only the internal XML writer"
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
                          && !type.getPackageName().endsWith(".internal")))
          .should(notReturnAMutableCollectionType())
          .because(
              "callers must not be able to change a value through what it returns; return Guava's"
                  + " ImmutableList, ImmutableSet or ImmutableMap");

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

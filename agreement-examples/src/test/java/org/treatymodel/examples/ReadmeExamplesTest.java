package org.treatymodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.akn.AkomaNtoso;
import org.treatymodel.agreement.akn.AkomaNtosoImport;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.structure.Division;
import org.treatymodel.agreement.text.Article;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;
import org.treatymodel.validation.Report;
import org.treatymodel.validation.Validator;

/**
 * The README's usage examples, compiled and run as written. Each example below is copied from a
 * {@code java} block of the README; {@link #everyReadmeExampleIsRunHere()} fails if the README
 * changes without this file.
 */
class ReadmeExamplesTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream standardOut;

  @BeforeEach
  void captureStandardOut() {
    standardOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStandardOut() {
    System.setOut(standardOut);
  }

  @Test
  void getTheAgreement() {
    Agreement agreement = UnIomAgreement.agreement();
    System.out.println(agreement.text().title());
    System.out.println(
        agreement.text().articles().size() + " articles, " + agreement.norms().size() + " norms");

    assertEquals(
        "Agreement concerning the Relationship between the United Nations and the International Organization"
            + " for Migration\n16 articles, 67 norms\n",
        output());
  }

  @Test
  void readAnArticle() {
    Agreement agreement = UnIomAgreement.agreement();
    Article article = agreement.article(16);
    System.out.println(article.heading());
    System.out.println(article.paragraph(2).text());

    assertEquals(
        "Entry into force\nUpon its entry into force, this Agreement supersedes and replaces the Cooperation"
            + " Agreement between the United Nations and the International Organization for Migration of 25"
            + " June 1996.\n",
        output());
  }

  @Test
  void listTheNormsAnActorBears() {
    Agreement agreement = UnIomAgreement.agreement();
    for (Norm norm : agreement.normsBorneBy(Actors.DIRECTOR_GENERAL)) {
      System.out.println(
          agreement.text().citation(norm.provision()) + " " + norm.kind() + ": " + norm.action());
    }

    List<String> lines = output().lines().toList();
    assertEquals(8, lines.size());
    assertEquals(
        "Article 5(2) ENTITLEMENT: attend plenary meetings of the General Assembly", lines.get(0));
    assertEquals(
        "Article 14 PERMISSION: make supplementary arrangements for implementing the Agreement",
        lines.get(7));
  }

  @Test
  void askWhereTheAgreementStoodOnADate() {
    Agreement agreement = UnIomAgreement.agreement();
    for (LocalDate date :
        List.of(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 8, 1), LocalDate.of(2020, 1, 1))) {
      System.out.println(date + ": " + agreement.statusOn(date).stage().label());
    }

    assertEquals(
        """
        2015-01-01: not yet in existence
        2016-08-01: approved by every required organ
        2020-01-01: in force
        """,
        output());
  }

  @Test
  void importADocumentWrittenElsewhere() throws IOException {
    Path file = Path.of("src", "test", "resources", "examples", "plain-act.xml");
    AkomaNtosoImport imported = AkomaNtoso.importDocument(file);
    Agreement act = imported.agreement();
    System.out.println(act.text().title() + " (" + act.text().language().englishName() + ")");
    for (Division unit : act.text().structure().orElseThrow().units()) {
      unit.designation()
          .ifPresent(number -> System.out.println(unit.level().element() + ": " + number));
    }
    imported.unrepresented().forEach(System.out::println);

    assertEquals(
        """
        Convention fictive sur les rivières (French)
        chapter: CHAPITRE I
        article: Article 3bis
        paragraph: 1.
        point: (i)
        point: (ii)
        point: a)
        article: Article 4
        line 27, column 38: <proprietary> metadata kept as found
        line 51, column 34: <table> kept as found: the model does not represent it
        line 70, column 99: <quotedStructure> kept apart from the words, as found
        """,
        output());
  }

  @Test
  void loadAnotherAgreement() throws IOException {
    Path file = Path.of("src", "main", "resources", "examples", "river-delta.akn.xml");
    Agreement other = AkomaNtoso.read(file);
    System.out.println(other.text().title());
    for (Norm norm : other.norms()) {
      System.out.println(
          other.text().citation(norm.provision())
              + " "
              + norm.kind().label()
              + ": "
              + norm.action());
    }
    System.out.println(Validator.standard().validate(other).isClean() ? "clean" : "has findings");

    assertEquals(
        "Agreement on the Exchange of Hydrological Data between the River Organization and the"
            + " Delta Organization\n"
            + "Article 2(1) obligation: transmit its daily measurements of water levels\n"
            + "Article 2(2) permission: publish the measurements it receives\n"
            + "Article 2(3) commitment: harmonize their methods of measurement\n"
            + "clean\n",
        output());
  }

  @Test
  void everyReadmeExampleIsRunHere() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String thisFile =
        squeeze(
            Files.readString(
                Path.of(
                    "src",
                    "test",
                    "java",
                    "org",
                    "treatymodel",
                    "examples",
                    "ReadmeExamplesTest.java"),
                StandardCharsets.UTF_8));
    List<String> examples = javaBlocks(readme);
    assertEquals(7, examples.size(), "the README shows seven usage examples");
    for (String example : examples) {
      assertTrue(
          thisFile.contains(squeeze(example)), "README example not run by this test:\n" + example);
    }
  }

  @Test
  void validateADossier() throws IOException {
    Report report = Validator.standard().validate(UnIomAgreement.agreement());
    System.out.println(report);

    // The README shows the report of 24 November 2026; any other day differs in the date only.
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```\nValidation of ") + 4;
    String shown = readme.substring(start, readme.indexOf("```", start));
    assertEquals(
        shown.replace("on 2026-11-24:", "on " + report.today() + ":").stripTrailing(),
        output().replace("\r", "").stripTrailing());
    assertTrue(report.isClean());
  }

  /** The README's table of norms per article gives the model's counts, and their total. */
  @Test
  void theReadmeCountsTheNormsOfEachArticle() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Agreement agreement = UnIomAgreement.agreement();
    Matcher row = Pattern.compile("\\| (\\d+) \\| [^|]+ \\| (\\d+) \\|").matcher(readme);
    int rows = 0;
    while (row.find()) {
      int article = Integer.parseInt(row.group(1));
      assertEquals(
          agreement.normsInArticle(article).size(),
          Integer.parseInt(row.group(2)),
          "norms of Article " + article + " in the README");
      rows++;
    }
    assertEquals(16, rows, "one row per article");
    assertTrue(readme.contains("**" + agreement.norms().size() + " norms**"));
  }

  private String output() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  /**
   * Compares code regardless of white space: indentation, line breaks, the formatter's wrapping.
   */
  private static String squeeze(String code) {
    return code.replaceAll("\\s+", "");
  }
}

package org.treatymodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.akn.AkomaNtoso;
import org.treatymodel.agreement.norm.Condition;
import org.treatymodel.agreement.norm.ForcePhrase;
import org.treatymodel.agreement.norm.NormKind;
import org.treatymodel.agreement.norm.Vocabulary;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;
import org.treatymodel.validation.Validator;

/** Each walkthrough run as a user runs it: the lines that carry its meaning, and exit statuses. */
class WalkthroughsTest {
  private final Agreement agreement = UnIomAgreement.agreement();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Walkthrough walkthrough, String... args) {
    return walkthrough.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private interface Walkthrough {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
  }

  private String complaint() {
    return err.toString(StandardCharsets.UTF_8);
  }

  // 1. Who owes what

  @Test
  void whoOwesWhatFindsAnActorByNameOrIdentifier() {
    assertEquals(0, run((a, o, e) -> WhoOwesWhat.run(a, agreement, o, e), "Director", "General"));
    String text = printed();
    assertTrue(
        text.contains("The Director General bears 8 norms; 2 norms name it as counterparty."));
    assertTrue(text.contains("Entitlements (3)"));
    assertTrue(text.contains("Permissions (4)"));
    assertTrue(text.contains("Article 6(1) bring the agenda items to the attention"));
    assertTrue(
        text.contains(
            "words: \"The Director General shall be entitled to attend and participate [without vote]"));
    for (String name :
        List.of("iom.director-general", "the director general", "Director-General")) {
      assertEquals(
          List.of(Actors.DIRECTOR_GENERAL),
          WhoOwesWhat.find(agreement, name).stream().map(actor -> actor.id()).toList(),
          name);
    }
  }

  @Test
  void whoOwesWhatShowsRolesAndAlternativeConditions() {
    String iom = WhoOwesWhat.render(agreement, Actors.IOM).replaceAll("\\s+", " ");
    assertTrue(iom.contains("Obligations (13)"), iom);
    assertTrue(
        iom.contains(
            "either in accordance with their constituent instruments and policies on confidentiality or in accordance with supplementary arrangements"),
        iom);
    String secretaryGeneral =
        WhoOwesWhat.render(agreement, Actors.SECRETARY_GENERAL).replaceAll("\\s+", " ");
    assertTrue(secretaryGeneral.contains("in: the IOM Council"));
  }

  @Test
  void whoOwesWhatListsTheActorsAndRefusesAnUnknownOne() {
    assertEquals(0, run((a, o, e) -> WhoOwesWhat.run(a, agreement, o, e)));
    assertTrue(printed().contains("IOM staff 1 0 iom.staff"), printed());
    assertEquals(2, run((a, o, e) -> WhoOwesWhat.run(a, agreement, o, e), "the Pope"));
    assertEquals(1, complaint().lines().count());
    assertTrue(complaint().startsWith("no actor of the Agreement answers to \"the Pope\""));
  }

  @Test
  void whoOwesWhatSaysWhenANameIsAmbiguous() {
    assertEquals(2, run((a, o, e) -> WhoOwesWhat.run(a, agreement, o, e), "Council"));
    assertTrue(complaint().contains("could be"), complaint());
  }

  // 2. Approval what-if

  @Test
  void approvalWhatIfReplaysWhatHappened() {
    String text = ApprovalWhatIf.render(agreement, Map.of()).replaceAll("\\s+", " ");
    assertTrue(text.contains("1. 30 June 2016: approval by the IOM Council"));
    assertTrue(
        text.contains(
            "3. 19 September 2016: signature by Ban Ki-moon and William Lacy Swing status: in force"));
    assertTrue(text.contains("In force from 19 September 2016."));
    assertFalse(text.contains("error"), text);
  }

  @Test
  void approvalWhatIfShowsASignatureTooEarly() {
    assertEquals(0, run(ApprovalWhatIf::run, "signature=2016-07-01"));
    String text = printed();
    assertTrue(
        text.contains(
            "2. 1 July 2016: signature by Ban Ki-moon and William Lacy Swing status: approved by one of the required organs"));
    assertTrue(text.contains("error PROC-001, the signature of 1 July 2016"), text);
    assertTrue(text.contains("In force from 25 July 2016 by the model's reading"), text);
  }

  @Test
  void approvalWhatIfShowsALateNotification() {
    assertEquals(0, run(ApprovalWhatIf::run, "iom-notifies=2016-10-01"));
    assertTrue(printed().contains("warning PROC-007"), printed());
  }

  @Test
  void approvalWhatIfRefusesWhatItDoesNotUnderstand() {
    assertEquals(2, run(ApprovalWhatIf::run, "ratification=2016-07-01"));
    assertTrue(complaint().startsWith("not an event=date: \"ratification=2016-07-01\""));
    err.reset();
    assertEquals(2, run(ApprovalWhatIf::run, "signature=yesterday"));
    assertTrue(complaint().startsWith("not a date: \"signature=yesterday\""));
    assertEquals(1, complaint().lines().count());
  }

  // 3. 1996 and 2016 compared

  @Test
  void comparesTheTopicsSource004Compares() {
    String text = Compared1996.render(agreement).replaceAll("\\s+", " ");
    assertTrue(text.contains("1. Participation in each other's meetings"));
    assertTrue(text.contains("2. Information beyond the public domain"));
    assertTrue(text.contains("3. Special studies"));
    assertTrue(text.contains("is REPORTED"));
    assertTrue(
        text.contains(
            "1996, reported: \"only addressed the sharing of information already in the public domain\""));
    assertTrue(
        text.contains("citing Article 2 of the Cooperation Agreement of 25 June 1996 in E/1996/90"),
        text);
    assertTrue(
        text.contains(
            "the words \"shall, to the extent practicable, furnish\" are quoted from the 2016 Agreement"));
    assertTrue(
        text.contains(
            "2016, Article 7(2): obligation of IOM to furnish the United Nations with special studies"));
  }

  // 4. Entry-into-force patterns

  @Test
  void showsFourPatternsEachStatusComputed() {
    String text = EntryIntoForcePatterns.render();
    assertTrue(text.contains("The 2016 Agreement\n"));
    assertTrue(text.contains("The UN–IAEA relationship agreement (1957)\n"));
    assertTrue(text.contains("The UN–ISA relationship agreement (1997)\n"));
    assertTrue(
        text.contains("The UN–CTBTO Preparatory Commission relationship agreement (2000)\n"));
    assertTrue(text.contains("  In force: 14 November 1957\n"));
    assertTrue(text.contains("  In force: 26 November 1997\n"));
    assertTrue(text.contains("  In force: 15 June 2000\n"));
    assertTrue(text.contains("  In force: 19 September 2016\n"));
    assertTrue(text.contains("  14 March 1997     signed "), text);
    assertFalse(text.contains("iom.council"), "names, not identifiers");
  }

  // 5. Build your own

  @Test
  void buildYourOwnIsCleanThenShowsItsThreeDefects() {
    assertTrue(Validator.standard().validate(BuildYourOwn.agreement()).isClean());
    String text = BuildYourOwn.render().replaceAll("\\s+", " ");
    assertTrue(text.contains("1. As built ----------- 0 errors, 0 warnings, 0 info"), text);
    assertTrue(text.contains("3 errors, 1 warning, 0 info"));
    assertTrue(text.contains("error NORM-001"));
    assertTrue(text.contains("error REF-006"));
    assertTrue(text.contains("error PROC-001"));
  }

  @Test
  void theExampleDocumentIsTheFictionalAgreement() throws IOException {
    try (InputStream in = BuildYourOwn.class.getResourceAsStream("/examples/river-delta.akn.xml")) {
      String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(AkomaNtoso.write(BuildYourOwn.agreement()), document);
      AkomaNtoso.validate(document);
    }
  }

  @Test
  void theFictionalAgreementSpeaksItsOwnVocabularyAndReadsBackEqual() throws IOException {
    Agreement agreement = BuildYourOwn.agreement();
    Vocabulary canonical = UnIomAgreement.agreement().vocabulary();
    List<Condition> own =
        agreement.vocabulary().conditions().stream()
            .filter(condition -> !canonical.contains(condition))
            .toList();
    List<ForcePhrase> ownForces =
        agreement.vocabulary().forcePhrases().stream()
            .filter(force -> !canonical.contains(force))
            .toList();
    assertTrue(own.size() >= 3, own.toString());
    assertEquals(List.of(BuildYourOwn.SHALL_ENDEAVOUR_TO), ownForces);
    assertEquals(BuildYourOwn.VOCABULARY, agreement.vocabulary());
    assertEquals(NormKind.COMMITMENT, agreement.norms().get(2).kind());
    try (InputStream in = BuildYourOwn.class.getResourceAsStream("/examples/river-delta.akn.xml")) {
      Agreement read = AkomaNtoso.read(in);
      assertEquals(agreement, read);
      assertEquals(BuildYourOwn.VOCABULARY, read.vocabulary());
    }
    assertTrue(Validator.standard().validate(agreement).isClean());
  }

  // 6. As of a date

  @Test
  void statusOnADate() {
    assertEquals(0, run(AsOfADate::run, "status", "2016-08-01"));
    String text = printed();
    assertTrue(text.contains("As of 1 August 2016:"));
    assertTrue(
        text.contains("governing the relationship: the Cooperation Agreement of 25 June 1996"));
    assertTrue(text.contains("the 2016 Agreement: approved by every required organ"));
    assertTrue(
        text.contains(
            "last change: 25 July 2016, The General Assembly approves the 2016 Agreement"));
  }

  @Test
  void statusAfterSupersessionAndBeforeAnything() {
    String after = AsOfADate.render(agreement, LocalDate.of(2020, 1, 1));
    assertTrue(after.contains("the Cooperation Agreement of 25 June 1996: superseded"), after);
    String before = AsOfADate.render(agreement, LocalDate.of(1990, 1, 1));
    assertTrue(before.contains("governing the relationship: no agreement"), before);
    assertTrue(before.contains("nothing in the history had happened yet"));
  }

  @Test
  void statusRefusesAMissingOrMalformedDateAndAnUnknownCommand() {
    assertEquals(2, run(AsOfADate::run, "status"));
    assertTrue(complaint().startsWith("no date given; usage: status <date>"));
    err.reset();
    assertEquals(2, run(AsOfADate::run, "status", "2016-02-30"));
    assertTrue(complaint().startsWith("not a date: \"2016-02-30\""));
    err.reset();
    assertEquals(2, run(AsOfADate::run, "--verbose"));
    assertTrue(complaint().startsWith("unknown command \"--verbose\"; usage: status <date>"));
    err.reset();
    assertEquals(2, run(AsOfADate::run));
    assertEquals(1, complaint().lines().count());
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  // Akoma Ntoso

  @Test
  void writesTheCanonicalDocumentToAFile(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("un-iom-2016.akn.xml");
    assertEquals(0, run(WriteAkomaNtoso::run, file.toString()));
    assertTrue(printed().contains("valid Akoma Ntoso 3.0, and it reads back as the same dossier."));
    assertEquals(AkomaNtoso.write(agreement), Files.readString(file));
    assertEquals(2, run(WriteAkomaNtoso::run));
    assertTrue(complaint().startsWith("usage: WriteAkomaNtoso <file>"));
  }
}

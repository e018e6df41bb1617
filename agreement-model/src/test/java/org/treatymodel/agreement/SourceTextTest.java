package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * The model's text, rendered back, is the text of source 001 after normalisation, section by
 * section.
 */
class SourceTextTest {
  private static String source;
  private static String model;

  @BeforeAll
  static void render() throws IOException {
    source = SourceText.normalise(SourceText.read());
    model = UnIomAgreement.agreement().text().render();
  }

  @TestFactory
  List<DynamicTest> eachSectionEqualsTheSource() {
    ImmutableMap<String, String> expected = SourceText.sections(source);
    ImmutableMap<String, String> actual = SourceText.sections(model);
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(
        DynamicTest.dynamicTest(
            "the same sections",
            () -> assertEquals(expected.keySet().asList(), actual.keySet().asList())));
    expected.forEach(
        (name, text) ->
            tests.add(
                DynamicTest.dynamicTest(
                    name,
                    () ->
                        assertEquals(text, actual.get(name), name + " differs from source 001"))));
    return tests;
  }

  @Test
  void wholeTextEqualsTheSource() {
    assertEquals(source, model);
  }

  @Test
  void sectionsCoverPreambleSixteenArticlesAndFinalClauses() {
    ImmutableMap<String, String> sections = SourceText.sections(source);
    assertEquals(18, sections.size(), sections.keySet().toString());
  }
}

package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test resources keep verbatim copies of the three sources (000, the history; 001, the text;
 * 004, what it reports of 1996), of FACTS.md (the facts from the public record beyond them) and of
 * the sources' README (as SOURCES.md), so that the build and every citation of provenance need
 * nothing outside the repository. Where the shared sources sit beside the checkout (as on a
 * developer's machine and in CI), each copy must still equal its original.
 */
class SourceCopyTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_c0e81e25b756ee05.txt",
        "001_3c2ab7b678d5be47.txt",
        "004_4258a9438b86f3b9.txt",
        "FACTS.md",
        "README.md"
      })
  void copyEqualsTheSharedSource(String name) throws IOException {
    Path shared = Path.of("..", "..", "shared", "sources", name);
    assumeTrue(Files.exists(shared), "shared/sources is not beside this checkout");
    // The sources' own README is kept as SOURCES.md: this folder's README describes the copies.
    String copied = name.equals("README.md") ? "SOURCES.md" : name;
    try (InputStream copy = SourceCopyTest.class.getResourceAsStream("/sources/" + copied)) {
      assertEquals(
          Files.readString(shared, StandardCharsets.UTF_8),
          new String(copy.readAllBytes(), StandardCharsets.UTF_8),
          name);
    }
  }
}

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
 * The test resources keep verbatim copies of sources 001 (the text) and 004 (what it reports of
 * 1996) so the build needs nothing outside the repository. Where the shared sources sit beside the
 * checkout (as on a developer's machine and in CI), each copy must still equal its original.
 */
class SourceCopyTest {
  @ParameterizedTest
  @ValueSource(strings = {"001_3c2ab7b678d5be47.txt", "004_4258a9438b86f3b9.txt"})
  void copyEqualsTheSharedSource(String name) throws IOException {
    Path shared = Path.of("..", "..", "shared", "sources", name);
    assumeTrue(Files.exists(shared), "shared/sources is not beside this checkout");
    try (InputStream copy = SourceCopyTest.class.getResourceAsStream("/sources/" + name)) {
      assertEquals(
          Files.readString(shared, StandardCharsets.UTF_8),
          new String(copy.readAllBytes(), StandardCharsets.UTF_8),
          name);
    }
  }
}

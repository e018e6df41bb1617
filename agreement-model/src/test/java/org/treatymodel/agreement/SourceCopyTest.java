package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The test resources keep a verbatim copy of source 001 so the build needs nothing outside the
 * repository. Where the shared sources sit beside the checkout (as on a developer's machine and in
 * CI), the copy must still equal them.
 */
class SourceCopyTest {
  private static final Path SHARED =
      Path.of("..", "..", "shared", "sources", "001_3c2ab7b678d5be47.txt");

  @Test
  void copyEqualsTheSharedSource() throws IOException {
    assumeTrue(Files.exists(SHARED), "shared/sources is not beside this checkout");
    assertEquals(Files.readString(SHARED, StandardCharsets.UTF_8), SourceText.read());
  }
}

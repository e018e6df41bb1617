package org.treatymodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM, which has no parent, keeps the project's version and manages every published module. */
class BomTest {
  private static String read(String path) throws IOException {
    return Files.readString(Path.of("..", path), StandardCharsets.UTF_8);
  }

  private static String versionAfter(String pom, String artifactId) {
    Matcher matcher =
        Pattern.compile(
                "<artifactId>"
                    + Pattern.quote(artifactId)
                    + "</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertTrue(matcher.find(), artifactId + " has no version");
    return matcher.group(1);
  }

  @Test
  void theBomHasTheProjectVersionForEveryModule() throws IOException {
    String projectVersion = versionAfter(read("pom.xml"), "treatymodel-parent");
    String bom = read("agreement-bom/pom.xml");
    assertEquals(projectVersion, versionAfter(bom, "agreement-bom"));
    assertEquals(projectVersion, versionAfter(bom, "agreement-model"));
    assertEquals(projectVersion, versionAfter(bom, "agreement-validation"));
    assertEquals(projectVersion, versionAfter(bom, "agreement-testkit"));
  }
}

package org.treatymodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type, and every package, of the published modules has Javadoc. Javadoc's doclint
 * checks the comments that exist; this test checks that none is missing (doclint's "missing" group
 * is off because it also wants an {@code @return} on every accessor).
 */
class JavadocCoverageTest {
  private static final List<Path> SOURCES =
      List.of(
          Path.of("..", "agreement-model", "src", "main", "java"),
          Path.of("..", "agreement-validation", "src", "main", "java"),
          Path.of("..", "agreement-testkit", "src", "main", "java"),
          Path.of("..", "agreement-benchmarks", "src", "main", "java"),
          Path.of("src", "main", "java"));
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?m)^( *)public (?:(?:final|abstract|static|sealed|non-sealed) )*"
              + "(?:class|interface|enum|record|@interface) (\\w+)");

  private static final Pattern ANNOTATION_AT_END = Pattern.compile("@[\\w.]+$");

  @Test
  void everyPublicTypeAndPackageHasJavadoc() throws IOException {
    List<String> undocumented = new ArrayList<>();
    int types = 0;
    for (Path root : SOURCES) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(path -> path.toString().endsWith(".java")).toList();
      }
      for (Path file : files) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        if (file.getFileName().toString().equals("package-info.java")
            || file.getFileName().toString().equals("module-info.java")) {
          if (!source.contains("/**")) {
            undocumented.add(file.toString());
          }
          continue;
        }
        Matcher matcher = PUBLIC_TYPE.matcher(source);
        while (matcher.find()) {
          types++;
          if (!documented(source.substring(0, matcher.start()))) {
            undocumented.add(file + ": " + matcher.group(2));
          }
        }
      }
    }
    assertTrue(
        types > 50,
        "found only " + types + " public types; is the scan looking in the right place?");
    assertEquals(List.of(), undocumented);
  }

  @Test
  void everyPackageIsNullMarked() throws IOException {
    List<String> unmarked = new ArrayList<>();
    for (Path root : SOURCES) {
      List<Path> packages;
      try (Stream<Path> walk = Files.walk(root)) {
        packages =
            walk.filter(Files::isDirectory).filter(JavadocCoverageTest::holdsJavaTypes).toList();
      }
      for (Path directory : packages) {
        Path info = directory.resolve("package-info.java");
        if (!Files.exists(info)
            || !Files.readString(info, StandardCharsets.UTF_8).contains("@NullMarked")) {
          unmarked.add(directory.toString());
        }
      }
    }
    assertEquals(List.of(), unmarked, "packages without a @NullMarked package-info");
  }

  private static boolean holdsJavaTypes(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(
          file ->
              file.toString().endsWith(".java")
                  && !file.getFileName().toString().equals("module-info.java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Whether the text before a declaration ends with a Javadoc comment, annotations aside. */
  private static boolean documented(String before) {
    String text = before.stripTrailing();
    while (true) {
      if (text.endsWith(")")) {
        int depth = 0;
        int index = text.length() - 1;
        for (; index >= 0; index--) {
          char c = text.charAt(index);
          if (c == ')') {
            depth++;
          } else if (c == '(' && --depth == 0) {
            break;
          }
        }
        text = text.substring(0, Math.max(index, 0)).stripTrailing();
      }
      Matcher annotation = ANNOTATION_AT_END.matcher(text);
      if (!annotation.find()) {
        break;
      }
      text = text.substring(0, annotation.start()).stripTrailing();
    }
    int open = text.lastIndexOf("/*");
    return text.endsWith("*/") && open >= 0 && text.startsWith("/**", open);
  }
}

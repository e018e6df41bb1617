package org.treatymodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer module on the module path can use the exported packages of {@code
 * org.treatymodel.agreement} and {@code org.treatymodel.validation}, and cannot reach what they do
 * not export.
 */
class ModulePathConsumerTest {
  /**
   * The libraries' own jars or class folders, and their runtime dependencies, from the test class
   * path.
   */
  private static final Pattern MODULES =
      Pattern.compile(
          ".*(agreement-model|agreement-validation|guava-|failureaccess-|jspecify-|apiguardian-).*");

  @TempDir Path work;

  private static String modulePath() {
    return Splitter.on(File.pathSeparatorChar)
        .splitToStream(System.getProperty("java.class.path"))
        .filter(entry -> MODULES.matcher(entry).matches())
        .reduce((a, b) -> a + File.pathSeparator + b)
        .orElseThrow();
  }

  private String compile(String mainSource) throws IOException {
    Path sources = work.resolve("src");
    Files.createDirectories(sources.resolve("consumer"));
    Files.writeString(
        sources.resolve("module-info.java"),
        "module consumer { requires org.treatymodel.agreement; requires org.treatymodel.validation;"
            + " exports consumer; }");
    Files.writeString(sources.resolve("consumer/Main.java"), mainSource);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            errors,
            errors,
            "--module-path",
            modulePath(),
            "-d",
            work.resolve("out").toString(),
            sources.resolve("module-info.java").toString(),
            sources.resolve("consumer/Main.java").toString());
    return status == 0 ? "" : errors.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aConsumerModuleReadsTheAgreement() throws Exception {
    String errors =
        compile(
            """
            package consumer;
            import java.time.LocalDate;
            import org.treatymodel.agreement.uniom.UnIomAgreement;
            public class Main {
              public static String run() {
                return UnIomAgreement.agreement().article(16).heading() + "|"
                    + UnIomAgreement.agreement().statusOn(LocalDate.of(2016, 9, 19)).stage();
              }
            }
            """);
    assertEquals("", errors);

    List<Path> paths =
        Splitter.on(File.pathSeparatorChar).splitToStream(modulePath()).map(Path::of).toList();
    ModuleFinder finder =
        ModuleFinder.compose(
            ModuleFinder.of(work.resolve("out")), ModuleFinder.of(paths.toArray(new Path[0])));
    Configuration configuration =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("consumer"));
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Class<?> main = layer.findLoader("consumer").loadClass("consumer.Main");
    assertTrue(main.getModule().isNamed());
    assertEquals("Entry into force|IN_FORCE", main.getMethod("run").invoke(null));
  }

  @Test
  void theInternalPackageIsNotExported() throws IOException {
    String errors =
        compile(
            """
            package consumer;
            public class Main {
              public static String run() {
                return org.treatymodel.agreement.internal.Texts.checkText("field", "value");
              }
            }
            """);
    assertFalse(errors.isEmpty());
    assertTrue(errors.contains("org.treatymodel.agreement.internal"), errors);
  }
}

package dev.cnpolicy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Spark stays in this module: the export command's jar (built before this module in a reactor
 * build) holds no Spark or Scala class.
 */
class NothingOfSparkElsewhereTest {

    private static final Path EXPORT_JAR = Path.of("..", "policy-examples", "target", "policy-export.jar");

    @Test
    void policyExportJarHoldsNoSparkClass() throws IOException {
        assumeTrue(Files.isRegularFile(EXPORT_JAR), "skipped: " + EXPORT_JAR + " is not built (run the reactor's package)");
        try (JarFile jar = new JarFile(EXPORT_JAR.toFile())) {
            List<String> names = jar.stream().map(JarEntry::getName).toList();
            assertThat(names).contains("dev/cnpolicy/parser/PolicyParser.class");
            assertThat(names).noneMatch(n -> n.startsWith("org/apache/spark/") || n.startsWith("scala/")
                    || n.startsWith("org/apache/hadoop/") || n.startsWith("org/apache/parquet/"));
        }
    }
}

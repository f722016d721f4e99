package dev.cnpolicy.examples.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policy-export.jar} as users run it, after {@code package}: it holds no test-only jar, and
 * the command and the examples print nothing they do not mean to (no {@code SLF4J(W)} line, no
 * {@code HV000001}).
 */
class ExportJarIT {

    private static final Path JAR = Path.of("target", "policy-export.jar");
    private static final Path SEEDS = Path.of("..", "seeds");

    private record Run(int exit, String out, String err) {
    }

    private static Run java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        Path stdout = dir.resolve("stdout-" + System.nanoTime());
        Path stderr = dir.resolve("stderr-" + System.nanoTime());
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finishes: %s", command).isTrue();
        return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    @Test
    void holdsNoTestOnlyJar() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> testOnly = jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("org/apiguardian/") || n.startsWith("org/junit/") || n.startsWith("org/assertj/")
                            || n.startsWith("org/opentest4j/") || n.startsWith("net/bytebuddy/") || n.startsWith("com/networknt/"))
                    .toList();
            assertThat(testOnly).isEmpty();
            assertThat(jar.getEntry("org/slf4j/nop/NOPServiceProvider.class")).as("the chosen SLF4J provider").isNotNull();
        }
    }

    @Test
    void theCommandAndTheExamplesAreQuietTakeAFolderAndPrintUsageWithoutOne(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SEEDS.resolve("002_1b4be993e13e22f9.txt"), in.resolve("002.txt"));
        Path out = dir.resolve("out");
        Run export = java(dir, "-jar", JAR.toString(), "--out", out.toString(), in.toString());
        assertThat(export.err()).isEmpty();
        assertThat(export.exit()).isZero();

        String[][] examples = {
            {"ListIndicators", in.toString()},
            {"PrintLeadDepartments", in.toString()},
            {"ReadExportedJson", out.resolve("json").toString()},
        };
        for (String[] example : examples) {
            String main = "dev.cnpolicy.examples." + example[0];
            Run run = java(dir, "-cp", JAR.toString(), main, example[1]);
            assertThat(run.err()).as(main).isEmpty();
            assertThat(run.exit()).as(main).isZero();
            assertThat(run.out()).as(main).isNotBlank();

            Run bare = java(dir, "-cp", JAR.toString(), main);
            assertThat(bare.exit()).as(main).isEqualTo(2);
            assertThat(bare.err()).as(main).startsWith("usage:").contains(example[0]);
        }
    }
}

package dev.cnpolicy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy-spark} as the README runs it, on the module's shared session. */
class CommandLineTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    @TempDir
    Path temp;

    @Test
    void writesParquetAndJsonLinesAndSaysWhere() throws IOException {
        SharedSpark.session();
        Path out = temp.resolve("out");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int status;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            status = PolicyExportJob.run("--format", "parquet,jsonl", "--out", out.toString(), SEEDS.toString());
        } finally {
            System.setOut(stdout);
        }
        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("policy-spark: 5 documents, 0 failed; written to file:")
                .contains(out.toString() + "/{documents,tasks,responsibilities,indicators,goals,phases,diagnostics,failures}")
                .contains("and jsonl");
        for (Table table : Table.values()) {
            assertThat(parts(out.resolve(table.folder()), ".parquet")).as(table.folder()).isNotEmpty();
        }
        long lines = 0;
        for (Path part : parts(out.resolve("jsonl"), ".txt")) {
            lines += Files.readAllLines(part, StandardCharsets.UTF_8).size();
        }
        assertThat(lines).isEqualTo(5);
        assertThat(SharedSpark.session().sparkContext().isStopped()).as("a session the job did not start keeps running")
                .isFalse();
    }

    @Test
    void aMissingInputExitsWithStatusTwo() {
        assertThat(PolicyExportJob.run("--out", temp.resolve("y").toString())).isEqualTo(2);
    }

    @Test
    void anInputThatNamesNothingExitsWithStatusTwo() {
        SharedSpark.session();
        assertThat(PolicyExportJob.run("--out", temp.resolve("y").toString(), temp.resolve("missing").toString()))
                .isEqualTo(2);
    }

    private static List<Path> parts(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(suffix))
                    .toList();
        }
    }
}

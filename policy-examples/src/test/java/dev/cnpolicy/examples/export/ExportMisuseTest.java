package dev.cnpolicy.examples.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The export command used as a new user would misuse it: clashing names, odd arguments, a full disk. */
class ExportMisuseTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path SEED = SEEDS.resolve("002_1b4be993e13e22f9.txt");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StringWriter errText = new StringWriter();
    private final PrintWriter err = new PrintWriter(errText, true);

    private int export(String... args) {
        return ExportCommand.run(OutputFiles.DISK, err, args);
    }

    private static Path copy(Path file, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.copy(file, target);
    }

    private static List<String> ids(Path out) throws IOException {
        return Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8).stream()
                .map(line -> JSON.readTree(line).get("id").asString()).toList();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void sameFileNameInTwoFoldersGivesTwoDocuments(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("crawl");
        copy(SEED, in.resolve("a/index.txt"));
        copy(SEED, in.resolve("b/index.txt"));
        Path out = dir.resolve("out");

        assertThat(export("--quiet", "--out", out.toString(), in.toString())).isZero();

        assertThat(names(out.resolve("json"))).containsExactly("a__index.json", "b__index.json");
        assertThat(ids(out)).containsExactly("a__index", "b__index");
        List<String> taskIds = Files.readAllLines(out.resolve("csv/tasks.csv")).stream().skip(1)
                .map(row -> row.substring(0, row.indexOf(','))).distinct().toList();
        assertThat(taskIds).containsExactly("a__index", "b__index");
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        assertThat(report.get("succeeded").asInt()).isEqualTo(2);
        assertThat(report.get("quality").findValuesAsString("id")).containsExactly("a__index", "b__index");
    }

    @Test
    void anIdTakenTwiceFailsTheLaterFileAndNeverOverwrites(@TempDir Path dir) throws IOException {
        Path first = copy(SEED, dir.resolve("one/doc.txt"));
        Path second = copy(SEEDS.resolve("001_34b1e1b7b7f5ebd1.txt"), dir.resolve("two/doc.txt"));
        copy(SEED, dir.resolve("three/a b.txt"));
        Path sameSafeForm = copy(SEED, dir.resolve("three/a_b.txt"));
        Path out = dir.resolve("out");

        int exit = export("--quiet", "--out", out.toString(), dir.resolve("one").toString(), dir.resolve("two").toString(),
                dir.resolve("three").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(ids(out)).containsExactly("doc", "a_b");
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        assertThat(report.get("failed").findValuesAsString("file"))
                .containsExactly(second.toString(), sameSafeForm.toString());
        assertThat(report.get("failed").get(0).get("error").asString()).contains("doc").contains(first.toString());
        // the first file's document stands: 002 is not 001
        assertThat(JSON.readTree(out.resolve("json/doc.json").toFile()).at("/metadata/title").asString())
                .isEqualTo("关于加快推动知识产权服务业高质量发展的若干意见");
        assertThat(errText.toString()).contains(second.toString());
    }

    @Test
    void idsThatDifferOnlyInCaseClashBecauseDisksMayIgnoreCase(@TempDir Path dir) throws IOException {
        copy(SEED, dir.resolve("in/Plan.txt"));
        Path lower = dir.resolve("in/plan.txt");
        if (Files.exists(lower)) {
            System.out.println("a case-insensitive disk: Plan.txt and plan.txt are one file here; only the folders are tried");
        } else {
            copy(SEED, lower);
        }
        copy(SEED, dir.resolve("in2/PLAN.txt"));
        Path out = dir.resolve("out");

        int exit = export("--quiet", "--out", out.toString(), dir.resolve("in").toString(), dir.resolve("in2").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(ids(out)).containsExactly("Plan");
        assertThat(names(out.resolve("json"))).containsExactly("Plan.json");
    }

    @Test
    void outNamingAFileIsOneLineAndExitsTwo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "not a folder");

        assertThat(export("--out", file.toString(), SEED.toString())).isEqualTo(2);

        assertThat(errText.toString().lines()).hasSize(1);
        assertThat(errText.toString()).contains(file.toString()).contains("folder");
    }

    @Test
    void aFolderWithNoDocumentsSaysSoAndExitsOne(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "# not a document");

        assertThat(export("--quiet", "--out", dir.resolve("out").toString(), empty.toString())).isEqualTo(1);

        assertThat(errText.toString()).contains("no documents").contains(empty.toString());
    }

    @Test
    void minCoverageOutsideZeroToOneIsAUsageError(@TempDir Path dir) {
        String out = dir.resolve("out").toString();
        assertThat(export("--min-coverage", "2", "--out", out, SEED.toString())).isEqualTo(2);
        assertThat(export("--min-coverage", "-0.1", "--out", out, SEED.toString())).isEqualTo(2);
        assertThat(export("--min-coverage", "NaN", "--out", out, SEED.toString())).isEqualTo(2);
        assertThat(errText.toString().lines()).hasSize(3).allSatisfy(line -> assertThat(line).contains("--min-coverage"));
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void aFullDiskEndsInOneLineAndLeavesNothingThatLooksFinished(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        // a volume with room for about two documents' JSON
        OutputFiles smallDisk = new FullDisk(OutputFiles.DISK, 160_000);

        int exit = ExportCommand.run(smallDisk, err, "--quiet", "--jobs", "1", "--out", out.toString(), SEEDS.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(errText.toString().lines()).hasSize(1);
        assertThat(errText.toString()).contains("no space left on the device").containsPattern("\\b[0-4] of 5 documents");
        int written = Integer.parseInt(errText.toString().replaceAll("(?s).*\\((\\d+) of 5.*", "$1"));
        try (Stream<Path> json = Files.list(out.resolve("json"))) {
            assertThat(json).as("the count said matches the files").hasSize(written);
        }
        assertThat(leftovers(out)).isEmpty();
        assertThat(out.resolve("report.json")).doesNotExist();
        assertThat(out.resolve("documents.jsonl")).doesNotExist();
        assertThat(out.resolve("csv/tasks.csv")).doesNotExist();
    }

    @Test
    void theNextRunRemovesTemporaryFilesAKilledRunLeft(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("csv"));
        Files.writeString(out.resolve("documents.jsonl.tmp"), "{\"half");
        Files.writeString(out.resolve("csv/tasks.csv.tmp"), "document_id,");
        Files.writeString(out.resolve("report.json"), "{}");

        ExportCommand.run(new FullDisk(OutputFiles.DISK, 1000), err, "--quiet", "--out", out.toString(), SEED.toString());
        assertThat(leftovers(out)).isEmpty();
        assertThat(out.resolve("report.json")).as("a stale report of an earlier run").doesNotExist();

        assertThat(export("--quiet", "--out", out.toString(), SEED.toString())).isZero();
        assertThat(leftovers(out)).isEmpty();
        assertThat(out.resolve("report.json")).exists();
    }

    private static List<Path> leftovers(Path out) throws IOException {
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** A volume that holds {@code capacity} bytes in all, then fails as Linux does when a disk is full. */
    private static final class FullDisk implements OutputFiles {
        private final OutputFiles disk;
        private final AtomicLong free;

        FullDisk(OutputFiles disk, long capacity) {
            this.disk = disk;
            this.free = new AtomicLong(capacity);
        }

        @Override
        public OutputStream create(Path file) throws IOException {
            return new FilterOutputStream(disk.create(file)) {
                @Override
                public void write(int b) throws IOException {
                    take(1);
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    take(len);
                    out.write(b, off, len);
                }
            };
        }

        private void take(long bytes) throws IOException {
            if (free.addAndGet(-bytes) < 0) {
                throw new IOException("No space left on device");
            }
        }
    }
}

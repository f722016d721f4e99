package dev.cnpolicy.examples.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.json.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportCommandTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path shared;
    static Path out;
    static int status;

    @BeforeAll
    static void exportSeeds() {
        out = shared.resolve("out");
        status = ExportCommand.run("--quiet", "--out", out.toString(), SEEDS.toString());
    }

    @Test
    void writesEveryOutputForTheSeeds() throws IOException {
        assertThat(status).isZero();
        try (Stream<Path> json = Files.list(out.resolve("json"))) {
            assertThat(json.filter(p -> p.toString().endsWith(".json"))).hasSize(5);
        }
        assertThat(Files.readAllLines(out.resolve("documents.jsonl"))).hasSize(5);
        for (String table : CsvTables.COLUMNS.keySet()) {
            List<String> rows = Files.readAllLines(out.resolve("csv").resolve(table), StandardCharsets.UTF_8);
            assertThat(rows.get(0)).as(table).startsWith("document_id,");
            assertThat(rows).as(table).hasSizeGreaterThan(1);
        }
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        assertThat(report.get("succeeded").asInt()).isEqualTo(5);
        assertThat(report.get("failed")).isEmpty();
    }

    @Test
    void csvRowCountsMatchTheJson() throws IOException {
        int tasks = 0;
        int assignments = 0;
        int indicators = 0;
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
            PolicyDocument doc = PolicyJson.fromJson(line);
            tasks += doc.tasks().size();
            indicators += doc.indicators().size();
            assignments += doc.tasks().stream().filter(t -> t.responsibility() != null)
                    .mapToInt(t -> t.responsibility().assignments().size()).sum();
        }
        assertThat(csvRows("tasks.csv")).isEqualTo(tasks);
        assertThat(csvRows("responsibilities.csv")).isEqualTo(assignments);
        assertThat(csvRows("indicators.csv")).isEqualTo(indicators);
    }

    @Test
    void everyJsonFileValidatesAgainstTheSchemaAndReadsBack() throws IOException {
        Schema schema;
        try (InputStream in = PolicyDocument.class.getResourceAsStream("policy-document.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
        try (Stream<Path> files = Files.list(out.resolve("json"))) {
            for (Path file : files.toList()) {
                String json = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(schema.validate(json, InputFormat.JSON)).as(file.toString()).isEmpty();
                assertThat(PolicyJson.fromJson(json).id()).isEqualTo(file.getFileName().toString().replace(".json", ""));
            }
        }
    }

    @Test
    void isolatesFailuresAndStillWritesTheGoodDocuments(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, in.resolve(seed.getFileName()));
            }
        }
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        Files.write(in.resolve("random.txt"), random);
        Path target = dir.resolve("out");

        int exit = ExportCommand.run("--quiet", "--jobs", "2", "--out", target.toString(), in.toString());

        assertThat(exit).isEqualTo(1);
        JsonNode report = JSON.readTree(target.resolve("report.json").toFile());
        assertThat(report.get("succeeded").asInt()).isEqualTo(5);
        assertThat(report.get("failed").findValuesAsString("file"))
                .anySatisfy(f -> assertThat(f).endsWith("empty.txt"))
                .anySatisfy(f -> assertThat(f).endsWith("binary.txt"))
                .anySatisfy(f -> assertThat(f).endsWith("random.txt"));
        try (Stream<Path> json = Files.list(target.resolve("json"))) {
            assertThat(json).hasSize(5);
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(ExportCommand.run("--no-such-option")).isEqualTo(2);
        assertThat(ExportCommand.run()).isEqualTo(2);
    }

    @Test
    void minCoverageNamesDocumentsBelowIt(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        int exit = ExportCommand.run("--quiet", "--format", "json", "--min-coverage", "0.99", "--out", target.toString(),
                SEEDS.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(JSON.readTree(target.resolve("report.json").toFile()).get("belowCoverage")).isNotEmpty();
    }

    private static int csvRows(String table) throws IOException {
        return Files.readAllLines(out.resolve("csv").resolve(table), StandardCharsets.UTF_8).size() - 1;
    }
}

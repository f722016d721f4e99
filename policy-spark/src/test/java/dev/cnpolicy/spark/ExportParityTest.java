package dev.cnpolicy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.examples.export.ExportCommand;
import dev.cnpolicy.model.Diagnostic;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.json.PolicyJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The job and the export command over the same inputs (the seeds, {@code ../shared/corpus} where
 * it stands beside the clone, and one binary file) give the same rows: every row of every CSV
 * table, cell by cell, is a row of the Parquet table of that name.
 */
class ExportParityTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path temp;
    static Path parquet;
    static Path csv;
    static PolicyExportJob.Summary summary;
    static int exportStatus;
    static List<PolicyDocument> documents = new ArrayList<>();

    @BeforeAll
    static void runBoth() throws IOException {
        Path bad = Files.createDirectories(temp.resolve("bad"));
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        Files.write(bad.resolve("scan.txt"), binary);
        List<String> inputs = new ArrayList<>(List.of(SEEDS.toString(), bad.toString()));
        if (Files.isDirectory(CORPUS)) {
            inputs.add(CORPUS.toString());
        } else {
            System.out.println("ExportParityTest: ../shared/corpus is not beside the clone; comparing the seeds only");
        }
        parquet = temp.resolve("parquet");
        csv = temp.resolve("csv");
        summary = PolicyExportJob.export(SharedSpark.session(), inputs, parquet.toString(),
                EnumSet.of(PolicyExportJob.Format.PARQUET));
        List<String> exportArgs = new ArrayList<>(List.of("--quiet", "--format", "csv,jsonl", "--out", csv.toString()));
        exportArgs.addAll(inputs);
        exportStatus = ExportCommand.run(exportArgs.toArray(String[]::new));
        for (String line : Files.readAllLines(csv.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
            documents.add(PolicyJson.fromJson(line));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasks", "responsibilities", "indicators", "goals", "phases"})
    void everyCsvRowIsAParquetRow(String table) {
        List<Map<String, String>> expected = csvRows(table);
        Dataset<Row> actual = table(table);
        assertThat(expected).as(table + ".csv").isNotEmpty();
        assertThat(actual.columns()).as("columns of " + table).containsExactlyElementsOf(expected.get(0).keySet());
        assertThat(actual.count()).as("rows of " + table).isEqualTo(expected.size());
        List<String> want = expected.stream().map(row -> render(row.values().stream().toList())).sorted().toList();
        List<String> got = actual.collectAsList().stream().map(ExportParityTest::render).sorted().toList();
        assertThat(got).as(table).containsExactlyElementsOf(want);
    }

    @Test
    void documentsHoldOneRowPerParsedFileWithItsPathAndMetadata() {
        assertThat(summary.documents()).isEqualTo(documents.size()).isGreaterThanOrEqualTo(5);
        Map<String, Row> rows = new TreeMap<>();
        table("documents").collectAsList().forEach(r -> rows.put(r.getAs("document_id"), r));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(documents.stream().map(PolicyDocument::id).toList());
        for (PolicyDocument doc : documents) {
            Row row = rows.get(doc.id());
            assertThat((String) row.getAs("source_path")).as(doc.id()).startsWith("file:/").endsWith("/" + doc.source().name());
            assertThat((String) row.getAs("title")).isEqualTo(doc.metadata().title());
            assertThat((String) row.getAs("sha256")).isEqualTo(doc.source().sha256());
            assertThat((String) row.getAs("kind")).isEqualTo(doc.metadata().kind().name());
            java.sql.Date issued = row.getAs("issue_date");
            assertThat(issued == null ? null : issued.toLocalDate()).as(doc.id()).isEqualTo(doc.metadata().issueDate());
            assertThat((Integer) row.getAs("task_count")).isEqualTo(doc.tasks().size());
            assertThat((Integer) row.getAs("indicator_count")).isEqualTo(doc.indicators().size());
            assertThat(row.getList(row.fieldIndex("issuers"))).containsExactlyElementsOf(
                    doc.metadata().issuers().stream().map(o -> o.name()).toList());
        }
        assertThat(documents).anyMatch(d -> d.metadata().issueDate() != null);
    }

    @Test
    void diagnosticsAreTheDocumentsDiagnosticsAndTheReportsCounts() throws IOException {
        List<String> want = new ArrayList<>();
        for (PolicyDocument doc : documents) {
            for (Diagnostic d : doc.diagnostics()) {
                want.add(render(List.of(doc.id(), d.severity().name(), d.code(), d.message(),
                        d.span() == null ? "" : d.span().start(), d.span() == null ? "" : d.span().end(),
                        d.span() == null ? "" : d.span().line())));
            }
        }
        List<Row> rows = table("diagnostics").collectAsList();
        assertThat(rows.stream().map(ExportParityTest::render).sorted().toList())
                .containsExactlyElementsOf(want.stream().sorted().toList());
        Map<String, Integer> byCode = new TreeMap<>();
        rows.forEach(r -> byCode.merge(r.getAs("code"), 1, Integer::sum));
        Map<String, Integer> reported = new TreeMap<>();
        report().get("diagnostics").properties().forEach(e -> reported.put(e.getKey(), e.getValue().asInt()));
        assertThat(byCode).isNotEmpty().isEqualTo(reported);
    }

    @Test
    void theBinaryFileIsAFailureAndTheJobGoesOn() throws IOException {
        assertThat(exportStatus).as("the export command sees the same failure").isEqualTo(1);
        JsonNode failed = report().get("failed");
        assertThat(failed).hasSize(1);
        List<Row> failures = table("failures").collectAsList();
        assertThat(summary.failures()).isEqualTo(1);
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getString(0)).startsWith("file:/").endsWith("/bad/scan.txt");
        assertThat(failures.get(0).getString(1)).isNotBlank().isEqualTo(failed.get(0).get("error").asString());
        assertThat(summary.firstFailures()).containsExactly(failures.get(0).getString(0) + ": " + failures.get(0).getString(1));
    }

    @Test
    void columnsHaveRealTypes() {
        assertThat(table("tasks").schema().apply("indicator_ids").dataType())
                .isEqualTo(DataTypes.createArrayType(DataTypes.StringType, true));
        assertThat(table("tasks").schema().apply("line").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(table("indicators").schema().apply("value").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(table("indicators").schema().apply("target_year").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(table("goals").schema().apply("indicator_ids").dataType())
                .isEqualTo(DataTypes.createArrayType(DataTypes.StringType, true));
        assertThat(table("documents").schema().apply("issue_date").dataType()).isEqualTo(DataTypes.DateType);
        assertThat(table("documents").schema().apply("bytes").dataType()).isEqualTo(DataTypes.LongType);
        assertThat(table("diagnostics").schema().apply("start").dataType()).isEqualTo(DataTypes.IntegerType);
    }

    private static Dataset<Row> table(String name) {
        return SharedSpark.session().read().parquet(parquet.resolve(name).toString());
    }

    private static JsonNode report() throws IOException {
        return JSON.readTree(csv.resolve("report.json").toFile());
    }

    private static List<Map<String, String>> csvRows(String table) {
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv.resolve("csv").resolve(table + ".csv").toFile())) {
            while (it.hasNext()) {
                Map<String, String> row = new LinkedHashMap<>(it.next());
                row.replaceAll((column, value) -> column.equals("value") || column.equals("upper_value")
                        ? (value.isEmpty() ? "" : new BigDecimal(value).stripTrailingZeros().toPlainString())
                        : value);
                rows.add(row);
            }
        }
        return rows;
    }

    /** A row as the CSV export writes its cells: null as empty, lists joined by spaces, plain numbers. */
    private static String render(Row row) {
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            cells.add(row.get(i));
        }
        return render(cells);
    }

    private static String render(List<?> cells) {
        List<String> out = new ArrayList<>();
        for (Object cell : cells) {
            if (cell == null) {
                out.add("");
            } else if (cell instanceof Double d) {
                out.add(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
            } else if (cell instanceof Seq<?> seq) {
                out.add(String.join(" ", CollectionConverters.asJava(seq).stream().map(Objects::toString).toList()));
            } else {
                out.add(cell.toString());
            }
        }
        return String.join("\u0001", out);
    }
}

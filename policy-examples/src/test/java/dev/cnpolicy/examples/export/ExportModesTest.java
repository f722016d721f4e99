package dev.cnpolicy.examples.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mode of the export writes JSON that the schema accepts and {@link PolicyJson#read} reads
 * back: the default, {@code --no-text} and {@code --keep-script}, on the seeds and on
 * {@code ../shared/corpus} when it is beside the clone.
 */
class ExportModesTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = PolicyDocument.class.getResourceAsStream("policy-document.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    static Stream<Arguments> runs() {
        return Stream.of("seeds", "corpus").flatMap(source -> Stream.of(
                Arguments.of(source, "default"), Arguments.of(source, "--no-text"), Arguments.of(source, "--keep-script")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void everyDocumentValidatesAgainstTheSchemaAndReadsBack(String source, String mode, @TempDir Path dir) throws IOException {
        Path in = source.equals("seeds") ? SEEDS : CORPUS;
        if (!Files.isDirectory(in)) {
            System.out.println("ExportModesTest: ../shared/corpus is not beside the clone; the corpus runs are skipped");
        }
        assumeTrue(Files.isDirectory(in), "../shared/corpus is not beside the clone");
        Path out = dir.resolve("out");
        List<String> args = mode.equals("default")
                ? List.of("--quiet", "--format", "json,jsonl", "--out", out.toString(), in.toString())
                : List.of("--quiet", mode, "--format", "json,jsonl", "--out", out.toString(), in.toString());

        assertThat(ExportCommand.run(args.toArray(String[]::new))).isZero();

        List<String> lines = Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8);
        List<Path> files;
        try (Stream<Path> json = Files.list(out.resolve("json"))) {
            files = json.sorted().toList();
        }
        assertThat(files).hasSameSizeAs(lines).isNotEmpty();
        for (Path file : files) {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(schema.validate(json, InputFormat.JSON)).as(file.toString()).isEmpty();
            PolicyDocument doc = PolicyJson.fromJson(json);
            assertThat(doc.textOmitted()).as(file.toString()).isEqualTo(mode.equals("--no-text"));
        }
        for (String line : lines) {
            assertThat(schema.validate(line, InputFormat.JSON)).isEmpty();
            assertThat(PolicyJson.fromJson(line).tasks()).isNotNull();
        }
    }
}

package dev.cnpolicy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.json.PolicyJson;
import dev.cnpolicy.parser.DocumentIds;
import dev.cnpolicy.parser.PolicyParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids from paths under the input root (folders, globs, single files), and the JSON Lines output
 * written by the parser's Jackson 3 inside Spark's tasks.
 */
class DocumentIdsAndFormatsTest {

    private static final Path SEED = Path.of("..", "seeds", "004_77ef637a5b3fa8c7.txt");

    @TempDir
    static Path temp;
    static Path crawl;

    @BeforeAll
    static void layOutACrawl() throws IOException {
        crawl = temp.resolve("crawl");
        byte[] text = Files.readAllBytes(SEED);
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>"
                + new String(text, StandardCharsets.UTF_8).replace("\n", "</p>\n<p>") + "</p></body></html>";
        for (String site : List.of("gov-a", "gov-b")) {
            Path dir = Files.createDirectories(crawl.resolve(site).resolve("2024"));
            Files.writeString(dir.resolve("index.html"), html, StandardCharsets.UTF_8);
        }
        Files.write(Files.createDirectories(crawl.resolve("notes")).resolve("规划 (终稿).TXT"), text);
        Files.writeString(crawl.resolve("notes").resolve("README.md"), "not a document", StandardCharsets.UTF_8);
    }

    @Test
    void twoIndexPagesInDifferentFoldersStayTwoDocuments() {
        assertThat(ids(crawl.toString())).containsExactlyInAnyOrder(
                "gov-a__2024__index", "gov-b__2024__index", "notes__规划__终稿_");
    }

    @Test
    void aGlobTakesItsRootFromTheFolderBeforeTheFirstGlobCharacter() {
        assertThat(ids(crawl + "/gov-*/2024/index.html"))
                .containsExactlyInAnyOrder("gov-a__2024__index", "gov-b__2024__index");
    }

    @Test
    void aFileGivenByNameKeepsItsFileNameAsIdWhateverItsExtension() {
        assertThat(ids(crawl.resolve("notes").resolve("README.md").toString())).containsExactly("README");
        assertThat(ids(crawl.resolve("gov-a").resolve("2024").resolve("index.html").toString()))
                .containsExactly(DocumentIds.of(crawl.resolve("gov-a/2024"), crawl.resolve("gov-a/2024/index.html")));
    }

    @Test
    void jsonLinesHoldTheFullDocumentsThatReadBack() throws IOException {
        Path out = temp.resolve("jsonl-out");
        PolicyExportJob.Summary summary = PolicyExportJob.export(SharedSpark.session(), List.of(crawl.toString()),
                out.toString(), EnumSet.of(PolicyExportJob.Format.JSONL));
        assertThat(summary.documents()).isEqualTo(3);
        assertThat(out.resolve("tasks")).doesNotExist();
        assertThat(SharedSpark.session().conf().contains("spark.sql.files.openCostInBytes"))
                .as("the job's partitioning setting does not outlive the run").isFalse();
        List<PolicyDocument> docs = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("jsonl"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    docs.add(PolicyJson.fromJson(line));
                }
            }
        }
        assertThat(docs).extracting(PolicyDocument::id)
                .containsExactlyInAnyOrder("gov-a__2024__index", "gov-b__2024__index", "notes__规划__终稿_");
        PolicyDocument direct = PolicyParser.create().parse(SEED);
        PolicyDocument notes = docs.stream().filter(d -> d.id().startsWith("notes")).findFirst().orElseThrow();
        assertThat(notes.tasks()).isEqualTo(direct.tasks());
        assertThat(notes.source().name()).isEqualTo("规划 (终稿).TXT");
        assertThat(docs).filteredOn(d -> d.source().name().equals("index.html")).hasSize(2)
                .allSatisfy(d -> assertThat(d.tasks()).isNotEmpty());
    }

    @Test
    void aFileOverTheSizeLimitIsAFailureNamingItsSize() throws IOException {
        long limit = Files.size(SEED);
        long html = Files.size(crawl.resolve("gov-a/2024/index.html"));
        List<Row> rows = PolicyExportJob.parse(SharedSpark.session(), List.of(crawl.toString()), false, limit)
                .collectAsList();
        assertThat(rows).hasSize(3);
        assertThat(rows).filteredOn(r -> !r.isNullAt(r.fieldIndex("documents")))
                .extracting(r -> r.getStruct(r.fieldIndex("documents")).getString(0))
                .containsExactly("notes__规划__终稿_");
        assertThat(rows).filteredOn(r -> !r.isNullAt(r.fieldIndex("failures")))
                .extracting(r -> r.getStruct(r.fieldIndex("failures")).getString(1))
                .containsExactly("too large: " + html + " bytes, the limit is " + limit,
                        "too large: " + html + " bytes, the limit is " + limit);
    }

    @Test
    void anInputThatNamesNothingIsAUsageErrorNamingIt() {
        String missing = temp.resolve("no-such-folder").toString();
        assertThatThrownBy(() -> PolicyExportJob.export(SharedSpark.session(), List.of(missing),
                temp.resolve("x").toString(), EnumSet.of(PolicyExportJob.Format.PARQUET)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no such file or folder: " + missing);
        assertThatThrownBy(() -> PolicyExportJob.export(SharedSpark.session(), List.of(crawl + "/*/nothing-*.txt"),
                temp.resolve("x").toString(), EnumSet.of(PolicyExportJob.Format.PARQUET)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no file matches: ");
    }

    private static List<String> ids(String input) {
        return Table.DOCUMENTS.rows(PolicyExportJob.parse(SharedSpark.session(), List.of(input), false))
                .select("document_id").collectAsList().stream().map(r -> r.getString(0)).toList();
    }
}

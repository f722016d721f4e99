package dev.cnpolicy.parser.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.json.PolicyJson;
import dev.cnpolicy.parser.PolicyParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corpus score as part of the build: parses every document of {@code ../shared/corpus}, scores
 * it against {@code corpus/gold} with the rules of {@code shared/tools/score.py}, prints the same
 * row per document, and fails when an F1 falls below the floor in {@code corpus-score-floor.properties}.
 */
class CorpusScoreTest {

    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void corpusScoreStaysAboveTheRecordedFloor() throws IOException {
        boolean present = Files.isDirectory(CORPUS.resolve("gold"));
        if (!present) {
            System.out.println("CorpusScoreTest skipped: " + CORPUS.toAbsolutePath().normalize()
                    + " (../shared/corpus with its gold) is not beside the clone");
        }
        assumeTrue(present, "skipped: ../shared/corpus/gold is not beside the clone");
        PolicyParser parser = PolicyParser.create();
        CorpusScore score = new CorpusScore();
        List<Path> golds;
        try (Stream<Path> files = Files.list(CORPUS.resolve("gold"))) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path goldFile : golds) {
            JsonNode gold = JSON.readTree(goldFile.toFile());
            String file = gold.get("file").asString();
            PolicyDocument doc = parser.parse(CORPUS.resolve(file));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PolicyJson.write(doc, bytes);
            score.add(doc.id(), gold, JSON.readTree(bytes.toByteArray()));
        }
        score.rows().forEach(r -> System.out.println(r.format()));
        System.out.println(score.summary());

        Properties floor = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/corpus-score-floor.properties")) {
            floor.load(in);
        }
        assertThat(score.tasksF1()).as("tasks F1").isGreaterThanOrEqualTo(floorOf(floor, "tasks"));
        assertThat(score.assignmentsF1()).as("assignments F1").isGreaterThanOrEqualTo(floorOf(floor, "assignments"));
        assertThat(score.indicatorsF1()).as("indicators F1").isGreaterThanOrEqualTo(floorOf(floor, "indicators"));
        assertThat(score.comparatorAccuracy()).as("comparator accuracy")
                .isGreaterThanOrEqualTo(floorOf(floor, "comparators"));
    }

    private static double floorOf(Properties floor, String key) {
        return Double.parseDouble(floor.getProperty(key)) - 0.005; // the floor is written rounded to two places
    }
}

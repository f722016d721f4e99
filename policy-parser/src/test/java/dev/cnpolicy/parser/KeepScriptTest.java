package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.PolicyDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeping the original script changes only the text given back: the same tasks, assignments,
 * indicators, goals and sections are extracted with and without it, and their spans point at the
 * same places of the text given back (same length, same lines). Runs on the seeds and, when it is
 * beside the clone, on {@code ../shared/corpus}, whose traditional-script documents matter most.
 */
class KeepScriptTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    private static final PolicyParser SIMPLIFIED = PolicyParser.create();
    private static final PolicyParser KEEP = PolicyParser.builder().keepOriginalScript(true).build();

    static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>(list(SEEDS));
        if (Files.isDirectory(CORPUS)) {
            files.addAll(list(CORPUS));
        } else {
            System.out.println("KeepScriptTest: ../shared/corpus is not beside the clone; only the seeds are compared");
        }
        return files;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void extractsTheSameFactsWithOrWithoutTheOriginalScript(Path file) {
        PolicyDocument simplified = SIMPLIFIED.parse(file);
        PolicyDocument kept = KEEP.parse(file);

        assertThat(kept.tasks()).isEqualTo(simplified.tasks());
        assertThat(kept.indicators()).isEqualTo(simplified.indicators());
        assertThat(kept.goals()).isEqualTo(simplified.goals());
        assertThat(kept.sections()).isEqualTo(simplified.sections());
        assertThat(kept.metadata()).isEqualTo(simplified.metadata());
        assertThat(kept.text()).hasSameSizeAs(simplified.text());
        assertThat(kept.text().codePointCount(0, kept.text().length()))
                .isEqualTo(simplified.text().codePointCount(0, simplified.text().length()));
        assertThat(kept.text().lines().map(String::length).toList())
                .isEqualTo(simplified.text().lines().map(String::length).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void givesBackTheInputsScript(Path file) {
        PolicyDocument kept = KEEP.parse(file);
        PolicyDocument simplified = SIMPLIFIED.parse(file);

        if (kept.source().script() == dev.cnpolicy.model.Script.SIMPLIFIED) {
            assertThat(kept.text()).isEqualTo(simplified.text());
        } else {
            assertThat(kept.text()).isNotEqualTo(simplified.text());
            assertThat(kept.source().repairs()).noneMatch(r -> r.kind().equals("TRADITIONAL_TO_SIMPLIFIED"));
        }
    }
}

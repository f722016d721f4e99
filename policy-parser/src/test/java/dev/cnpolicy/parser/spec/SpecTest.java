package dev.cnpolicy.parser.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every literate spec in {@code src/test/resources/spec} through the public parser. A spec's
 * first line names its harness ({@code <!-- harness: indicator -->}, see {@link Harnesses}), so a
 * new spec file needs no new Java. Each example becomes a test named like
 * {@code responsibility.spec.md §3 example 2 (Labels)}.
 */
class SpecTest {

    @TestFactory
    Stream<DynamicContainer> specs() {
        List<String> files = SpecFile.all();
        assertThat(files).as("spec files in /spec").isNotEmpty();
        return files.stream().map(SpecTest::run);
    }

    private static DynamicContainer run(String file) {
        SpecFile spec = SpecFile.read(file);
        Harnesses.Harness harness = Harnesses.named(spec.harness(), file);
        return DynamicContainer.dynamicContainer(file, spec.examples().stream().map(example ->
                DynamicTest.dynamicTest(example.toString(), () -> assertThat(
                        comparable(harness.facts(example.input()), example.expected()))
                        .as(example + ": " + example.input())
                        .containsExactlyElementsOf(example.expected()))));
    }

    /**
     * The facts as the example states them: a fact line of {@code a | b | c | d} is cut to as many
     * fields as the expected line at its position has, so that an example may leave out the
     * trailing fields it does not care about.
     */
    private static List<String> comparable(List<String> facts, List<String> expected) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            String fact = facts.get(i);
            if (i < expected.size()) {
                int fields = expected.get(i).split(" \\| ", -1).length;
                String[] parts = fact.split(" \\| ", -1);
                if (parts.length > fields) {
                    fact = String.join(" | ", List.of(parts).subList(0, fields));
                }
            }
            out.add(fact);
        }
        return out;
    }
}

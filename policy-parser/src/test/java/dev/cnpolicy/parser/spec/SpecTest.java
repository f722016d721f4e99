package dev.cnpolicy.parser.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Responsibility;
import dev.cnpolicy.parser.PolicyParser;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the literate specs through the public parser: each example becomes a test named like
 * {@code responsibility.spec.md §3 example 2 (Labels)}.
 */
class SpecTest {

    private static final PolicyParser PARSER = PolicyParser.create();

    @TestFactory
    Stream<DynamicTest> responsibilitySpec() {
        return run("responsibility.spec.md", input -> {
            // the clause closes a made-up task, as it would in a document
            PolicyDocument doc = PARSER.parse("spec", "一、重点任务\n1.推进某项工作。（" + unbracketed(input) + "）");
            Responsibility r = doc.tasks().isEmpty() ? null : doc.tasks().get(0).responsibility();
            return r == null ? List.of() : r.assignments().stream()
                    .map(a -> a.department().name() + "/" + a.role()).toList();
        });
    }

    @TestFactory
    Stream<DynamicTest> indicatorSpec() {
        return run("indicators.spec.md", input -> {
            PolicyDocument doc = PARSER.parse("spec", "一、重点任务\n1.推进某项工作。" + input + "。");
            return doc.indicators().stream().map(SpecTest::describe).toList();
        });
    }

    private static Stream<DynamicTest> run(String file, Function<String, List<String>> actual) {
        return SpecFile.read(file).stream().map(example -> DynamicTest.dynamicTest(example.toString(),
                () -> assertThat(actual.apply(example.input())).as(example.toString() + ": " + example.input())
                        .containsExactlyElementsOf(example.expected())));
    }

    private static String describe(Indicator i) {
        return i.metric() + " | " + i.comparator() + " | " + i.value().stripTrailingZeros().toPlainString() + " | "
                + i.unit() + " | " + i.kind();
    }

    private static String unbracketed(String clause) {
        String t = clause.strip();
        if ((t.startsWith("（") || t.startsWith("(") || t.startsWith("〔")) && t.length() > 2) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}

package dev.cnpolicy.parser.spec;

import dev.cnpolicy.model.DocumentMetadata;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Responsibility;
import dev.cnpolicy.model.Section;
import dev.cnpolicy.parser.PolicyParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The harnesses a spec file can name on its first line: each turns an example's input into the
 * fact lines the example expects, through the public parser only.
 */
final class Harnesses {

    /** Turns an example's input into fact lines. */
    interface Harness {
        List<String> facts(String input);
    }

    private static final PolicyParser PARSER = PolicyParser.create();

    private static final Map<String, Harness> HARNESSES = Map.of(
            "clause", Harnesses::clause,
            "indicator", Harnesses::indicators,
            "outline", Harnesses::outline,
            "metadata", Harnesses::metadata,
            "text", Harnesses::text);

    private Harnesses() {
    }

    static Harness named(String name, String file) {
        Harness harness = HARNESSES.get(name);
        if (harness == null) {
            throw new IllegalStateException(file + ": unknown harness '" + name + "'; known: " + HARNESSES.keySet());
        }
        return harness;
    }

    /** {@code name/ROLE} of each department the clause names; the clause closes a made-up task. */
    private static List<String> clause(String input) {
        PolicyDocument doc = PARSER.parse("spec", "一、重点任务\n1.推进某项工作。（" + unbracketed(input) + "）");
        Responsibility r = doc.tasks().isEmpty() ? null : doc.tasks().get(0).responsibility();
        return r == null ? List.of() : r.assignments().stream()
                .map(a -> a.department().name() + "/" + a.role()).toList();
    }

    /**
     * {@code metric | comparator | value | unit | kind | upper | target year} of each indicator of a
     * sentence in a made-up task of a plan for 2024–2026 ({@code -} for no upper value or year).
     */
    private static List<String> indicators(String input) {
        PolicyDocument doc = PARSER.parse("spec", "某市某某行动方案（2024—2026年）\n一、重点任务\n1.推进某项工作。" + input + "。");
        return doc.indicators().stream().map(Harnesses::describe).toList();
    }

    /** {@code number | level | heading} of each section, depth first. */
    private static List<String> outline(String input) {
        List<String> out = new ArrayList<>();
        PARSER.parse("spec", input).sections().forEach(s -> addSection(s, out));
        return out;
    }

    private static void addSection(Section s, List<String> out) {
        out.add(s.number() + " | " + s.level() + " | " + s.heading());
        s.children().forEach(c -> addSection(c, out));
    }

    /** {@code field: value} for the title, kind, 文号, issue date and period, each when present. */
    private static List<String> metadata(String input) {
        DocumentMetadata m = PARSER.parse("spec", input).metadata();
        List<String> out = new ArrayList<>();
        out.add("title: " + m.title());
        out.add("kind: " + m.kind());
        if (m.documentNumber() != null) {
            out.add("number: " + m.documentNumber().text());
        }
        if (m.issueDate() != null) {
            out.add("issued: " + m.issueDate());
        }
        if (m.period() != null) {
            out.add("period: " + m.period().startYear() + "-" + m.period().endYear());
        }
        return out;
    }

    /** The lines of the normalised text. */
    private static List<String> text(String input) {
        return List.of(PARSER.normalize("spec", input.getBytes(StandardCharsets.UTF_8)).split("\n", -1));
    }

    private static String describe(Indicator i) {
        return i.metric() + " | " + i.comparator() + " | " + plain(i.value()) + " | " + i.unit() + " | " + i.kind()
                + " | " + (i.upperValue() == null ? "-" : plain(i.upperValue()))
                + " | " + (i.targetYear() == null ? "-" : i.targetYear());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String unbracketed(String clause) {
        String t = clause.strip();
        if ((t.startsWith("（") || t.startsWith("(") || t.startsWith("〔")) && t.length() > 2) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}

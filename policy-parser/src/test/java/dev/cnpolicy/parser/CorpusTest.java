package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Role;
import dev.cnpolicy.model.Script;
import dev.cnpolicy.model.validation.PolicyValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real documents beyond the seeds, read in place from {@code ../shared/corpus} (beside the clone);
 * skipped with a message where that folder is absent. Expectations are hand-checked against the files.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    private static final PolicyParser PARSER = PolicyParser.create();

    @BeforeEach // per test, so that each one is reported as skipped with the reason
    void corpusPresent() {
        assumeTrue(Files.isDirectory(CORPUS), "skipped: ../shared/corpus is not beside the clone");
    }

    static PolicyDocument parse(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return PARSER.parse(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    @Test
    void everyCorpusFileParsesAndValidates() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                assertThat(PolicyValidator.validate(PARSER.parse(f))).as(f.toString()).isEmpty();
            }
        }
    }

    @Test
    void ownLineLeadAndResponsibleLabelsAreRead() throws IOException {
        PolicyDocument doc = parse("01_");
        assertThat(doc.tasks()).isNotEmpty();
        var first = doc.tasks().get(0).responsibility();
        assertThat(first).isNotNull();
        assertThat(first.departments(Role.LEAD)).extracting(o -> o.name()).containsExactly("区发改局");
        assertThat(first.departments(Role.RESPONSIBLE)).isNotEmpty();
    }

    @Test
    void tortoiseShellClauseWithLeadAndSupportIsRead() throws IOException {
        PolicyDocument doc = parse("03_");
        assertThat(doc.tasks()).anySatisfy(t -> {
            assertThat(t.responsibility()).isNotNull();
            // the item has a clause after each of its two paragraphs; 市场监管局 shares the 市 of the list
            assertThat(t.responsibility().departments(Role.LEAD)).extracting(o -> o.name())
                    .containsExactly("市生态环境局", "市市场监管局");
            assertThat(t.responsibility().departments(Role.SUPPORT)).extracting(o -> o.name())
                    .contains("市发展和改革局", "市工业和信息化局", "市自然资源局");
        });
    }

    @Test
    void traditionalPagesWithPinyinAndMojibakeComeOutSimplified() throws IOException {
        PolicyDocument pinyin = parse("09_");
        assertThat(pinyin.source().script()).isNotEqualTo(Script.SIMPLIFIED);
        assertThat(pinyin.text()).doesNotContain("(xīn)");
        PolicyDocument mojibake = parse("10_");
        assertThat(mojibake.text()).contains("（一）").doesNotContain("?。ㄒ");
    }
}

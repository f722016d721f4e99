package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cnpolicy.model.DocumentKind;
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

    @Test
    void aTableFlattenedToOneCellPerLineGivesATaskPerRow() throws IOException {
        PolicyDocument doc = parse("05_");
        assertThat(doc.metadata().kind()).isEqualTo(DocumentKind.TASK_DIVISION);
        assertThat(doc.metadata().region()).isEqualTo("嵊泗县");
        assertThat(doc.tasks()).hasSize(14);
        var first = doc.tasks().get(0);
        assertThat(first.title()).isEqualTo("确保粮食和重要农产品有效供给");
        // the third department cell is the scoring department (评分部门), which holds no responsibility
        assertThat(first.responsibility().departments(Role.RESPONSIBLE)).extracting(o -> o.name())
                .containsExactly("县海洋与渔业局", "县农业农村局");
    }

    @Test
    void aClauseCutOffByTheFragmentKeepsItsCompleteNames() throws IOException {
        PolicyDocument doc = parse("02_");
        assertThat(doc.metadata().kind()).isEqualTo(DocumentKind.WORK_POINTS);
        assertThat(doc.metadata().title()).isEqualTo("河池市2024年优化营商环境工作要点");
        var clause = doc.tasks().get(0).responsibility();
        assertThat(clause.departments(Role.LEAD)).extracting(o -> o.name())
                .containsExactly("市市场监管局", "市发展改革委", "市大数据发展局", "市人力资源社会保障局");
        assertThat(clause.departments(Role.SUPPORT)).extracting(o -> o.name())
                .contains("河池海关", "河池税务局").doesNotContain("市河池税务局");
        assertThat(doc.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("RESPONSIBILITY_TRUNCATED"));
    }

    @Test
    void listedValuesShareTheirMetricAndAStandingNoteReachesLaterTasks() throws IOException {
        PolicyDocument doc = parse("03_");
        assertThat(doc.indicators()).filteredOn(i -> i.baseYear() != null && i.baseYear() == 2015)
                .extracting(i -> i.value().toPlainString()).containsExactly("15", "10", "26");
        // the text is cut inside task 2's clause: the names before the cut are read, 牵头督导 leads
        assertThat(doc.tasks().get(1).responsibility().departments(Role.LEAD)).extracting(o -> o.name())
                .containsExactly("市生态环境局", "市发展和改革局", "市工业和信息化局");
        assertThat(doc.tasks().get(1).responsibility().departments(Role.RESPONSIBLE)).extracting(o -> o.name())
                .contains("市应急管理局").endsWith("各县人民政府（管委会）", "各区人民政府（管委会）");
    }

    @Test
    void addresseesShareTheirTrailingWordsAndChangesKeepTheirBaseYear() throws IOException {
        PolicyDocument doc = parse("11_");
        assertThat(doc.metadata().recipients()).extracting(o -> o.name())
                .containsExactly("各市人民政府", "各州人民政府", "各县人民政府", "省政府各部门");
        assertThat(doc.indicators().get(0).metric()).isEqualTo("全省可吸入颗粒物年均浓度");
        assertThat(doc.indicators().get(0).baseYear()).isEqualTo(2012);
    }
}

package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.Comparator;
import dev.cnpolicy.model.DocumentKind;
import dev.cnpolicy.model.Goal;
import dev.cnpolicy.model.GoalKind;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.IndicatorKind;
import dev.cnpolicy.model.Organization;
import dev.cnpolicy.model.OrganizationKind;
import dev.cnpolicy.model.PlanPeriod;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Role;
import dev.cnpolicy.model.Script;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.model.TaskCategory;
import dev.cnpolicy.model.validation.PolicyValidator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Hand-checked facts of the five seed documents. */
class SeedGoldenTest {

    private static final PolicyParser PARSER = PolicyParser.create();
    private static final Map<String, PolicyDocument> CACHE = new ConcurrentHashMap<>();

    static PolicyDocument seed(String prefix) {
        return CACHE.computeIfAbsent(prefix, p -> {
            Path dir = Path.of("..", "seeds");
            try (var files = java.nio.file.Files.list(dir)) {
                return PARSER.parse(files.filter(f -> f.getFileName().toString().startsWith(p)).findFirst().orElseThrow());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void everySeedValidatesClean() {
        for (String p : List.of("000", "001", "002", "003", "004")) {
            assertThat(PolicyValidator.validate(seed(p))).as(p).isEmpty();
        }
    }

    @Test
    void seed000IsRepairedSimplifiedAndHas16ResponsibleTasks() {
        PolicyDocument doc = seed("000");
        assertThat(doc.source().script()).isEqualTo(Script.TRADITIONAL);
        assertThat(doc.text()).doesNotContain("彩≈", "(yōu)", "知識")
                .contains("（二）加强协同配合", "（三）加强监督指导", "（四）加强宣传推介");
        assertThat(doc.text().chars().filter(c -> c >= 0xE000 && c <= 0xF8FF)).isEmpty();
        assertThat(doc.text().split("〔省知识产权局", -1)).hasSize(17);
        assertThat(doc.metadata().issueDate()).isEqualTo(LocalDate.of(2023, 10, 7));
        assertThat(doc.metadata().region()).isEqualTo("黑龙江省");
        assertThat(doc.sections()).hasSize(3);
        assertThat(count(doc, TaskCategory.KEY_TASK)).isEqualTo(16);
        assertThat(count(doc, TaskCategory.SAFEGUARD)).isEqualTo(4);
        List<Task> key = doc.tasks().stream().filter(t -> t.category() == TaskCategory.KEY_TASK).toList();
        assertThat(key).allSatisfy(t -> assertThat(names(t, Role.RESPONSIBLE)).contains("省知识产权局"));
        assertThat(names(key.get(0), Role.RESPONSIBLE)).containsExactly("省知识产权局");
        assertThat(key.subList(1, 16)).allSatisfy(t ->
                assertThat(names(t, Role.RESPONSIBLE)).contains("各市（地）知识产权工作专班"));
    }

    @Test
    void seed001HasPeriodPhasesGoalsIndicatorsAndReferences() {
        PolicyDocument doc = seed("001");
        assertThat(doc.metadata().title()).isEqualTo("哈尔滨市推进国家知识产权示范城市工作实施方案");
        assertThat(doc.metadata().kind()).isEqualTo(DocumentKind.IMPLEMENTATION_PLAN);
        assertThat(doc.metadata().region()).isEqualTo("哈尔滨市");
        assertThat(doc.metadata().period()).isEqualTo(new PlanPeriod(2016, 2018));
        assertThat(doc.references().stream().filter(r -> r.documentNumber() != null)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(count(doc, TaskCategory.KEY_TASK)).isEqualTo(12);
        assertThat(count(doc, TaskCategory.SAFEGUARD)).isEqualTo(5);
        assertThat(doc.phases()).extracting(p -> p.start() + ".." + p.end()).containsExactly(
                "2016-02..2016-08", "2016-09..2016-12", "2017-01..2018-03", "2018-04..2019-02");
        assertThat(doc.phases().get(0).name()).isEqualTo("启动宣传阶段");
        assertThat(doc.goals().stream().filter(g -> g.kind() == GoalKind.SPECIFIC)).hasSize(5);
        assertThat(doc.indicators()).anySatisfy(i -> is(i, Comparator.AT_LEAST, "10", "%", IndicatorKind.GROWTH_RATE))
                .anySatisfy(i -> is(i, Comparator.AT_LEAST, "13", "件", IndicatorKind.LEVEL))
                .anySatisfy(i -> is(i, Comparator.AT_LEAST, "5000000", "元", IndicatorKind.LEVEL))
                .anySatisfy(i -> is(i, Comparator.MORE_THAN, "20", "%", IndicatorKind.GROWTH_RATE))
                .anySatisfy(i -> is(i, Comparator.AT_LEAST, "90", "%", IndicatorKind.SHARE))
                .anySatisfy(i -> is(i, Comparator.AT_LEAST, "80", "家", IndicatorKind.LEVEL))
                .anySatisfy(i -> {
                    assertThat(i.comparator()).isEqualTo(Comparator.BETWEEN);
                    assertThat(i.value()).isEqualByComparingTo("20");
                    assertThat(i.upperValue()).isEqualByComparingTo("30");
                    assertThat(i.unit()).isEqualTo("家");
                });
    }

    @Test
    void seed002HasNumberIssuersDatesAndAnOverallGoalWithoutIndicators() {
        PolicyDocument doc = seed("002");
        var number = doc.metadata().documentNumber();
        assertThat(number.text()).isEqualTo("黔知办发〔2023〕11号");
        assertThat(number.issuerCode()).isEqualTo("黔知办发");
        assertThat(number.year()).isEqualTo(2023);
        assertThat(number.serial()).isEqualTo(11);
        assertThat(doc.metadata().issuers()).hasSize(15);
        assertThat(doc.metadata().issueDate()).isEqualTo(LocalDate.of(2023, 11, 6));
        assertThat(doc.metadata().indexNumber()).isEqualTo("000014349/2023-3645961");
        assertThat(doc.metadata().kind()).isEqualTo(DocumentKind.OPINIONS);
        assertThat(doc.metadata().region()).isEqualTo("贵州省");
        assertThat(doc.references()).filteredOn(r -> r.documentNumber() != null)
                .anySatisfy(r -> assertThat(r.documentNumber().text()).isEqualTo("国知发运字〔2022〕47号"));
        assertThat(doc.tasks()).extracting(Task::number).startsWith("（三）").contains("（十四）");
        assertThat(count(doc, TaskCategory.KEY_TASK)).isEqualTo(12);
        assertThat(count(doc, TaskCategory.SAFEGUARD)).isEqualTo(4);
        Goal overall = doc.goals().stream().filter(g -> g.kind() == GoalKind.OVERALL).findFirst().orElseThrow();
        assertThat(overall.targetYear()).isEqualTo(2030);
        assertThat(overall.indicatorIds()).isEmpty();
    }

    @Test
    void seed003HasFiveGoalIndicatorsAndSeparateProtectionCentres() {
        PolicyDocument doc = seed("003");
        assertThat(doc.metadata().title()).isEqualTo("加快知识产权高质量发展 助力全面振兴新突破三年行动方案（2023—2025年）");
        assertThat(doc.metadata().kind()).isEqualTo(DocumentKind.ACTION_PLAN);
        assertThat(doc.metadata().period()).isEqualTo(new PlanPeriod(2023, 2025));
        assertThat(doc.metadata().issueDate()).isEqualTo(LocalDate.of(2023, 3, 9));
        assertThat(doc.metadata().region()).isEqualTo("辽宁省");
        assertThat(count(doc, TaskCategory.KEY_TASK)).isEqualTo(20);
        assertThat(count(doc, TaskCategory.SAFEGUARD)).isEqualTo(4);
        assertThat(doc.tasks().stream().filter(t -> t.category() == TaskCategory.KEY_TASK))
                .allSatisfy(t -> assertThat(t.responsibility()).isNotNull());
        Goal overall = doc.goals().stream().filter(g -> g.kind() == GoalKind.OVERALL).findFirst().orElseThrow();
        List<Indicator> goalIndicators = overall.indicatorIds().stream().map(id -> doc.indicator(id).orElseThrow()).toList();
        assertThat(goalIndicators).extracting(Indicator::metric).containsExactly(
                "每万人口高价值发明专利拥有量", "海外发明专利授权量", "专利密集型产业增加值占GDP比重", "专利转让、许可数量", "商标有效注册量");
        assertThat(goalIndicators).allSatisfy(i -> assertThat(i.targetYear()).isEqualTo(2025));
        assertThat(goalIndicators.get(4).value()).isEqualByComparingTo("850000");
        assertThat(doc.indicators().size() - goalIndicators.size()).isGreaterThanOrEqualTo(12);
        assertThat(doc.indicators()).anySatisfy(i -> is(i, Comparator.EXACTLY, "100", "家", IndicatorKind.LEVEL))
                .anySatisfy(i -> assertThat(i.metric()).isEqualTo("全省覆盖率"));
        Task centres = doc.tasks().stream().filter(t -> t.id().equals("t2.2.2")).findFirst().orElseThrow();
        assertThat(names(centres, Role.RESPONSIBLE)).contains("辽宁保护中心", "沈阳保护中心", "大连保护中心");
        assertThat(centres.responsibility().assignments().get(0).department().kind()).isEqualTo(OrganizationKind.INTERNAL_UNIT);
    }

    @Test
    void seed004HasSixtyTasksWithRolesAndQualifiedNames() {
        PolicyDocument doc = seed("004");
        assertThat(doc.metadata().kind()).isEqualTo(DocumentKind.TASK_DIVISION);
        assertThat(doc.metadata().issueDate()).isEqualTo(LocalDate.of(2016, 10, 11));
        assertThat(doc.sections()).hasSize(6);
        assertThat(count(doc, TaskCategory.KEY_TASK)).isEqualTo(53);
        assertThat(count(doc, TaskCategory.SAFEGUARD)).isEqualTo(7);
        assertThat(doc.tasks()).allSatisfy(t -> assertThat(t.responsibility()).isNotNull());
        Task t5 = task(doc, "5.");
        assertThat(names(t5, Role.LEAD)).containsExactly("省委组织部");
        assertThat(names(t5, Role.SUPPORT)).containsExactly("省知识产权局", "省工商局", "省新闻出版广电局");
        assertThat(names(task(doc, "2."), Role.RESPONSIBLE)).containsExactly("省编办", "省知识产权局", "省工商局", "省新闻出版广电局");
        Task t25 = task(doc, "25.");
        assertThat(names(t25, Role.LEAD)).containsExactly("哈尔滨海关");
        assertThat(names(t25, Role.RESPONSIBLE)).containsExactly("省公安厅");
        assertThat(names(task(doc, "20."), Role.RESPONSIBLE).stream().filter("省商务厅"::equals)).hasSize(1);
        Organization ip = t5.responsibility().assignments().get(1).department();
        assertThat(ip.qualifiedName()).isEqualTo("黑龙江省知识产权局");
        Indicator seeds = doc.indicators().stream().filter(i -> i.unit().equals("个")).findFirst().orElseThrow();
        assertThat(seeds.comparator()).isEqualTo(Comparator.APPROXIMATELY);
        assertThat(seeds.value()).isEqualByComparingTo("100");
    }

    @Test
    void noIndicatorIsAYearDocumentNumberOrSectionNumber() {
        for (String p : List.of("000", "001", "002", "003", "004")) {
            assertThat(seed(p).indicators()).as(p).allSatisfy(i -> {
                assertThat(i.value().compareTo(BigDecimal.valueOf(1900)) >= 0 && i.value().compareTo(BigDecimal.valueOf(2100)) <= 0
                        && i.unit().equals("年")).isFalse();
                assertThat(i.text()).doesNotContain("〔");
            });
        }
    }

    private static Task task(PolicyDocument doc, String number) {
        return doc.tasks().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }

    private static long count(PolicyDocument doc, TaskCategory category) {
        return doc.tasks().stream().filter(t -> t.category() == category).count();
    }

    private static List<String> names(Task task, Role role) {
        return task.responsibility() == null ? List.of()
                : task.responsibility().departments(role).stream().map(Organization::name).toList();
    }

    private static void is(Indicator i, Comparator comparator, String value, String unit, IndicatorKind kind) {
        assertThat(i.comparator()).isEqualTo(comparator);
        assertThat(i.value()).isEqualByComparingTo(value);
        assertThat(i.unit()).isEqualTo(unit);
        assertThat(i.kind()).isEqualTo(kind);
    }
}

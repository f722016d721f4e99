package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.Organization;
import dev.cnpolicy.model.OrganizationKind;
import dev.cnpolicy.model.PolicyDocument;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Made-up plans from three provinces and the State Council that write the same bodies in different
 * forms: each body has one official name and the right kind, whichever document names it.
 */
class OfficialNamesTest {

    private static final PolicyParser PARSER = PolicyParser.create();

    private static final PolicyDocument HEILONGJIANG = PARSER.parse("hlj", String.join("\n",
            "黑龙江省稳就业促创业行动方案",
            "一、重点任务",
            "（一）扩大就业岗位。新增城镇就业30万人以上。（省人社厅牵头，省发改委、省财政厅、哈尔滨海关配合）",
            "（二）支持返乡创业。（省人力资源和社会保障厅、省发展和改革委员会负责）",
            "（三）规范市场秩序。（省市场监管局牵头，国家发展改革委、省工商局配合）",
            "黑龙江省人民政府办公厅",
            "2016年3月1日"));
    private static final PolicyDocument LIAONING = PARSER.parse("ln", String.join("\n",
            "辽宁省知识产权保护行动方案",
            "一、重点任务",
            "（一）加强快速维权。（辽宁、沈阳、大连保护中心负责）",
            "（二）开展专项执法。（省人力资源社会保障厅牵头，沈阳局、大连局、省市场监督管理局配合）",
            "（三）强化协同。（省委宣传部、省委网信办负责）",
            "辽宁省知识产权局",
            "2024年4月1日"));
    private static final PolicyDocument GUIZHOU = PARSER.parse("gz", String.join("\n",
            "贵州省营商环境优化实施方案",
            "一、重点任务",
            "（一）优化审批服务。（省人社厅、省市场监督管理局负责）",
            "（二）降低制度成本。（发改委牵头，财政厅、贵阳市人社局配合）",
            "贵州省人民政府办公厅",
            "2024年5月1日"));
    private static final PolicyDocument STATE_COUNCIL = PARSER.parse("gwy", String.join("\n",
            "国务院办公厅关于进一步稳就业的意见",
            "一、重点任务",
            "（一）扩大就业容量。（发展改革委、人力资源社会保障部、财政部按职责分工负责）",
            "（二）加大金融支持。（国家发展改革委牵头，人社部、市场监管总局、银保监会、海关总署参与）",
            "（三）做好托底帮扶。（发改委、工信部、体育总局负责）",
            "国务院办公厅",
            "2024年6月1日"));

    @Test
    void everyFormOfABodyHasOneOfficialName() {
        Map<String, Set<String>> formsByOfficialName = new TreeMap<>();
        for (Organization o : departments(HEILONGJIANG, LIAONING, GUIZHOU, STATE_COUNCIL)) {
            formsByOfficialName.computeIfAbsent(o.officialName(), k -> new TreeSet<>()).add(o.name());
        }
        assertThat(formsByOfficialName)
                .containsEntry("国家发展和改革委员会", Set.of("发展改革委", "国家发展改革委", "发改委"))
                .containsEntry("人力资源和社会保障部", Set.of("人力资源社会保障部", "人社部"))
                .containsEntry("黑龙江省人力资源和社会保障厅", Set.of("省人社厅", "省人力资源和社会保障厅"))
                .containsEntry("黑龙江省发展和改革委员会", Set.of("省发改委", "省发展和改革委员会"))
                .containsEntry("黑龙江省市场监督管理局", Set.of("省市场监管局"))
                .containsEntry("辽宁省人力资源和社会保障厅", Set.of("省人力资源社会保障厅"))
                .containsEntry("贵州省人力资源和社会保障厅", Set.of("省人社厅"))
                .containsEntry("贵州省发展和改革委员会", Set.of("发改委"))
                .containsEntry("贵州省财政厅", Set.of("财政厅"))
                .containsEntry("贵阳市人力资源和社会保障局", Set.of("贵阳市人社局"))
                .containsEntry("国家市场监督管理总局", Set.of("市场监管总局"))
                .containsEntry("中国银行保险监督管理委员会", Set.of("银保监会"))
                .containsEntry("国家体育总局", Set.of("体育总局"))
                .containsEntry("工业和信息化部", Set.of("工信部"))
                .containsEntry("中共辽宁省委网络安全和信息化委员会办公室", Set.of("省委网信办"));
    }

    @Test
    void aRenamedBodyKeepsItsHistoricalName() {
        assertThat(department(HEILONGJIANG, "省工商局").officialName()).isEqualTo("黑龙江省工商行政管理局");
    }

    @Test
    void centralBodiesAreNationalInEveryDocument() {
        assertThat(departments(STATE_COUNCIL)).allSatisfy(o -> {
            assertThat(o.kind()).as(o.name()).isEqualTo(OrganizationKind.NATIONAL);
            assertThat(o.officialNameResolved()).as(o.name()).isTrue();
        });
        assertThat(department(HEILONGJIANG, "国家发展改革委").kind()).isEqualTo(OrganizationKind.NATIONAL);
        assertThat(department(HEILONGJIANG, "哈尔滨海关").kind()).isEqualTo(OrganizationKind.NATIONAL);
    }

    @Test
    void aBareLocalNameIsTheDocumentsOwnDepartment() {
        Organization planning = department(GUIZHOU, "发改委");
        assertThat(planning.kind()).isEqualTo(OrganizationKind.PROVINCIAL);
        assertThat(planning.qualifiedName()).isEqualTo("发改委");
        assertThat(department(GUIZHOU, "贵阳市人社局").kind()).isEqualTo(OrganizationKind.MUNICIPAL);
    }

    @Test
    void aCitysOwnBodyIsMunicipalWhicheverWordOfTheListCarriedThePlace() {
        assertThat(department(LIAONING, "沈阳局").kind()).isEqualTo(OrganizationKind.MUNICIPAL);
        assertThat(department(LIAONING, "大连局").kind()).isEqualTo(OrganizationKind.MUNICIPAL);
        assertThat(department(LIAONING, "沈阳保护中心").kind()).isEqualTo(OrganizationKind.MUNICIPAL);
        assertThat(department(LIAONING, "大连保护中心").kind()).isEqualTo(OrganizationKind.MUNICIPAL);
        assertThat(department(LIAONING, "辽宁保护中心").kind()).isEqualTo(OrganizationKind.PROVINCIAL);
    }

    @Test
    void aBodyWithNoKnownFullFormRepeatsItsQualifiedNameAndSaysSo() {
        Organization centre = department(LIAONING, "沈阳保护中心");
        assertThat(centre.officialName()).isEqualTo(centre.qualifiedName());
        assertThat(centre.officialNameResolved()).isFalse();
        assertThat(department(HEILONGJIANG, "省人社厅").officialNameResolved()).isTrue();
    }

    @Test
    void issuersHaveOfficialNamesToo() {
        assertThat(STATE_COUNCIL.metadata().issuers()).singleElement()
                .satisfies(o -> assertThat(o.officialName()).isEqualTo("国务院办公厅"));
        assertThat(GUIZHOU.metadata().issuers()).singleElement()
                .satisfies(o -> assertThat(o.officialName()).isEqualTo("贵州省人民政府办公厅"));
    }

    private static Organization department(PolicyDocument doc, String name) {
        return departments(doc).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(doc.id() + " names no " + name + ": " + departments(doc)));
    }

    private static List<Organization> departments(PolicyDocument... docs) {
        return Stream.of(docs).flatMap(d -> d.tasks().stream())
                .filter(t -> t.responsibility() != null)
                .flatMap(t -> t.responsibility().assignments().stream())
                .map(a -> a.department())
                .toList();
    }
}

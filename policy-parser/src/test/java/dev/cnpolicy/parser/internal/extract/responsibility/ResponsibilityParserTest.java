package dev.cnpolicy.parser.internal.extract.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.OrganizationKind;
import dev.cnpolicy.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up clauses from other provinces and cities; none is taken from a seed. */
class ResponsibilityParserTest {

    private final ResponsibilityParser parser = new ResponsibilityParser();

    private List<String> parse(String clause) {
        return parser.parse(clause, false).stream()
                .map(p -> p.department().name() + "/" + p.role()).toList();
    }

    @Test
    void leadThenSupportListSharesTheProvinceLevel() {
        assertThat(parse("省发展改革委牵头，省财政厅、省税务局配合"))
                .containsExactly("省发展改革委/LEAD", "省财政厅/SUPPORT", "省税务局/SUPPORT");
        assertThat(parse("省发展改革委牵头，财政厅、税务局配合"))
                .containsExactly("省发展改革委/LEAD", "省财政厅/SUPPORT", "省税务局/SUPPORT");
    }

    @Test
    void labelGivesItsRoleToTheFollowingSegments() {
        assertThat(parse("责任单位：市商务局、市市场监管局，各区政府"))
                .containsExactly("市商务局/RESPONSIBLE", "市市场监管局/RESPONSIBLE", "各区政府/RESPONSIBLE");
        assertThat(parse("牵头单位：市教育局；配合单位：市财政局、人社局"))
                .containsExactly("市教育局/LEAD", "市财政局/SUPPORT", "市人社局/SUPPORT");
    }

    @Test
    void distributesSharedSuffixAcrossPlaces() {
        assertThat(parse("广州、深圳、珠海知识产权保护中心"))
                .containsExactly("广州知识产权保护中心/RESPONSIBLE", "深圳知识产权保护中心/RESPONSIBLE",
                        "珠海知识产权保护中心/RESPONSIBLE");
        assertThat(parse("各县、高新区局")).containsExactly("各县局/RESPONSIBLE", "高新区局/RESPONSIBLE");
    }

    @Test
    void readsMarketBureauAsLocalAndKeepsTrailingNotes() {
        assertThat(parse("市商务局、市场监管局牵头，各县、区人民政府（管委会）负责落实"))
                .containsExactly("市商务局/LEAD", "市市场监管局/LEAD", "各县人民政府（管委会）/RESPONSIBLE",
                        "各区人民政府（管委会）/RESPONSIBLE"); // 各 reaches every bare level word of the list
    }

    @Test
    void neverPrefixesNamesThatCarryTheirOwnLevel() {
        assertThat(parse("省商务厅、杭州海关、国家税务总局浙江省税务局、浙江证监局按职责分别负责"))
                .containsExactly("省商务厅/RESPONSIBLE", "杭州海关/RESPONSIBLE", "国家税务总局浙江省税务局/RESPONSIBLE",
                        "浙江证监局/RESPONSIBLE");
    }

    @Test
    void leadAndResponsibleInOneClause() {
        assertThat(parse("南宁海关牵头，自治区公安厅负责"))
                .containsExactly("南宁海关/LEAD", "自治区公安厅/RESPONSIBLE");
    }

    @Test
    void removesDuplicatesWithinAClause() {
        assertThat(parse("市文旅局、商务局、文旅局按职责分工负责"))
                .containsExactly("市文旅局/RESPONSIBLE", "市商务局/RESPONSIBLE");
    }

    @Test
    void stopsAtTheFirstFullStop() {
        assertThat(parse("市生态环境局牵头，市交通运输局参与，各县人民政府负责落实。以下各项均需各县落实，不再列出"))
                .containsExactly("市生态环境局/LEAD", "市交通运输局/SUPPORT", "各县人民政府/RESPONSIBLE");
    }

    @Test
    void rejectsBracketsThatAreNotClauses() {
        assertThat(parser.parse("2023—2025年", false)).isEmpty();
        assertThat(parser.parse("试行", false)).isEmpty();
        assertThat(parser.parse("以下简称“专班”", false)).isEmpty();
        assertThat(parser.parse("市商务局、市财政局", true)).isEmpty();
    }

    @Test
    void classifiesKindsAndQualifiesWithTheRegion() {
        OrganizationFactory factory = new OrganizationFactory("浙江省");
        assertThat(factory.create("省市场监管局", "市场监管局").qualifiedName()).isEqualTo("浙江省市场监管局");
        assertThat(factory.create("省市场监管局", "市场监管局").kind()).isEqualTo(OrganizationKind.PROVINCIAL);
        assertThat(factory.create("杭州海关", "杭州海关").kind()).isEqualTo(OrganizationKind.NATIONAL);
        assertThat(factory.create("政策法规处", "政策法规处").kind()).isEqualTo(OrganizationKind.INTERNAL_UNIT);
        assertThat(factory.create("各有关单位", "各有关单位").kind()).isEqualTo(OrganizationKind.COLLECTIVE);
        assertThat(factory.create("市有关部门", "市有关部门").kind()).isEqualTo(OrganizationKind.COLLECTIVE);
        assertThat(factory.create("区相关单位", "区相关单位").kind()).isEqualTo(OrganizationKind.COLLECTIVE);
        assertThat(factory.create("市财政局", "市财政局").qualifiedName()).isEqualTo("市财政局");
        assertThat(new OrganizationFactory("温州市").create("市财政局", "市财政局").qualifiedName()).isEqualTo("温州市财政局");
    }

    @Test
    void namedPlaceDecidesTheLevelBeforeTheUnitSuffix() {
        OrganizationFactory factory = new OrganizationFactory("江门市");
        assertThat(factory.create("江门市人民政府办公室", "江门市人民政府办公室").kind()).isEqualTo(OrganizationKind.MUNICIPAL);
        assertThat(factory.create("中共台山县委办公室", "中共台山县委办公室").kind()).isEqualTo(OrganizationKind.COUNTY);
        assertThat(factory.create("蓬江区人民政府", "蓬江区人民政府").kind()).isEqualTo(OrganizationKind.COUNTY);
        assertThat(factory.create("新会区委宣传部", "新会区委宣传部").kind()).isEqualTo(OrganizationKind.COUNTY);
        // a zone is not a district, and a unit with no place stays a unit
        assertThat(factory.create("高新示范区局", "高新示范区局").kind()).isNotEqualTo(OrganizationKind.COUNTY);
        assertThat(factory.create("综合科", "综合科").kind()).isEqualTo(OrganizationKind.INTERNAL_UNIT);
    }

    @Test
    void aBracketedRoleAfterANameGivesThatNameItsRole() {
        assertThat(parse("责任单位：省住房城乡建设厅（牵头）、省财政厅、省自然资源厅"))
                .containsExactly("省住房城乡建设厅/LEAD", "省财政厅/RESPONSIBLE", "省自然资源厅/RESPONSIBLE");
        assertThat(parser.parse("市交通局（牵头）、市公安局", true)).hasSize(2);
    }

    @Test
    void labelsWrittenOnOneLineWithSpacesAreSeparateSegments() {
        assertThat(parse("牵头单位：市教育局 配合单位：市财政局、市人社局"))
                .containsExactly("市教育局/LEAD", "市财政局/SUPPORT", "市人社局/SUPPORT");
    }
}

package dev.cnpolicy.parser.internal.extract.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.Organization;
import dev.cnpolicy.model.OrganizationKind;
import org.junit.jupiter.api.Test;

class OrganizationFactoryTest {

    private static final OrganizationFactory NATIONAL = new OrganizationFactory(null);
    private static final OrganizationFactory HEILONGJIANG = new OrganizationFactory("黑龙江省");
    private static final OrganizationFactory HARBIN = new OrganizationFactory("哈尔滨市");
    private static final OrganizationFactory COUNTY = new OrganizationFactory("台山县");

    @Test
    void expandsLocalAbbreviationsWithTheDocumentsPlace() {
        assertThat(official(HEILONGJIANG, "省人社厅")).isEqualTo("黑龙江省人力资源和社会保障厅");
        assertThat(official(HEILONGJIANG, "省卫健委")).isEqualTo("黑龙江省卫生健康委员会");
        assertThat(official(HEILONGJIANG, "省编办")).isEqualTo("黑龙江省机构编制委员会办公室");
        assertThat(official(HEILONGJIANG, "省政府办公厅")).isEqualTo("黑龙江省人民政府办公厅");
        assertThat(official(HARBIN, "市文旅局")).isEqualTo("哈尔滨市文化和旅游局");
        assertThat(official(HARBIN, "市应急局")).isEqualTo("哈尔滨市应急管理局");
        assertThat(official(COUNTY, "县退役军人局")).isEqualTo("台山县退役军人事务局");
        assertThat(official(COUNTY, "县委办")).isEqualTo("中共台山县委办公室");
    }

    @Test
    void aProvinceLevelWordInACityPlanNamesTheCitysProvince() {
        assertThat(official(HARBIN, "省人社厅")).isEqualTo("黑龙江省人力资源和社会保障厅");
    }

    @Test
    void shortFormsOfCentralBodiesAreCentralOnlyInACentralDocument() {
        Organization central = NATIONAL.create("统计局", "统计局");
        assertThat(central.officialName()).isEqualTo("国家统计局");
        assertThat(central.kind()).isEqualTo(OrganizationKind.NATIONAL);
        Organization local = HARBIN.create("统计局", "统计局");
        assertThat(local.officialName()).isEqualTo("哈尔滨市统计局");
        assertThat(local.kind()).isEqualTo(OrganizationKind.MUNICIPAL);
    }

    @Test
    void ministriesAreNationalInALocalPlan() {
        Organization finance = HEILONGJIANG.create("财政部", "财政部");
        assertThat(finance.kind()).isEqualTo(OrganizationKind.NATIONAL);
        assertThat(finance.officialName()).isEqualTo("财政部");
        assertThat(official(HEILONGJIANG, "国家发改委")).isEqualTo("国家发展和改革委员会");
        assertThat(official(HEILONGJIANG, "国家财政部")).isEqualTo("财政部");
    }

    @Test
    void renamedBodiesKeepTheirHistoricalNames() {
        assertThat(official(HEILONGJIANG, "省工商局")).isEqualTo("黑龙江省工商行政管理局");
        assertThat(official(HEILONGJIANG, "省质监局")).isEqualTo("黑龙江省质量技术监督局");
        assertThat(official(NATIONAL, "农业部")).isEqualTo("农业部");
        assertThat(official(NATIONAL, "工商总局")).isEqualTo("国家工商行政管理总局");
    }

    @Test
    void doesNotResolveWhatItDoesNotKnow() {
        Organization centre = HEILONGJIANG.create("省知识产权保护中心", "省知识产权保护中心");
        assertThat(centre.officialName()).isEqualTo("黑龙江省知识产权保护中心");
        assertThat(centre.officialNameResolved()).isFalse();
        Organization group = HEILONGJIANG.create("各有关单位", "各有关单位");
        assertThat(group.officialNameResolved()).isFalse();
        assertThat(group.kind()).isEqualTo(OrganizationKind.COLLECTIVE);
        assertThat(NATIONAL.create("市发改委", "市发改委").officialNameResolved()).isFalse();
    }

    @Test
    void aCitysBodyIsMunicipalAndAProvincesSharedLevelDoesNotStick() {
        OrganizationFactory liaoning = new OrganizationFactory("辽宁省");
        Organization shenyang = liaoning.create("省沈阳局", "沈阳局");
        assertThat(shenyang.name()).isEqualTo("沈阳局");
        assertThat(shenyang.kind()).isEqualTo(OrganizationKind.MUNICIPAL);
        assertThat(liaoning.create("沈阳市人社局", "沈阳市人社局").officialName()).isEqualTo("沈阳市人力资源和社会保障局");
        assertThat(liaoning.create("大连人社局", "大连人社局").officialName()).isEqualTo("大连市人力资源和社会保障局");
        assertThat(liaoning.create("朝阳区发改委", "朝阳区发改委").kind()).isNotEqualTo(OrganizationKind.MUNICIPAL);
    }

    private static String official(OrganizationFactory factory, String name) {
        return factory.create(name, name).officialName();
    }
}

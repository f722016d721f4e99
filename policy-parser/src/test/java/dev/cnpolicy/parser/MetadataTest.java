package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.DocumentKind;
import dev.cnpolicy.model.Organization;
import dev.cnpolicy.model.PlanPeriod;
import dev.cnpolicy.model.PolicyDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Made-up documents of other provinces: metadata from preamble, signature and page furniture. */
class MetadataTest {

    private static final PolicyParser PARSER = PolicyParser.create();

    @Test
    void readsWrapperNumberSignatureAndPlanTitle() {
        PolicyDocument doc = PARSER.parse("jn", String.join("\n",
                "首页 > 政务公开 > 政策文件",
                "发布日期：2024-02-20",
                "江南省人民政府办公厅关于印发江南省数字乡村建设行动方案（2024—2026年）的通知",
                "江南政办发〔2024〕5号",
                "各市人民政府，省政府各部门：",
                "现将《江南省数字乡村建设行动方案（2024—2026年）》印发给你们，请认真贯彻执行。",
                "江南省人民政府办公厅",
                "二〇二四年二月八日",
                "江南省数字乡村建设行动方案（2024—2026年）",
                "为贯彻落实《数字乡村发展战略纲要》（中办发〔2019〕18号），制定本方案。",
                "一、重点任务",
                "1.建设乡村网络。到2025年，行政村5G通达率达到90%以上。（省通信管理局牵头，省财政厅配合）"));
        var m = doc.metadata();
        assertThat(m.title()).isEqualTo("江南省数字乡村建设行动方案（2024—2026年）");
        assertThat(m.kind()).isEqualTo(DocumentKind.ACTION_PLAN);
        assertThat(m.documentNumber().text()).isEqualTo("江南政办发〔2024〕5号");
        assertThat(m.issueDate()).isEqualTo(LocalDate.of(2024, 2, 8));
        assertThat(m.publishDate()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(m.issuers()).extracting(Organization::name).containsExactly("江南省人民政府办公厅");
        assertThat(m.recipients()).extracting(Organization::name).containsExactly("各市人民政府", "省政府各部门");
        assertThat(m.period()).isEqualTo(new PlanPeriod(2024, 2026));
        assertThat(doc.references()).anySatisfy(r -> assertThat(r.documentNumber().text()).isEqualTo("中办发〔2019〕18号"));
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.responsibility().assignments()).hasSize(2);
            assertThat(t.indicatorIds()).hasSize(1);
            assertThat(t.deadline()).isEqualTo("2025");
        });
    }

    @Test
    void readsProvinceRegionAndQualifiesDepartments() {
        PolicyDocument doc = PARSER.parse("hn", String.join("\n",
                "湖南省加快知识产权强省建设实施意见",
                "一、主要任务",
                "1.完善政策。（省知识产权局、财政厅按职责分别负责）",
                "湖南省人民政府",
                "2023年5月6日"));
        assertThat(doc.metadata().region()).isEqualTo("湖南省");
        assertThat(doc.metadata().kind()).isEqualTo(DocumentKind.OPINIONS);
        assertThat(doc.tasks().get(0).responsibility().assignments())
                .extracting(a -> a.department().qualifiedName())
                .containsExactly("湖南省知识产权局", "湖南省财政厅");
    }
}

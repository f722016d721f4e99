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

    @Test
    void skipsPublicationNotesAndFileExtensionsInTitles() {
        PolicyDocument doc = PARSER.parse("gz", String.join("\n",
                "（此件主动公开）",
                "赣州市2025年优化营商环境工作要点",
                "一、提升政务服务",
                "（一）推行一件事一次办。（市行政审批局牵头）"));
        assertThat(doc.metadata().title()).isEqualTo("赣州市2025年优化营商环境工作要点");
        assertThat(doc.metadata().kind()).isEqualTo(DocumentKind.WORK_POINTS);

        PolicyDocument pdf = PARSER.parse("pdf", "城市更新三年行动计划.pdf\n一、目标\n到2026年完成改造小区300个。");
        assertThat(pdf.metadata().title()).isEqualTo("城市更新三年行动计划");
        assertThat(pdf.metadata().kind()).isEqualTo(DocumentKind.ACTION_PLAN);
    }

    @Test
    void neverTakesAnAddresseeLineOrASentenceForTheTitle() {
        PolicyDocument doc = PARSER.parse("addressed", String.join("\n",
                "各市、州、县人民政府，省政府各部门：",
                "为加快推进水污染防治工作，提出如下意见。",
                "一、工作目标",
                "到2027年，地表水优良水体比例达到90%。"));
        assertThat(doc.metadata().title()).isEqualTo("addressed");
        assertThat(doc.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("TITLE_GUESSED"));
        assertThat(doc.metadata().recipients()).extracting(Organization::name)
                .containsExactly("各市人民政府", "各州人民政府", "各县人民政府", "省政府各部门");
    }

    @Test
    void labelsEndingInAColonAreNotAddressees() {
        PolicyDocument doc = PARSER.parse("label", String.join("\n",
                "信息来源：",
                "各乡镇党委、政府，县直各单位：",
                "关于印发某县乡村振兴任务清单的通知",
                "一、产业发展",
                "1.新建冷链仓储设施3个。（县农业农村局负责）"));
        assertThat(doc.metadata().recipients()).extracting(Organization::name)
                .containsExactly("各乡镇党委", "各乡镇政府", "县直各单位");
    }

    @Test
    void partyCommitteeSignatureGivesTheCountyRegion() {
        PolicyDocument doc = PARSER.parse("party", String.join("\n",
                "某县关于做好秋冬季农业生产的实施方案",
                "一、重点任务",
                "1.抓好秋粮收储。（县农业农村局负责）",
                "中共岱山县委办公室  岱山县人民政府办公室",
                "2022年9月1日"));
        assertThat(doc.metadata().region()).isEqualTo("岱山县");
        assertThat(doc.metadata().issuers()).extracting(Organization::kind)
                .containsOnly(dev.cnpolicy.model.OrganizationKind.COUNTY);
    }

    @Test
    void readsTheClauseOfAFragmentCutInsideIt() {
        PolicyDocument doc = PARSER.parse("cut", String.join("\n",
                "柳州市2024年营商环境工作要点",
                "一、优化准入",
                "（一）推进登记便利化。推行一网通办。〔牵头单位：市市场监管局、行政审批局；配合单位：市公安局、柳州税务局、人民"));
        assertThat(doc.tasks()).singleElement().satisfies(t -> assertThat(t.responsibility().assignments())
                .extracting(a -> a.department().name() + "/" + a.role())
                .containsExactly("市市场监管局/LEAD", "市行政审批局/LEAD", "市公安局/SUPPORT", "柳州税务局/SUPPORT"));
        assertThat(doc.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("RESPONSIBILITY_TRUNCATED"));
    }

    @Test
    void joinsATitleBrokenOverLinesAndStopsAtItsNumber() {
        PolicyDocument doc = PARSER.parse("split", String.join("\n",
                "云南省人民政府",
                "关于支持边境县高质量发展的",
                "若干措施",
                "云政发〔2025〕3号",
                "各州、市人民政府，省直各委、办、厅、局：",
                "一、支持产业发展",
                "（一）设立专项资金。（省财政厅负责）"));
        assertThat(doc.metadata().title()).isEqualTo("云南省人民政府关于支持边境县高质量发展的若干措施");
        assertThat(doc.metadata().kind()).isEqualTo(DocumentKind.MEASURES);
        assertThat(doc.metadata().documentNumber().text()).isEqualTo("云政发〔2025〕3号");
    }

    @Test
    void aDistrictGovernmentGivesItsDistrictAsRegion() {
        PolicyDocument doc = PARSER.parse("district", String.join("\n",
                "萧山区推进美丽乡村建设实施方案",
                "一、重点任务",
                "1.整治村庄环境。（区农业农村局牵头，各镇人民政府负责）",
                "杭州市萧山区人民政府",
                "2024年4月2日"));
        assertThat(doc.metadata().region()).isEqualTo("杭州市萧山区");
        assertThat(doc.tasks().get(0).responsibility().assignments().get(0).department().qualifiedName())
                .isEqualTo("杭州市萧山区农业农村局");
    }

    @Test
    void aJointOpinionNamesItsIssuersInTheTitleAndItsDateInBrackets() {
        PolicyDocument doc = PARSER.parse("joint", String.join("\n",
                "中共宜宾市委 宜宾市人民政府关于加快建设现代化产业体系的意见",
                "（2024年5月8日）",
                "一、主要任务",
                "（一）壮大优势产业。（市经信局负责）"));
        assertThat(doc.metadata().title()).isEqualTo("中共宜宾市委 宜宾市人民政府关于加快建设现代化产业体系的意见");
        assertThat(doc.metadata().issueDate()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(doc.metadata().issuers()).extracting(Organization::name).containsExactly("中共宜宾市委", "宜宾市人民政府");
        assertThat(doc.metadata().region()).isEqualTo("宜宾市");
    }
}

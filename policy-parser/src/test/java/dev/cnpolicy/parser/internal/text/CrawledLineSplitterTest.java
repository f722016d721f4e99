package dev.cnpolicy.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Made-up crawls: a whole plan on one line gets its heading breaks back; ordinary prose does not. */
class CrawledLineSplitterTest {

    private static String split(String text) {
        return CrawledLineSplitter.split(MappedText.identity(text)).text().text();
    }

    @Test
    void aPlanCrawledOntoOneLineGetsABreakBeforeEachHeading() {
        String crawl = "各市人民政府：现提出以下意见。一、提升养老服务供给（一）扩大普惠服务。推进社区养老设施建设。"
                + "（省民政厅牵头，省财政厅配合）（二）完善医养结合。具体措施：1．建设医养中心。2．培训护理人员。"
                + "（省卫生健康委负责）二、强化要素保障（三）加强用地保障。（省自然资源厅负责）";
        assertThat(split(crawl).lines()).containsExactly(
                "各市人民政府：现提出以下意见。",
                "一、提升养老服务供给",
                "（一）扩大普惠服务。推进社区养老设施建设。（省民政厅牵头，省财政厅配合）",
                "（二）完善医养结合。具体措施：",
                "1．建设医养中心。",
                "2．培训护理人员。（省卫生健康委负责）",
                "二、强化要素保障",
                "（三）加强用地保障。（省自然资源厅负责）");
    }

    @Test
    void proseThatContainsMarkersStaysOneLine() {
        String paragraph = "推进多报合一、信息共享，实现一网通办。各地要做好以下工作：1.摸清底数；2.建立台账。"
                + "这项工作涉及面广，需要各部门协同推进，确保按期完成各项目标任务，不断提升群众满意度和获得感。";
        assertThat(split(paragraph)).isEqualTo(paragraph);
    }

    @Test
    void anInlineEnumerationInOneParagraphOfALineBrokenDocumentStays() {
        String paragraph = "（三）加强督查考核。督查内容主要包括：（一）工作部署落实情况，各地各部门要对照任务清单逐项推进；"
                + "（二）资金使用情况，严格执行专项资金管理办法，确保专款专用；（三）群众满意情况，定期开展第三方评估，"
                + "及时回应社会关切。";
        String document = "某市营商环境优化提升行动方案\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n"
                + "（二）基本原则。坚持问题导向，坚持系统观念，坚持改革创新，坚持依法行政，坚持统筹推进。\n"
                + "二、重点任务\n" + paragraph + "\n三、保障措施\n加强组织领导，压实工作责任，强化宣传引导。\n";
        assertThat(split(document)).isEqualTo(document);
    }
}

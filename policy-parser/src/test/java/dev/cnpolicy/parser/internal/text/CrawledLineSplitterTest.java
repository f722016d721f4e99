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
}

package dev.cnpolicy.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Made-up headings that a web page glued together, and lines that only look alike. */
class GluedHeadingSplitterTest {

    private static String split(String text) {
        return GluedHeadingSplitter.split(MappedText.identity(text)).text().text();
    }

    @Test
    void breaksTheLineBeforeAGluedSubHeading() {
        assertThat(split("前言\n三、强化要素保障（一）保障用地需求。优先安排重点项目用地。"))
                .isEqualTo("前言\n三、强化要素保障\n（一）保障用地需求。优先安排重点项目用地。");
    }

    @Test
    void leavesYearsSentencesAndSeparateLinesAlone() {
        String text = String.join("\n",
                "一、工作目标（2024—2026年）",
                "二、总体要求。（一）是引用",
                "三、重点任务",
                "（一）推进改革。");
        assertThat(split(text)).isEqualTo(text);
    }

    @Test
    void keepsTheMapBackToTheInput() {
        String input = "五、加强组织领导（二）压实责任。";
        MappedText out = GluedHeadingSplitter.split(MappedText.identity(input)).text();
        int at = out.text().indexOf("（二）");
        assertThat(out.originOf(at)).isEqualTo(input.indexOf("（二）"));
    }
}

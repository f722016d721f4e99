package dev.cnpolicy.parser.internal.outline;

import dev.cnpolicy.parser.internal.numbers.Marker;
import dev.cnpolicy.parser.internal.numbers.MarkerStyle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.Diagnostic;
import dev.cnpolicy.parser.internal.diagnostics.Diagnostics;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up documents with other numbering mixes. */
class OutlineParserTest {

    private final OutlineParser parser = new OutlineParser();

    private List<String> paths(String text) {
        return parser.parse(NormalizedText.of(text), new Diagnostics()).all().stream()
                .map(n -> n.path() + " " + n.heading()).toList();
    }

    @Test
    void nestsByMarkerStyle() {
        assertThat(paths(String.join("\n",
                "江南省数字乡村行动方案", "一、总体要求", "（一）指导思想", "坚持……", "二、重点任务",
                "（一）建设网络。", "1.推进光纤入村。加快……", "2.建设基站。", "（二）发展电商", "三、保障措施")))
                .containsExactly("1 总体要求", "1.1 指导思想", "2 重点任务", "2.1 建设网络", "2.1.1 推进光纤入村",
                        "2.1.2 建设基站", "2.2 发展电商", "3 保障措施");
    }

    @Test
    void levelTwoItemsMayUseArabicNumbersWithoutChineseParentheses() {
        assertThat(paths("一、主要任务\n1.做好甲。\n2.做好乙。\n二、工作要求\n1.加强领导。"))
                .containsExactly("1 主要任务", "1.1 做好甲", "1.2 做好乙", "2 工作要求", "2.1 加强领导");
    }

    @Test
    void continuesNumberingAcrossSections() {
        assertThat(paths("一、甲\n（一）子一\n（二）子二\n二、乙\n（三）子三"))
                .containsExactly("1 甲", "1.1 子一", "1.2 子二", "2 乙", "2.3 子三");
    }

    @Test
    void yearsAndClausesInBracketsAreNotHeadings() {
        assertThat(paths("一、目标\n（2024—2026年）\n（责任单位：市商务局）\n1.5万元以上\n2024年起实施"))
                .containsExactly("1 目标");
    }

    @Test
    void warnsOnGapsAndReadsRepeatsAsBody() {
        Diagnostics diagnostics = new Diagnostics();
        Outline outline = parser.parse(NormalizedText.of("一、甲\n二、乙\n四、丁\n二、又乙"), diagnostics);
        assertThat(outline.roots()).extracting(OutlineNode::heading).containsExactly("甲", "乙", "丁");
        assertThat(diagnostics.toList()).extracting(Diagnostic::code)
                .containsExactly("OUTLINE_SEQUENCE_GAP", "OUTLINE_SEQUENCE_REPEAT");
    }
}

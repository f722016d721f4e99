package dev.cnpolicy.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up paragraphs wrapped the way text taken from a PDF is: at a fixed printed width. */
class LineWrapJoinerTest {

    /** Wraps a paragraph at {@code width} display units (Chinese 2, ASCII 1), as a PDF line does. */
    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (char c : paragraph.toCharArray()) {
            int w = c < 0x1100 ? 1 : 2;
            if (used + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(c);
            used += w;
        }
        lines.add(line.toString());
        return lines;
    }

    private static final List<String> PARAGRAPHS = List.of(
            "（一）推进绿色矿山建设。新建矿山全部达到绿色矿山标准，生产矿山加快改造升级，到2027年全市绿色矿山占比达到70%以上。（责任单位：市自然资源局、市生态环境局，各区县人民政府）",
            "（二）强化尾矿库治理。开展尾矿库风险隐患排查，2025年底前完成闭库销号工作，推动尾矿综合利用率提高到35%。（市应急局牵头，市自然资源局配合）",
            "（三）发展循环经济。推进大宗固废综合利用示范基地建设，培育综合利用骨干企业10家以上，带动资源循环利用产业规模持续扩大。（市发展改革委负责）");

    @Test
    void joinsLinesWrappedAtAFixedWidthButKeepsHeadingsAndParagraphEnds() {
        List<String> lines = new ArrayList<>(List.of("某市矿产资源绿色发展实施方案", "一、重点任务"));
        for (int i = 0; i < PARAGRAPHS.size(); i++) {
            List<String> wrapped = wrap(PARAGRAPHS.get(i), 56);
            lines.addAll(wrapped);
            if (i == 0) {
                lines.add("— 5 —"); // between paragraphs: stays, as furniture
            }
            if (i == 1) {
                lines.add(lines.size() - wrapped.size() + 1, "— 6 —"); // inside a paragraph: dropped
            }
        }
        Repaired joined = LineWrapJoiner.join(MappedText.identity(String.join("\n", lines)));
        String out = joined.text().text();
        assertThat(out.split("\n")).containsExactly("某市矿产资源绿色发展实施方案", "一、重点任务",
                PARAGRAPHS.get(0), "— 5 —", PARAGRAPHS.get(1), PARAGRAPHS.get(2));
        assertThat(joined.count()).isEqualTo(7); // ten wrapped lines make three paragraphs
    }

    @Test
    void leavesTextWhoseLinesVaryAlone() {
        String text = String.join("\n", PARAGRAPHS) + "\n" + String.join("\n", PARAGRAPHS);
        Repaired joined = LineWrapJoiner.join(MappedText.identity(text));
        assertThat(joined.text().text()).isEqualTo(text);
        assertThat(joined.count()).isZero();
    }

    @Test
    void keepsTheMapBackToTheInput() {
        List<String> lines = new ArrayList<>();
        for (String p : PARAGRAPHS) {
            lines.addAll(wrap(p, 56));
        }
        String input = String.join("\n", lines);
        MappedText joined = LineWrapJoiner.join(MappedText.identity(input)).text();
        int at = joined.text().indexOf("市生态环境局");
        assertThat(input.substring(joined.originOf(at), joined.originOf(at) + 2)).isEqualTo("市生");
    }
}

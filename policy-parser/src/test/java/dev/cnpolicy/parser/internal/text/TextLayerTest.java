package dev.cnpolicy.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cnpolicy.model.Script;
import dev.cnpolicy.parser.internal.diagnostics.Diagnostics;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayerTest {

    private static final CharFrequencies FREQUENCIES = CharFrequencies.load();
    private final TextLayer layer = new TextLayer(FREQUENCIES, false);

    private TextResult read(byte[] bytes) {
        return layer.read("test.txt", bytes, false, new Diagnostics());
    }

    @Test
    void seedsReEncodedAsGb18030AndBig5DecodeToTheSameText() throws Exception {
        Charset gb = Charset.forName("GB18030");
        Charset big5 = Charset.forName("Big5");
        for (String name : List.of("001_34b1e1b7b7f5ebd1.txt", "002_1b4be993e13e22f9.txt", "004_77ef637a5b3fa8c7.txt")) {
            String original = Files.readString(Path.of("..", "seeds", name), StandardCharsets.UTF_8);
            String expected = read(original.getBytes(StandardCharsets.UTF_8)).text().text();
            TextResult asGb = read(original.getBytes(gb));
            assertThat(asGb.charset()).isEqualTo("GB18030");
            assertThat(asGb.text().text()).as(name).isEqualTo(expected);
        }
        String traditional = "黑龍江省知識產權局關於加強協同配合的通知。各市（地）知識產權工作專班要切實加大宣傳推介工作力度。";
        TextResult asBig5 = read(traditional.getBytes(big5));
        assertThat(asBig5.charset()).isEqualTo("Big5");
        assertThat(asBig5.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(asBig5.text().text()).isEqualTo("黑龙江省知识产权局关于加强协同配合的通知。各市（地）知识产权工作专班要切实加大宣传推介工作力度。");
    }

    @Test
    void realignsAMadeUpGbkSentenceThatLostAByte() {
        String truth = "。（三）推进数据共享。各县市政务服务中心要加快建设";
        byte[] gbk = truth.getBytes(Charset.forName("GB18030"));
        String garbled = "加快推进" + "?" + new String(Arrays.copyOfRange(gbk, 1, gbk.length), Charset.forName("GB18030"));
        List<Integer> repaired = new ArrayList<>();
        MappedText out = new MojibakeRepairer(FREQUENCIES).repair(MappedText.identity(garbled), repaired);
        assertThat(repaired).hasSize(1);
        assertThat(out.text()).startsWith("加快推进").contains("（三）推进数据共享");
    }

    @Test
    void leavesAGenuineQuestionMarkAlone() {
        String text = "是否已经完成?各地区要认真总结经验。";
        MappedText out = new MojibakeRepairer(FREQUENCIES).repair(MappedText.identity(text), new ArrayList<>());
        assertThat(out.text()).isEqualTo(text);
    }

    @Test
    void removesPinyinGlossesButKeepsAcronyms() {
        Repaired removed = PinyinGlossRemover.remove(MappedText.identity("推進(jìn)數(shù)字化,加入专利合作条约(PCT)体系"));
        assertThat(removed.text().text()).isEqualTo("推進數字化,加入专利合作条约(PCT)体系");
        assertThat(removed.count()).isEqualTo(2);
    }

    @Test
    void normalisesWidthSpacingAndLineEnds() {
        TextResult r = layer.read("各县(区)人民政府:\r\n\r\n\r\n　　ＰＣＴ申请１２件,同比增长5%,\u00a0\u00a0效果明显。", new Diagnostics());
        assertThat(r.text().text()).isEqualTo("各县（区）人民政府：\n\nPCT申请12件，同比增长5%，效果明显。");
    }

    @Test
    void mapsNormalisedOffsetsBackToTheInput() {
        TextResult r = layer.read("　　一、总体要求", new Diagnostics());
        assertThat(r.text().text()).isEqualTo("一、总体要求");
        assertThat(r.text().inputIndex(0)).isEqualTo(2);
    }

    @Test
    void marksWebFurnitureLines() {
        TextResult r = layer.read("当前位置：首页 > 政策 > 文件\n【字体：大 中 小】\n来源：某市政府网\n江南省实施方案", new Diagnostics());
        NormalizedText t = r.text();
        assertThat(List.of(t.isFurniture(0), t.isFurniture(1), t.isFurniture(2), t.isFurniture(3)))
                .containsExactly(true, true, true, false);
    }

    @Test
    void extractsHtmlWithTablesAndDeclaredCharset() {
        String html = "<html><head><meta charset=\"gbk\"><script>var x=1;</script></head><body><nav>首页</nav>"
                + "<table><tr><td>索引号:</td><td>000012/2024-1</td></tr></table>"
                + "<p>一、总体要求</p><p>1.推进数字化。<br>（市数据局负责）</p></body></html>";
        TextResult r = layer.read("page.html", html.getBytes(Charset.forName("GB18030")), true, new Diagnostics());
        assertThat(r.charset()).isEqualTo("GB18030");
        assertThat(r.text().text()).isEqualTo("索引号：| 000012/2024-1\n一、总体要求\n1.推进数字化。\n（市数据局负责）");
    }

    @Test
    void rejectsEmptyAndBinaryInputNamingIt() {
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(UnreadableInputException.class)
                .hasMessage("test.txt: empty input (0 bytes)");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThatThrownBy(() -> read(png)).isInstanceOf(UnreadableInputException.class).hasMessageContaining("binary");
    }

    @Test
    void convertsTraditionalLinesAndLeavesSimplifiedOnesAsTheyAre() {
        String mixed = "（此件公開發布）\n各市发展改革委：\n加強協同配合，推動知識產權保護。\n推进著作权登记便利化。";
        String text = read(mixed.getBytes(StandardCharsets.UTF_8)).text().text();
        assertThat(text.split("\n")).containsExactly(
                "（此件公开发布）", "各市发展改革委：", "加强协同配合，推动知识产权保护。", "推进著作权登记便利化。");
    }
}

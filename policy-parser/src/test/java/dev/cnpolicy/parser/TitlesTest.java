package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cnpolicy.model.PolicyDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The title of every seed and corpus document, as a careful reader gives it. A document whose text
 * does not hold its title is listed with {@code GUESSED}: its title is then a guess and says so.
 */
class TitlesTest {

    private static final PolicyParser PARSER = PolicyParser.create();
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            000_ | 黑龙江省知识产权创造、保护和运用工作专班对标先进集聚创新持续优化营商环境指导意见
            001_ | 哈尔滨市推进国家知识产权示范城市工作实施方案
            002_ | 关于加快推动知识产权服务业高质量发展的若干意见
            003_ | 加快知识产权高质量发展 助力全面振兴新突破三年行动方案（2023—2025年）
            004_ | 《黑龙江省人民政府关于新形势下加快知识产权强省建设的实施意见》重点任务分工方案
            01_ | 立山区政府2023年重点工作任务分解和责任分工方案
            02_ | 河池市2024年优化营商环境工作要点
            03_ | 潮州市打赢蓝天保卫战实施方案（2019-2020年）
            04_ | 大气污染防治2021年行动计划
            05_ | 2021年嵊泗县乡村振兴任务清单
            06_ | 芜湖市教育局2024年工作要点
            07_ | 洞头区大力提升科技创新能力全面落实融入省“315”科技创新体系建设工程实施方案（2023-2027年）
            08_ | GUESSED
            09_ | 关于深化改革创新促进数字经济高质量发展的若干措施
            10_ | 韶关市数字政府改革建设2023年工作要点
            11_ | GUESSED
            12_ | GUESSED
            13_ | GUESSED
            14_ | 国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见
            15_ | 国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见
            16_ | 临汾市水污染防治2018年行动计划
            17_ | 国务院办公厅关于落实中共中央国务院关于全面深化农村改革加快推进农业现代化若干意见有关政策措施分工的通知
            18_ | 以控制成本为核心优化营商环境的具体措施
            19_ | 永春县促进专精特新企业发展行动方案（征求意见稿）（2023-2025年）
            20_ | GUESSED
            21_ | 甘肃省人民政府办公厅关于印发《2012年提高新型农村合作医疗和城镇居民基本医疗保险政府补助标准实施方案》、《2012年新建250个村卫生室实施方案》、《2012年发放乡村医生差额补助实施方案》2012年医疗卫生惠民工程实施方案的通知
            22_ | 榆林市榆阳区人民政府关于推进健康榆阳行动的实施意见
            23_ | 关于实施人才发展新政策打造海洋经济人才新高地的意见
            """)
    void titleIsRead(String prefix, String title) throws IOException {
        Path folder = prefix.length() == 4 ? SEEDS : CORPUS;
        assumeTrue(Files.isDirectory(folder), "skipped: " + folder + " is not beside the clone");
        Path file;
        try (Stream<Path> files = Files.list(folder)) {
            file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        PolicyDocument doc = PARSER.parse(file);
        if (title.equals("GUESSED")) {
            assertThat(doc.diagnostics()).as("TITLE_GUESSED").anySatisfy(d -> assertThat(d.code()).isEqualTo("TITLE_GUESSED"));
        } else {
            assertThat(doc.metadata().title()).isEqualTo(title);
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            江西省人民政府关于加快推进数字乡村和\\n\\n智慧农业融合发展的实施意见\\n\\n赣府发〔2024〕3号\\n\\n一、总体要求 | 江西省人民政府关于加快推进数字乡村和智慧农业融合发展的实施意见
            《南宁市政府印发南宁市节水型城市建设2025年行动计划》\\n• 来源：市政府网站\\n一、工作目标 | 南宁市节水型城市建设2025年行动计划
            某某网--地方法规信息网\\n河南省人民政府办公厅关于印发《河南省冬春农田水利建设实施方案》、《河南省高标准农田建设实施方案》的通知\\n一、总体要求 | 河南省人民政府办公厅关于印发《河南省冬春农田水利建设实施方案》、《河南省高标准农田建设实施方案》的通知
            安溪县推动茶产业提质增效行动方案（2024-2026年）为深入贯彻乡村振兴战略，制定本方案。（一）做强品牌（县农业农村局负责） | 安溪县推动茶产业提质增效行动方案（2024-2026年）
            """)
    void madeUpTitles(String text, String title) {
        PolicyDocument doc = PARSER.parse("title", text.replace("\\n", "\n"));
        assertThat(doc.metadata().title()).isEqualTo(title);
    }

    @org.junit.jupiter.api.Test
    void aNoticeThatIssuesAPlanKeepsBothTitles() {
        PolicyDocument doc = PARSER.parse("notice", String.join("\n",
                "湖南省人民政府办公厅关于印发《湖南省数字乡村建设行动方案》的通知",
                "湘政办发〔2024〕8号",
                "各市州人民政府：",
                "现将《湖南省数字乡村建设行动方案》印发给你们，请认真贯彻执行。",
                "湖南省数字乡村建设行动方案",
                "一、总体要求"));
        assertThat(doc.metadata().title()).isEqualTo("湖南省数字乡村建设行动方案");
        assertThat(doc.metadata().noticeTitle()).isEqualTo("湖南省人民政府办公厅关于印发《湖南省数字乡村建设行动方案》的通知");
        PolicyDocument plain = PARSER.parse("plain", "湖南省数字乡村建设行动方案\n一、总体要求");
        assertThat(plain.metadata().noticeTitle()).isNull();
    }
}

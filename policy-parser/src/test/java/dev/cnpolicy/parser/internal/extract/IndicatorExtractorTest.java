package dev.cnpolicy.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.Comparator;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.IndicatorKind;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Made-up targets from other topics; none is taken from a seed. */
class IndicatorExtractorTest {

    private final IndicatorExtractor extractor = new IndicatorExtractor();

    private List<Indicator> extract(String text) {
        return extractor.extract(NormalizedText.of(text), 0, text.length(), "i", 2026);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "到2026年，森林覆盖率达到45%以上 | 森林覆盖率 | AT_LEAST | 45 | | % | SHARE | 2026",
        "城镇居民人均可支配收入年均增长6% | 城镇居民人均可支配收入 | EXACTLY | 6 | | % | GROWTH_RATE | 2026",
        "单位GDP能耗降低13.5%左右 | 单位GDP能耗 | APPROXIMATELY | 13.5 | | % | DECREASE | 2026",
        "新建5G基站不少于3000个 | 新建5G基站 | AT_LEAST | 3000 | | 个 | LEVEL | 2026",
        "引进高层次人才200—300人 | 高层次人才 | BETWEEN | 200 | 300 | 人 | LEVEL | 2026",
        "财政专项资金保持在2亿元以上 | 财政专项资金 | AT_LEAST | 200000000 | | 元 | LEVEL | 2026",
        "研发投入强度提高0.5个百分点 | 研发投入强度 | EXACTLY | 0.5 | | 百分点 | INCREASE | 2026",
        "审批时限压缩三分之一以上 | 审批时限 | AT_LEAST | 33.33 | | % | DECREASE | 2026",
        "细颗粒物浓度控制在30微克每立方米以下 | 细颗粒物浓度 | AT_MOST | 30 | | 微克每立方米 | LEVEL | 2026",
        "投诉办结率超过95% | 投诉办结率 | MORE_THAN | 95 | | % | SHARE | 2026",
        "重大事故发生率低于0.1% | 重大事故发生率 | LESS_THAN | 0.1 | | % | SHARE | 2026",
        "年均新增高新技术企业50家 | 高新技术企业 | EXACTLY | 50 | | 家 | INCREASE | 2026",
        "到2030年，受理案件总数达1.2万件 | 受理案件总数 | EXACTLY | 12000 | | 件 | LEVEL | 2030"
    })
    void readsTargets(String text, String metric, String comparator, String value, String upper, String unit,
                      String kind, int year) {
        assertThat(extract(text)).singleElement().satisfies(i -> {
            assertThat(i.metric()).isEqualTo(metric);
            assertThat(i.comparator().name()).isEqualTo(comparator);
            assertThat(i.value()).isEqualByComparingTo(value);
            if (upper == null) {
                assertThat(i.upperValue()).isNull();
            } else {
                assertThat(i.upperValue()).isEqualByComparingTo(upper);
            }
            assertThat(i.unit()).isEqualTo(unit);
            assertThat(i.kind().name()).isEqualTo(kind);
            assertThat(i.targetYear()).isEqualTo(year);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "根据苏政发〔2021〕18号文件精神", "2025年底前完成", "“十四五”时期", "畅通12345热线", "落实“三个一”机制",
        "坚持“两个毫不动摇”", "省直17部门联合印发", "打造一批示范项目", "第3条规定", "实施“5+2”服务体系"})
    void doesNotTreatNumbersInNamesDatesAndCodesAsIndicators(String text) {
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void splitsAListOfValuesThatShareOneMetric() {
        List<Indicator> found = extract("到2027年，全县化学需氧量、氨氮排放量比2022年分别下降8%、6.5%和3%以上。");
        assertThat(found).extracting(Indicator::value).map(v -> v.stripTrailingZeros().toPlainString())
                .containsExactly("8", "6.5", "3");
        assertThat(found).allSatisfy(i -> {
            assertThat(i.metric()).isEqualTo("全县化学需氧量、氨氮排放量");
            assertThat(i.kind()).isEqualTo(IndicatorKind.DECREASE);
            assertThat(i.baseYear()).isEqualTo(2022);
            assertThat(i.targetYear()).isEqualTo(2027);
            assertThat(i.unit()).isEqualTo("%");
        });
        assertThat(found).extracting(Indicator::comparator)
                .containsExactly(Comparator.EXACTLY, Comparator.EXACTLY, Comparator.AT_LEAST);
    }

    @Test
    void keepsTheBaseYearOutOfTheMetric() {
        assertThat(extract("城市生活垃圾填埋量较2020年减少30%")).singleElement().satisfies(i -> {
            assertThat(i.metric()).isEqualTo("城市生活垃圾填埋量");
            assertThat(i.baseYear()).isEqualTo(2020);
        });
        assertThat(extract("农村居民人均可支配收入增长7%")).singleElement()
                .satisfies(i -> assertThat(i.baseYear()).isNull());
    }

    @Test
    void separateSentencesAreNotOneList() {
        List<Indicator> found = extract("工业用水重复利用率达到92%。城市污水处理率达到97%");
        assertThat(found).extracting(Indicator::metric).containsExactly("工业用水重复利用率", "城市污水处理率");
    }

    @Test
    void aValueAfterAnotherInOneClauseTakesOnlyTheWordsAfterIt() {
        List<Indicator> found = extract("到2028年，认定省级专精特新企业500家以上、创新型中小企业2000家，新增上市公司5家。");
        assertThat(found).extracting(Indicator::metric)
                .containsExactly("省级专精特新企业", "创新型中小企业", "上市公司");
        assertThat(found).extracting(i -> i.value().toPlainString()).containsExactly("500", "2000", "5");
    }

    @Test
    void aCountAfterAFrequencyWordAndBeforeABracketNoteIsRead() {
        assertThat(extract("支持企业技术改造，每年新增工业机器人3000台（套），带动投资增长。")).singleElement().satisfies(i -> {
            assertThat(i.metric()).isEqualTo("工业机器人");
            assertThat(i.kind()).isEqualTo(IndicatorKind.INCREASE);
            assertThat(i.value()).isEqualByComparingTo("3000");
        });
    }
}

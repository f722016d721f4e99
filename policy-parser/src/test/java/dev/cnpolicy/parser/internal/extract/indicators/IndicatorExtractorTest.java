package dev.cnpolicy.parser.internal.extract.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.Comparator;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.IndicatorKind;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Made-up targets from other topics; none is taken from a seed. */
class IndicatorExtractorTest {

    private final IndicatorExtractor extractor = new IndicatorExtractor();

    private List<Indicator> extract(String text) {
        return extractor.extract(NormalizedText.of(text), 0, text.length(), "i", 2026);
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

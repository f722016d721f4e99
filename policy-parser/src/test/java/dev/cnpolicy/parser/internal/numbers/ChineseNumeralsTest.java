package dev.cnpolicy.parser.internal.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    /** An independent table written by hand. */
    @ParameterizedTest
    @CsvSource({
        "一, 1", "十, 10", "十八, 18", "二十, 20", "二十三, 23", "九十九, 99", "一百, 100", "一百零五, 105",
        "一百一十, 110", "三百四十五, 345", "一千, 1000", "一千零一, 1001", "两千, 2000", "两千万, 20000000",
        "一万, 10000", "十万, 100000", "一亿, 100000000", "三亿五千万, 350000000", "二〇二三, 2023", "二〇一六, 2016",
        "12, 12", "１２, 12", "1.5万, 15000", "85万, 850000", "500万, 5000000", "0.5, 0.5", "三分之二, 66.67",
        "三分之一, 33.33", "四分之一, 25.00", "百分之十, 10", "百分之五十, 50", "零, 0"
    })
    void readsNumerals(String written, String expected) {
        assertThat(ChineseNumerals.parse(written)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "万", "百百", "三分之", "十四五五x", "1.2.3"})
    void rejectsWhatIsNotANumeral(String written) {
        assertThat(ChineseNumerals.parse(written)).isNull();
    }
}

package dev.cnpolicy.parser.internal.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Made-up 文号 in prose; the windowed search must find what a plain scan with the pattern finds. */
class DocumentNumbersTest {

    private static List<String> found(String s) {
        return DocumentNumbers.findAll(s, 0, s.length()).stream().map(m -> DocumentNumbers.parse(m).text()).toList();
    }

    private static List<String> scanned(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = DocumentNumbers.NUMBER.matcher(s);
        while (m.find()) {
            out.add(DocumentNumbers.parse(m).text());
        }
        return out;
    }

    @Test
    void findsNumbersInEveryBracketStyle() {
        String s = "根据《某省促进会展业发展的意见》（闽政〔2021〕8号）和闽政办[2022] 15号、闽财（2020）第3号文件精神";
        assertThat(found(s)).containsExactly("闽政〔2021〕8号", "闽政办〔2022〕15号", "闽财〔2020〕3号");
        assertThat(found(s)).isEqualTo(scanned(s));
    }

    @Test
    void findsNumbersStandingCloseTogether() {
        String s = "川府发〔2019〕1号川府发〔2019〕2号";
        assertThat(found(s)).containsExactly("川府发〔2019〕1号", "川府发〔2019〕2号").isEqualTo(scanned(s));
    }

    @Test
    void doesNotTakeYearRangesOrDatesForNumbers() {
        assertThat(found("实施方案（2023—2025年）")).isEmpty();
        assertThat(found("于2023年11号楼召开")).isEmpty();
        assertThat(found("（2023）")).isEmpty();
    }
}

package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** The text-only entry point gives the same text a full parse puts in the document. */
class NormalizeTest {

    private static final PolicyParser PARSER = PolicyParser.create();

    @Test
    void givesTheTextAParseWouldGive() {
        byte[] gbk = "一、總體要求\r\n（一）發(fā)展目標。到２０２５年，覆蓋率達到９０%以上。".getBytes(Charset.forName("GB18030"));
        String text = PARSER.normalize("made-up", gbk);
        assertThat(text).isEqualTo(PARSER.parse("made-up", gbk).text());
        assertThat(text).contains("总体要求").contains("发展目标").contains("2025年").doesNotContain("fā").doesNotContain("\r");
    }

    @Test
    void rejectsInputOverTheLimitNamingIt() {
        PolicyParser small = PolicyParser.builder().maxInputBytes(10).build();
        assertThatThrownBy(() -> small.normalize("big.txt", new byte[11]))
                .isInstanceOf(PolicyParseException.class).hasMessageContaining("big.txt").hasMessageContaining("too large");
    }
}

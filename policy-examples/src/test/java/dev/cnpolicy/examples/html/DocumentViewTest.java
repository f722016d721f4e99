package dev.cnpolicy.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentViewTest {

    @Test
    void lineStartsCountCodePointsNotUtf16Units() {
        // 𠮷 and 𩸽 lie outside the Basic Multilingual Plane: two UTF-16 units, one code point
        List<DocumentView.TextLine> lines = DocumentView.lines("𠮷祥物\n𩸽鱼\n\n末");
        assertThat(lines).extracting(DocumentView.TextLine::start).containsExactly(0, 4, 7, 8);
        assertThat(lines).extracting(DocumentView.TextLine::text).containsExactly("𠮷祥物", "𩸽鱼", "", "末");
        assertThat(lines).extracting(DocumentView.TextLine::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        assertThat(DocumentView.lines("")).containsExactly(new DocumentView.TextLine(1, 0, ""));
    }
}

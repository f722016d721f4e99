package dev.cnpolicy.parser.internal.text;

import dev.cnpolicy.parser.internal.numbers.Marker;
import dev.cnpolicy.parser.internal.numbers.MarkerStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Puts back the line breaks a crawler dropped when it stored a whole document, or a long part of
 * one, on a single line: {@code …按职责分工负责）（二）进一步提升…。具体措施：1．…2．…} gets a break
 * before {@code （二）}, {@code 1．} and {@code 2．}. A line counts as crawled only when it holds at
 * least three heading markers that each stand after the end of a sentence or a bracket and that
 * count on from each other (after the first of its style: 1, or the one before plus one), two of
 * them Chinese-numbered parts; so a
 * sentence that merely contains {@code 一、} ({@code 多报合一、信息共享}) or an inline list
 * ({@code 包括：1.…；2.…}) in an ordinary paragraph stays as it is.
 */
final class CrawledLineSplitter {

    /** Characters after which a heading may start in a crawled line: a sentence or a bracket ends. */
    private static final String BOUNDARY = "。；;！？）)”」：:";

    /**
     * The shortest line read as a crawl; a crawled line also holds at least three tenths of the
     * text, so that an inline enumeration ({@code 主要包括：（一）…；（二）…}) in one paragraph of a
     * document with line breaks stays a paragraph.
     */
    private static final int MIN_CRAWLED_LINE = 120;

    private CrawledLineSplitter() {
    }

    /** The text with a break before each heading of a crawled line, and how many breaks. */
    static Repaired split(MappedText in) {
        String text = in.text();
        int split = 0;
        MappedText.Builder out = null;
        int copied = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            boolean crawled = lineEnd - lineStart >= Math.max(MIN_CRAWLED_LINE, text.length() * 3 / 10);
            List<Integer> breaks = crawled ? headings(text, lineStart, lineEnd) : List.of();
            for (int at : breaks) {
                out = out == null ? in.edit() : out;
                out.copy(copied, at);
                out.append('\n', at);
                copied = at;
                split++;
            }
            lineStart = lineEnd + 1;
        }
        if (out == null) {
            return Repaired.none(in);
        }
        out.copy(copied, text.length());
        return new Repaired(out.build(), split);
    }

    /** Where headings start inside the line {@code from..to}, when it is crawled; else none. */
    private static List<Integer> headings(String text, int from, int to) {
        List<Integer> found = new ArrayList<>();
        Map<MarkerStyle, Integer> last = new EnumMap<>(MarkerStyle.class);
        int parts = 0;
        int headingPhraseEnd = -1; // a sub-heading may be glued to a part's heading phrase: 一、总体要求（一）…
        for (int i = from + 1; i < to - 2; i++) {
            char c = text.charAt(i);
            if (Punctuation.isBreak(c)) {
                headingPhraseEnd = -1;
            }
            boolean glued = i < headingPhraseEnd && (c == '（' || c == '(');
            if (!glued && BOUNDARY.indexOf(text.charAt(i - 1)) < 0 || !canOpenMarker(c)) {
                continue;
            }
            Marker marker = Marker.at(text.substring(i, Math.min(to, i + 6)));
            if (marker == null || marker.end() >= to - i) {
                continue;
            }
            Integer previous = last.get(marker.style());
            if (previous != null && marker.number() != 1 && marker.number() != previous + 1) {
                continue;
            }
            last.put(marker.style(), marker.number());
            if (marker.style() == MarkerStyle.CHINESE_COMMA || marker.style() == MarkerStyle.CHINESE_PAREN) {
                parts++;
            }
            headingPhraseEnd = marker.style() == MarkerStyle.CHINESE_COMMA ? i + marker.end() + 30 : -1;
            found.add(i);
        }
        return found.size() >= 3 && parts >= 2 ? found : List.of();
    }

    private static boolean canOpenMarker(char c) {
        return Punctuation.OPEN_ROUND.indexOf(c) >= 0 || c >= '0' && c <= '9' || "一二三四五六七八九十第".indexOf(c) >= 0;
    }
}

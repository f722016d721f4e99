package dev.cnpolicy.parser.internal.text;

import dev.cnpolicy.parser.internal.numbers.Marker;
import dev.cnpolicy.parser.internal.numbers.MarkerStyle;

/**
 * Puts back the line break a web page lost between a top heading and its first sub-heading:
 * {@code 五、加强组织保障（一）健全工作机制。…} becomes {@code 五、加强组织保障} and
 * {@code （一）健全工作机制。…} on the next line, so that both are read as headings. Both markers are
 * read by {@link Marker}, the outline's own heading grammar.
 */
final class GluedHeadingSplitter {

    /** Shortest and longest heading phrase between the two markers: {@code 强化要素保障}. */
    private static final int MIN_PHRASE = 2;
    private static final int MAX_PHRASE = 30;
    /** What ends a heading phrase before any sub-heading can follow: a sentence or clause break. */
    private static final String PHRASE_ENDS = "。，；：！？\n";

    private GluedHeadingSplitter() {
    }

    /** The text with a line break before each glued sub-heading, and how many. */
    static Repaired split(MappedText in) {
        String text = in.text();
        MappedText.Builder out = null;
        int copied = 0;
        int splits = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            char first = text.charAt(lineStart);
            int at = first >= '一' && first <= '龥' ? gluedAt(text, lineStart, lineEnd) : -1;
            if (at >= 0) {
                out = out == null ? in.edit() : out;
                out.copy(copied, at);
                out.append('\n', at);
                copied = at;
                splits++;
            }
            lineStart = lineEnd + 1;
        }
        if (out == null) {
            return Repaired.none(in);
        }
        out.copy(copied, text.length());
        return new Repaired(out.build(), splits);
    }

    /**
     * Where a sub-heading marker is glued to the top heading phrase opening the line, or -1: in
     * {@code 三、强化要素保障（一）…} before {@code （一）}; none in {@code 三、到2025年（2023—2025年）}
     * (no numeral marker) or {@code 一、总体要求。（一）} (a sentence ends first).
     */
    private static int gluedAt(String text, int lineStart, int lineEnd) {
        Marker top = Marker.at(text.substring(lineStart, Math.min(lineEnd, lineStart + 4)));
        if (top == null || top.style() != MarkerStyle.CHINESE_COMMA || !top.text().endsWith("、")) {
            return -1;
        }
        int phraseStart = lineStart + top.end();
        int limit = Math.min(lineEnd, phraseStart + MAX_PHRASE);
        for (int i = phraseStart; i < limit + 1 && i < lineEnd; i++) {
            char c = text.charAt(i);
            if (Punctuation.OPEN_ROUND.indexOf(c) >= 0) {
                Marker sub = Marker.at(text.substring(i, Math.min(lineEnd, i + 6)));
                boolean glued = sub != null && sub.style() == MarkerStyle.CHINESE_PAREN && i - phraseStart >= MIN_PHRASE;
                return glued ? i : -1;
            }
            if (PHRASE_ENDS.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }
}

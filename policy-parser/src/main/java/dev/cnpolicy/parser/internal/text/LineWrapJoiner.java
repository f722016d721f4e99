package dev.cnpolicy.parser.internal.text;

import dev.cnpolicy.parser.internal.numbers.Marker;
import java.util.regex.Pattern;

/**
 * Joins lines that text taken from a PDF broke at a fixed width, so that a sentence, a number or a
 * responsibility clause split over two lines is whole again:
 * <pre>
 * 1.推进设备联网。支持企业开展设备数字化改造，每年新增联网设
 * 备5万台（套）。（责任单位：省经信厅）
 * </pre>
 * A document counts as wrapped when many of its lines share one length (the width); a line of about
 * that width that does not end a sentence is joined with the next, unless the next starts a heading.
 * A page number between the two ({@code — 3 —}) is dropped. Documents whose lines vary in length,
 * as text from a web page does, are left as they are.
 */
final class LineWrapJoiner {

    /** Shortest width taken for a wrap; shorter lines are table cells or headings. */
    private static final int MIN_WIDTH = 15;
    /** Widest width taken for a wrap. */
    private static final int MAX_WIDTH = 80;
    /** How many lines must share the width before a document counts as wrapped. */
    private static final int MIN_FULL_LINES = 5;
    /**
     * And what share of the lines at least {@link #MIN_WIDTH} wide they must be: wrapped text is
     * mostly full lines, while in a long web page a few paragraphs share a length by chance.
     */
    private static final double MIN_FULL_SHARE = 0.3;
    /** Characters that end a sentence or a clause, after which a line break is real. */
    private static final String ENDINGS = Punctuation.SENTENCE_ENDS + Punctuation.SEMICOLONS + Punctuation.COLONS
            + Punctuation.CLOSE_QUOTES + Punctuation.CLOSE_BRACKETS;

    /** A page number on its own line: {@code — 3 —}, {@code - 12 -}, {@code －3－}, {@code 第3页}. */
    static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[—\\-－–]\\s?\\d{1,4}\\s?[—\\-－–]|第\\s?\\d{1,4}\\s?页(?:\\s?共\\s?\\d{1,4}\\s?页)?)$");

    private LineWrapJoiner() {
    }

    /** The text with wrapped lines joined, and the number of joins. */
    static Repaired join(MappedText in) {
        String text = in.text();
        int width = wrapWidth(text);
        if (width < 0) {
            return Repaired.none(in);
        }
        int joined = 0;
        MappedText.Builder out = in.edit();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                out.copy(lineStart, text.length());
                break;
            }
            out.copy(lineStart, lineEnd);
            int next = lineEnd + 1;
            if (isFull(text, lineStart, lineEnd, width)) {
                int nextEnd = endOfLine(text, next);
                if (nextEnd - next <= 12 && nextEnd < text.length()
                        && PAGE_NUMBER.matcher(text.substring(next, nextEnd)).matches()) {
                    next = nextEnd + 1; // — 3 — between the two halves of a sentence
                }
                if (continues(text, next)) {
                    joined++;
                    lineStart = next;
                    continue;
                }
            }
            out.copy(lineEnd, lineEnd + 1);
            lineStart = lineEnd + 1;
        }
        return new Repaired(out.build(), joined);
    }

    /**
     * The display width (a Chinese character 2, a digit or letter 1) that most lines reach, give or
     * take one Chinese character, or -1 when too few lines share one to call the text wrapped.
     */
    static int wrapWidth(String text) {
        int[] counts = new int[2 * MAX_WIDTH + 2];
        int wide = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = endOfLine(text, lineStart);
            int width = displayWidth(text, lineStart, lineEnd);
            if (width >= 2 * MIN_WIDTH) {
                wide++;
                if (width <= 2 * MAX_WIDTH) {
                    counts[width]++;
                }
            }
            lineStart = lineEnd + 1;
        }
        int best = -1;
        int bestCount = 0;
        for (int w = 2 * MIN_WIDTH; w <= 2 * MAX_WIDTH; w++) {
            int near = counts[w] + counts[w - 1] + counts[w - 2];
            if (near > bestCount) {
                best = w;
                bestCount = near;
            }
        }
        return bestCount >= MIN_FULL_LINES && bestCount >= MIN_FULL_SHARE * wide ? best : -1;
    }

    /** Whether a line reaches the width, give or take one Chinese character, and runs on. */
    private static boolean isFull(String text, int start, int end, int width) {
        if (end - start < MIN_WIDTH || displayWidth(text, start, Math.min(end, start + MAX_WIDTH + 1)) < width - 2) {
            return false;
        }
        return ENDINGS.indexOf(text.charAt(end - 1)) < 0 || opensBracket(text, start, end);
    }

    /** Whether the line leaves a bracket open: {@code …达到60%以上。（责任单位：} runs on whatever it ends with. */
    private static boolean opensBracket(String text, int start, int end) {
        return Punctuation.unclosedAt(text, start, end) >= 0;
    }

    /** Width as printed: 2 for Chinese characters and full-width forms, 1 for ASCII and other narrow chars. */
    private static int displayWidth(String text, int start, int end) {
        int width = 0;
        for (int i = start; i < end && width <= 2 * MAX_WIDTH + 2; i++) {
            width += text.charAt(i) < 0x1100 ? 1 : 2;
        }
        return width;
    }

    /** Whether the line at {@code start} continues the one before: it has text and starts no heading. */
    private static boolean continues(String text, int start) {
        if (start >= text.length() || text.charAt(start) == '\n') {
            return false;
        }
        int end = Math.min(endOfLine(text, start), start + 130);
        String line = text.substring(start, end);
        return Marker.at(line) == null && !WebFurniture.isFurniture(line);
    }

    private static int endOfLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}

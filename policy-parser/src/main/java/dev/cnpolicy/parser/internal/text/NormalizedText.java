package dev.cnpolicy.parser.internal.text;

import dev.cnpolicy.model.SourceSpan;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The clean text every later stage reads: LF line ends, simplified script (unless asked
 * otherwise), repaired, with a map back to the decoded input. Turns char ranges into
 * {@link SourceSpan}s that count code points.
 */
public final class NormalizedText {

    private final MappedText mapped;
    private final String text;
    private final int[] lineStarts;
    /** Code point index of each char, or null when the text has no surrogate pairs. */
    private final int @Nullable [] codePointIndex;
    private final boolean[] furniture;

    NormalizedText(MappedText mapped) {
        this.mapped = Objects.requireNonNull(mapped);
        this.text = mapped.text();
        this.lineStarts = lineStarts(text);
        this.codePointIndex = codePointIndex(text);
        this.furniture = new boolean[lineStarts.length];
        for (int line = 0; line < lineStarts.length; line++) {
            furniture[line] = WebFurniture.isFurniture(line(line));
        }
    }

    /** A text taken as already normalised, for tests and for callers that normalised it themselves. */
    public static NormalizedText of(String text) {
        return new NormalizedText(MappedText.identity(text));
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Char index where line {@code line} (0-based) starts. */
    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** Char index where line {@code line} (0-based) ends, before its LF. */
    public int lineEnd(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
    }

    /** The content of line {@code line} (0-based), without its LF. */
    public String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** Whether line {@code line} is web-page furniture (breadcrumb, byline, font switch), not document. */
    public boolean isFurniture(int line) {
        return furniture[line];
    }

    /** 0-based line of char index {@code index}. */
    public int lineOf(int index) {
        int found = Arrays.binarySearch(lineStarts, index);
        return found >= 0 ? found : -found - 2;
    }

    /** Span of chars {@code start..end} (end exclusive), counted in code points. */
    public SourceSpan span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return new SourceSpan(codePoint(s), codePoint(e), lineOf(s) + 1);
    }

    /** Span of whole lines {@code firstLine..lastLine} (0-based, inclusive). */
    public SourceSpan lineSpan(int firstLine, int lastLine) {
        return span(lineStart(firstLine), lineEnd(lastLine));
    }

    /** Index in the decoded input of char {@code index}. */
    public int inputIndex(int index) {
        return mapped.originOf(index);
    }

    /** First char index that stands for decoded-input char {@code inputIndex} or later. */
    public int indexOfInput(int inputIndex) {
        return mapped.indexOfOrigin(inputIndex);
    }

    /** The char index of code point {@code codePoint}, the inverse of a span's offsets. */
    public int indexOfCodePoint(int codePoint) {
        if (codePointIndex == null) {
            return codePoint;
        }
        int lo = 0;
        int hi = codePointIndex.length - 1;
        while (lo < hi) { // the first char whose code-point offset is codePoint
            int mid = (lo + hi) >>> 1;
            if (codePointIndex[mid] < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int codePoint(int charIndex) {
        return codePointIndex == null ? charIndex : codePointIndex[charIndex];
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    private static int @Nullable [] codePointIndex(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            return null;
        }
        int[] index = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            index[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            }
        }
        index[text.length()] = cp;
        return index;
    }
}

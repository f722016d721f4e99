package dev.cnpolicy.model;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Where an extracted fact stands in the document's normalised {@code text}.
 *
 * <p>Offsets count Unicode code points, {@code end} is exclusive and {@code line} is 1-based, so
 * {@code （省公安厅负责）} at the end of line 40 might be {@code {start: 5120, end: 5127, line: 40}}.
 *
 * @param start first code point of the fact
 * @param end   one past its last code point
 * @param line  line of {@code start}, counted from 1
 */
public record SourceSpan(@PositiveOrZero int start, @PositiveOrZero int end, @Min(1) int line) {

    public SourceSpan {
        if (start < 0) {
            throw new IllegalArgumentException("span start must not be negative: " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("span end " + end + " is before its start " + start);
        }
        if (line < 1) {
            throw new IllegalArgumentException("span line must be 1 or more: " + line);
        }
    }

    /** The number of code points the span covers. */
    public int length() {
        return end - start;
    }

    /** Whether this span lies inside a text of {@code codePointCount} code points. */
    public boolean fitsIn(int codePointCount) {
        return end <= codePointCount;
    }
}

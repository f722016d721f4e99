package dev.cnpolicy.parser.internal.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text with, for each of its chars, the index of the char of the decoded input it came from.
 * Every normalisation step reads one and builds the next, so the final text still maps back.
 */
final class MappedText {

    private final String text;
    private final int[] origin;

    private MappedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** The decoded input itself: each char maps to its own index. */
    public static MappedText identity(String text) {
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            origin[i] = i;
        }
        return new MappedText(text, origin);
    }

    public String text() {
        return text;
    }

    /** Index in the decoded input of char {@code index}; {@code index == length} maps past the end. */
    public int originOf(int index) {
        return origin[index];
    }

    /** First char index whose origin is at or after {@code inputIndex} (the map is non-decreasing). */
    public int indexOfOrigin(int inputIndex) {
        int found = Arrays.binarySearch(origin, 0, text.length(), inputIndex);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && origin[found - 1] == inputIndex) {
            found--;
        }
        return found;
    }

    /** Starts the next text, whose chars are taken from this one. */
    public Builder edit() {
        return new Builder(this);
    }

    /** Builds a text from pieces of a source text, keeping the map. */
    public static final class Builder {
        private final MappedText source;
        private final StringBuilder out;
        private int[] origin;

        private Builder(MappedText source) {
            this.source = Objects.requireNonNull(source);
            this.out = new StringBuilder(source.text.length());
            this.origin = new int[source.text.length() + 16];
        }

        /** Appends {@code c} as standing for source char {@code sourceIndex}. */
        public Builder append(char c, int sourceIndex) {
            ensure(out.length() + 1);
            origin[out.length()] = source.origin[sourceIndex];
            out.append(c);
            return this;
        }

        /** Appends source chars {@code from..to} unchanged. */
        public Builder copy(int from, int to) {
            ensure(out.length() + (to - from));
            System.arraycopy(source.origin, from, origin, out.length(), to - from);
            out.append(source.text, from, to);
            return this;
        }

        /** Appends {@code replacement} as standing for source chars {@code from..to}. */
        public Builder replace(CharSequence replacement, int from, int to) {
            int n = replacement.length();
            ensure(out.length() + n);
            for (int i = 0; i < n; i++) {
                int src = n == to - from ? from + i : from + (int) ((long) i * (to - from) / Math.max(1, n));
                origin[out.length()] = source.origin[Math.min(src, source.text.length())];
                out.append(replacement.charAt(i));
            }
            return this;
        }

        /** The number of chars built so far. */
        public int length() {
            return out.length();
        }

        /** The last char built, or 0 when empty. */
        public char last() {
            return out.length() == 0 ? 0 : out.charAt(out.length() - 1);
        }

        /** The char before index {@code index} of what was built, or 0. */
        public char charBefore(int index) {
            return index <= 0 ? 0 : out.charAt(index - 1);
        }

        /** Drops chars from {@code newLength} on. */
        public void truncate(int newLength) {
            out.setLength(newLength);
        }

        public MappedText build() {
            ensure(out.length() + 1);
            origin[out.length()] = source.origin[source.text.length()];
            return new MappedText(out.toString(), Arrays.copyOf(origin, out.length() + 1));
        }

        private void ensure(int capacity) {
            if (capacity >= origin.length) {
                origin = Arrays.copyOf(origin, Math.max(capacity + 1, origin.length * 2));
            }
        }
    }
}

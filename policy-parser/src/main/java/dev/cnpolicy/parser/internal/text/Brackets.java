package dev.cnpolicy.parser.internal.text;

import dev.cnpolicy.parser.internal.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/** Bracket-aware scanning shared by the extractors: top-level groups and splits, in one linear pass. */
public final class Brackets {

    static final String OPEN = Punctuation.OPEN_BRACKETS;
    static final String CLOSE = Punctuation.CLOSE_BRACKETS;

    /** A bracketed group: {@code start} at the opening bracket, {@code end} after the closing one. */
    public record Group(int start, int end) {
        public String inner(String text) {
            return text.substring(start + 1, end - 1);
        }
    }

    private Brackets() {
    }

    /** Top-level bracket groups of {@code text} in {@code from..to}, in order; unbalanced brackets are skipped. */
    public static List<Group> topLevelGroups(String text, int from, int to) {
        List<Group> groups = new ArrayList<>();
        int[] stack = new int[64];
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                if (depth < stack.length) {
                    stack[depth] = i;
                }
                depth++;
            } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
                depth--;
                if (depth == 0 && stack[0] >= from) {
                    groups.add(new Group(stack[0], i + 1));
                }
            } else if (c == '\n') {
                depth = 0;
            }
        }
        return groups;
    }

    /**
     * Where a top-level bracket opens in {@code from..to} and is still open at {@code to} on the
     * same line, or -1: the clause of a fragment cut off mid-annotation, {@code 〔牵头单位：市商务局、市}.
     */
    public static int unclosedAt(String text, int from, int to) {
        return Punctuation.unclosedAt(text, from, to);
    }

    /** Splits at any of {@code separators} outside brackets. */
    public static List<String> splitTopLevel(String text, String separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Index of the first {@code target} outside brackets, or -1. */
    public static int indexOfTopLevel(String text, char target) {
        return firstTopLevel(text, 0, text.length(), i -> text.charAt(i) == target);
    }

    /**
     * The first index in {@code from..to} that stands outside brackets and satisfies {@code at},
     * or -1; brackets that close without opening are ignored.
     */
    public static int firstTopLevel(String text, int from, int to, java.util.function.IntPredicate at) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0 && at.test(i)) {
                return i;
            }
        }
        return -1;
    }
}

package dev.cnpolicy.parser.internal.text;

import java.util.regex.Pattern;

/**
 * The one home of the punctuation and bracket sets the stages scan for: which characters open and
 * close a bracket, end a sentence or break a clause. A new bracket pair is one more character in
 * {@link #OPEN_BRACKETS} and {@link #CLOSE_BRACKETS}, at the same position.
 */
public final class Punctuation {

    /** Brackets that open a note or a number: {@code （(〔[【［}; {@code 《} opens a title, not a note. */
    public static final String OPEN_BRACKETS = "（(〔[【［";
    /** The closing partners of {@link #OPEN_BRACKETS}, position by position. */
    public static final String CLOSE_BRACKETS = "）)〕]】］";
    /** Round brackets only, both widths: {@code （(}. */
    public static final String OPEN_ROUND = "（(";
    /** Round closing brackets, both widths: {@code ）)}. */
    public static final String CLOSE_ROUND = "）)";
    /** Characters that end a sentence: {@code 。！？} and their half-width forms. */
    public static final String SENTENCE_ENDS = "。！？!?";
    /** Commas of both widths. */
    public static final String COMMAS = "，,";
    /** Semicolons of both widths. */
    public static final String SEMICOLONS = "；;";
    /** Colons of both widths. */
    public static final String COLONS = "：:";
    /** Characters that break a clause inside a sentence: commas, semicolons and colons of both widths. */
    public static final String CLAUSE_BREAKS = COMMAS + SEMICOLONS + COLONS;
    /** The enumeration comma between the items of a list: {@code 市发展改革委、市财政局}. */
    public static final char LIST_COMMA = '、';
    /** What separates the items of a list: {@code 、}, commas and semicolons. */
    public static final String LIST_SEPARATORS = LIST_COMMA + COMMAS + SEMICOLONS;
    /** Closing quotes: {@code 」』”}. */
    public static final String CLOSE_QUOTES = "」』”";
    /** Bullets that open a line of a web page: {@code •·●■◆▪-}. */
    public static final String BULLETS = "•·●■◆▪-";

    /**
     * A title in book-title marks, its words in group 1, allowing 〈〉 inside: matches
     * {@code 《〈X〉重点任务分工方案》}; rejects a mark left open at a line end, {@code 《某某方案}.
     */
    public static final Pattern BOOK_TITLE = Pattern.compile("《([^《》\\n]{1,120})》");

    private Punctuation() {
    }

    /** Whether {@code c} opens a bracket of {@link #OPEN_BRACKETS}. */
    public static boolean opens(char c) {
        return OPEN_BRACKETS.indexOf(c) >= 0;
    }

    /** Whether {@code c} closes a bracket of {@link #CLOSE_BRACKETS}. */
    public static boolean closes(char c) {
        return CLOSE_BRACKETS.indexOf(c) >= 0;
    }

    /** Whether {@code c} ends a sentence or breaks a clause: {@code 。，；：} and the like. */
    public static boolean isBreak(char c) {
        return SENTENCE_ENDS.indexOf(c) >= 0 || CLAUSE_BREAKS.indexOf(c) >= 0;
    }

    /** Whether {@code c} ends a clause: a {@linkplain #isBreak break} or a line end. */
    public static boolean endsClause(char c) {
        return isBreak(c) || c == '\n';
    }

    /**
     * Whether {@code c} ends a noun phrase: a clause end, {@code 、} or an opening bracket, as after
     * {@code 企业} in {@code 20家企业、30个园区} or {@code 企业（园区）}.
     */
    public static boolean endsPhrase(char c) {
        return endsClause(c) || c == LIST_COMMA || opens(c);
    }

    /** Whether any character of {@code s} is one of {@code chars}. */
    public static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a top-level bracket opens in {@code from..to} and is still open at {@code to} on the
     * same line, or -1: {@code …达到60%以上。（责任单位：} leaves one open; a line break closes all.
     */
    public static int unclosedAt(String text, int from, int to) {
        int open = -1;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (opens(c)) {
                if (depth == 0) {
                    open = i;
                }
                depth++;
            } else if (closes(c) && depth > 0) {
                depth--;
            } else if (c == '\n') {
                depth = 0;
            }
        }
        return depth > 0 ? open : -1;
    }

    /**
     * A regex character class of {@code chars}, escaped: {@code charClass(OPEN_BRACKETS)} matches any
     * opening bracket.
     */
    public static String charClass(String chars) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if ("[]\\^-&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append(']').toString();
    }

    /** {@code line} without the round brackets around all of it: {@code （2024年3月1日）} gives {@code 2024年3月1日}. */
    public static String unbracketed(String line) {
        boolean bracketed = (line.startsWith("（") && line.endsWith("）") || line.startsWith("(") && line.endsWith(")"))
                && line.length() > 2;
        return bracketed ? line.substring(1, line.length() - 1).strip() : line;
    }
}

package dev.cnpolicy.parser.internal.numbers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A heading marker at the start of a line, e.g. {@code （十八）} is CHINESE_PAREN 18.
 *
 * @param style  its numbering style
 * @param number its value
 * @param text   the marker as written
 * @param end    index in the line just after the marker
 */
public record Marker(MarkerStyle style, int number, String text, int end) {

    /** {@code 一、} to {@code 九十九、}; rejects {@code 一是}, {@code 一、二} inside prose is not at a line start. */
    static final Pattern CHINESE_COMMA = Pattern.compile("^([一二三四五六七八九十]{1,3})[、．.]");
    /** {@code （一）}, {@code (十八)}; rejects {@code （2023—2025年）}, {@code （责任部门：…）}. */
    static final Pattern CHINESE_PAREN = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[）)]");
    /** {@code 1.}, {@code 12．}, {@code 3、}; rejects {@code 1.5万}, {@code 2023年}, {@code 10%}. */
    static final Pattern ARABIC_DOT = Pattern.compile("^([0-9]{1,3})(?:[.．](?![0-9])|、)");
    /** {@code （1）}, {@code (12)}; rejects {@code （2023）} (a year, not an item). */
    static final Pattern ARABIC_PAREN = Pattern.compile("^[（(]([0-9]{1,2})[）)]");
    /** {@code 第一章}, {@code 第三部分}; rejects {@code 第一批}, {@code 第三条款}. */
    static final Pattern CHAPTER = Pattern.compile("^第([一二三四五六七八九十]{1,3})(?:章|部分)");

    /** The marker that opens {@code line}, or {@code null}. */
    public static @Nullable Marker at(String line) {
        if (line.isEmpty()) {
            return null;
        }
        char first = line.charAt(0);
        if (first >= '①' && first <= '⑳') {
            return new Marker(MarkerStyle.CIRCLED, first - '①' + 1, line.substring(0, 1), 1);
        }
        Marker m;
        if (first == '（' || first == '(') {
            m = match(CHINESE_PAREN, MarkerStyle.CHINESE_PAREN, line);
            return m != null ? m : match(ARABIC_PAREN, MarkerStyle.ARABIC_PAREN, line);
        }
        if (first >= '0' && first <= '9') {
            return match(ARABIC_DOT, MarkerStyle.ARABIC_DOT, line);
        }
        if (first == '第') {
            return match(CHAPTER, MarkerStyle.CHAPTER, line);
        }
        return match(CHINESE_COMMA, MarkerStyle.CHINESE_COMMA, line);
    }

    /**
     * An arabic item number glued to a title that starts with digits, read only where that number is
     * the one expected next: {@code 7.365服务工程} after item 6 is item 7 (title {@code 365服务工程});
     * without the expectation {@code 7.365} is a decimal.
     */
    public static @Nullable Marker expectedArabic(String line, int expected) {
        String number = Integer.toString(expected);
        if (expected <= 0 || !line.startsWith(number) || line.length() <= number.length() + 1) {
            return null;
        }
        char dot = line.charAt(number.length());
        if ((dot != '.' && dot != '．') || !Character.isDigit(line.charAt(number.length() + 1))) {
            return null;
        }
        return new Marker(MarkerStyle.ARABIC_DOT, expected, line.substring(0, number.length() + 1), number.length() + 1);
    }

    private static @Nullable Marker match(Pattern pattern, MarkerStyle style, String line) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            return null;
        }
        int number = ChineseNumerals.parseInt(m.group(1));
        if (number <= 0) {
            return null;
        }
        return new Marker(style, number, m.group(), m.end());
    }
}

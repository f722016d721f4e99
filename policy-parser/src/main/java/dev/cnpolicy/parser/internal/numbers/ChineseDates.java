package dev.cnpolicy.parser.internal.numbers;

import java.util.regex.Pattern;

/**
 * The one home of the year, month and date grammar every stage reads: the fragments below are the
 * atoms (a year, a month, a range dash, the words that introduce a target year) and the patterns are
 * the forms the stages look for. Adding a date form is a change here: a new range dash is one more
 * character in {@link #RANGE_DASH}, a new "by" word one more alternative in {@link #BY}.
 */
public final class ChineseDates {

    /** A year of the plans' era as a regex fragment: matches {@code 2025}, {@code 1998}; rejects {@code 3025}, {@code 25}. */
    public static final String YEAR = "(?:19|20)\\d\\d";
    /** A month number as a regex fragment: matches {@code 6}, {@code 06}, {@code 12}; rejects {@code 13}, {@code 0}. */
    public static final String MONTH = "(?:1[0-2]|0?[1-9])";
    /** A day number as a regex fragment: matches {@code 1}, {@code 09}, {@code 31}. */
    public static final String DAY = "\\d{1,2}";
    /** What joins the two ends of a range: {@code 2023—2025}, {@code 2023-2025}, {@code 2023至2025}. */
    public static final String RANGE_DASH = "[—\\-–~～至到]";
    /** The words before a target year: {@code 到2025年}, {@code 至2030年}, {@code 截至2024年}. */
    public static final String BY = "(?:到|至|截至)";
    /** The end of a year or month: {@code 2025年底}, {@code 2023年6月末}. */
    public static final String END_OF = "(?:底|末)";

    /** A span of years: matches {@code 2023—2025年}, {@code 2024年—2025年}, {@code 2019-2020年}; rejects {@code 2023年}. */
    public static final Pattern YEAR_RANGE = Pattern.compile(
            "(" + YEAR + ")年?\\s?" + RANGE_DASH + "\\s?(" + YEAR + ")年");
    /** A year and a month: matches {@code 2023年12月}; rejects {@code 2023年度}, {@code 2023年13月}. */
    /**
     * A five-year plan by its number: matches {@code “十四五”} (the 14th, 2021–2025), {@code 十三五时期};
     * rejects {@code 十五条} (a count of articles: only 十一五 to 十九五 are read).
     */
    public static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六七八九])五(?![条项个件])");

    /** The first year of the n-th five-year plan, from the third (1966–1970) on: 14 → 2021. */
    public static int fiveYearPlanStart(int n) {
        return 1966 + 5 * (n - 3);
    }

    public static final Pattern YEAR_MONTH = Pattern.compile("(" + YEAR + ")年(" + MONTH + ")月");
    /** A year with an optional month: matches {@code 2025年12月}, {@code 2024年}; rejects {@code 25年}. */
    public static final Pattern YEAR_OPTIONAL_MONTH = Pattern.compile("(" + YEAR + ")年(?:(" + MONTH + ")月)?");
    /** A year a sentence sets as its target: matches {@code 到2025年}, {@code 截至2030年底}; rejects {@code 2025年}. */
    public static final Pattern TARGET_YEAR = Pattern.compile(BY + "(" + YEAR + ")年");
    /** A date in page furniture: matches {@code 2018-01-09}, {@code 2023年08月03日}, {@code 2023/8/3}; rejects {@code 2023年}. */
    public static final Pattern WEB_DATE = Pattern.compile("(" + YEAR + ")[-年/.](\\d{1,2})[-月/.](" + DAY + ")");
    /**
     * A date alone on a line, in digits or Chinese numerals: matches {@code 2023年11月6日},
     * {@code 二〇二三年十一月六日}; rejects {@code 2023年底前完成}.
     */
    public static final Pattern DATE_LINE = Pattern.compile(
            "^([0-9]{4}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日$");

    private ChineseDates() {
    }

    /**
     * Whether a {@link #YEAR} starts at {@code at} in {@code s}, checked without a regex for the
     * scanners that test every bracket: {@code 〔2023〕} has one at 1, {@code 〔3023〕} none.
     */
    public static boolean isYearAt(CharSequence s, int at) {
        if (at + 4 > s.length()) {
            return false;
        }
        char c0 = s.charAt(at);
        char c1 = s.charAt(at + 1);
        boolean century = c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0';
        return century && isDigit(s.charAt(at + 2)) && isDigit(s.charAt(at + 3));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

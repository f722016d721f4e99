package dev.cnpolicy.parser.internal.extract;

import static dev.cnpolicy.parser.internal.numbers.ChineseDates.BY;
import static dev.cnpolicy.parser.internal.numbers.ChineseDates.DAY;
import static dev.cnpolicy.parser.internal.numbers.ChineseDates.END_OF;
import static dev.cnpolicy.parser.internal.numbers.ChineseDates.MONTH;
import static dev.cnpolicy.parser.internal.numbers.ChineseDates.YEAR;

import dev.cnpolicy.parser.internal.numbers.ChineseDates;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the deadline of a task: {@code 2023年6月底前} is {@code 2023-06}, {@code 2025年底前},
 * {@code 到2025年} and {@code 完成时限：2025年底} are {@code 2025}. The first deadline in the text wins.
 */
public final class DeadlineExtractor {

    /**
     * A year with an optional month followed by a deadline word, or 到/至 a year: matches
     * {@code 2023年6月底前}, {@code 2024年12月31日前完成}, {@code 2025年底前}, {@code 到2025年};
     * rejects {@code 2023年11月6日} (a date with no deadline word) and {@code 2016—2018年}.
     */
    static final Pattern DEADLINE = Pattern.compile(
            "(?:(" + YEAR + ")年(?:(" + MONTH + ")月)?(?:" + DAY + "日)?" + END_OF + "?(?:前|以前|之前)"
                    + "|" + BY + "(" + YEAR + ")年(?:(" + MONTH + ")月)?" + END_OF + "?"
                    + "|(?:完成时限|完成时间|完成期限|时间节点|时限)[：:]\\s?(" + YEAR + ")年(?:(" + MONTH + ")月)?)");

    /** A year with an optional month standing in a deadline cell: {@code 2025年12月}, {@code 2024年}. */
    private static final Pattern YEAR_MONTH = ChineseDates.YEAR_OPTIONAL_MONTH;

    private DeadlineExtractor() {
    }

    /** The deadline in {@code text}, as {@code yyyy-MM} or {@code yyyy}, or {@code null}. */
    public static String find(String text) {
        if (text.indexOf('年') < 0) {
            return null; // every deadline names a year; most paragraphs have none
        }
        Matcher m = DEADLINE.matcher(text);
        if (!m.find()) {
            return null;
        }
        int alternative = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
        return format(m.group(alternative), m.group(alternative + 1));
    }

    /**
     * The deadline in a table's deadline column, where a bare {@code 2025年12月} is one; {@code 长期坚持}
     * and other words give {@code null}.
     */
    public static String fromCell(String cell) {
        String found = find(cell);
        if (found != null) {
            return found;
        }
        Matcher m = YEAR_MONTH.matcher(cell);
        return m.find() ? format(m.group(1), m.group(2)) : null;
    }

    private static String format(String year, String month) {
        if (month == null) {
            return year;
        }
        return year + "-" + (month.length() == 1 ? "0" + month : month);
    }
}

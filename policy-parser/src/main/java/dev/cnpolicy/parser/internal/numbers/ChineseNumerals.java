package dev.cnpolicy.parser.internal.numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Reads numbers written in Chinese or Arabic numerals: {@code 十八} 18, {@code 二十三} 23,
 * {@code 一百零五} 105, {@code 两千万} 20000000, {@code 1.5万} 15000, {@code 85万} 850000,
 * {@code 三分之二} 66.67 (as a percentage), {@code 百分之十} 10 (percent), {@code 二〇二三} 2023,
 * full-width digits {@code １２}. Returns {@code null} for anything else; never throws.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final int[] DIGIT_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};

    private ChineseNumerals() {
    }

    /** Value of one Chinese digit character, or -1. */
    public static int digit(char c) {
        int i = DIGITS.indexOf(c);
        return i < 0 ? -1 : DIGIT_VALUES[i];
    }

    /** Whether {@code c} can be part of a Chinese numeral. */
    public static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || "十百千万亿拾佰仟".indexOf(c) >= 0;
    }

    /**
     * The value of a whole numeral such as {@code 二十三}, {@code 1.5万}, {@code 两千万},
     * {@code 二〇二三}, or {@code null} when {@code s} is not one.
     */
    public static @Nullable BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String t = halfWidth(s.strip());
        if (t.startsWith("百分之")) {
            return parse(t.substring(3));
        }
        int fraction = t.indexOf("分之");
        if (fraction > 0) {
            BigDecimal denominator = parse(t.substring(0, fraction));
            BigDecimal numerator = parse(t.substring(fraction + 2));
            if (denominator == null || numerator == null || denominator.signum() == 0) {
                return null;
            }
            // 百分之十 is 10 (percent); 三分之二 is 66.67 (percent of the whole)
            if (denominator.compareTo(BigDecimal.valueOf(100)) == 0) {
                return numerator;
            }
            return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
        }
        if (t.isEmpty()) {
            return null;
        }
        // Arabic number with an optional Chinese multiplier suffix: 85万, 1.5亿, 12
        int end = 0;
        while (end < t.length() && (Character.isDigit(t.charAt(end)) || t.charAt(end) == '.' && end > 0)) {
            end++;
        }
        if (end > 0) {
            BigDecimal base;
            try {
                base = new BigDecimal(t.substring(0, end));
            } catch (NumberFormatException e) {
                return null;
            }
            BigDecimal multiplier = multiplierSuffix(t.substring(end));
            return multiplier == null ? null : base.multiply(multiplier);
        }
        return parseChinese(t);
    }

    /** Value of an integer numeral such as {@code 十八}, {@code 九十九}; -1 when not one. */
    public static int parseInt(String s) {
        BigDecimal v = parse(s);
        if (v == null || v.scale() > 0 && v.stripTrailingZeros().scale() > 0) {
            return -1;
        }
        try {
            return v.intValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /** The multiplier a suffix stands for: "" 1, 万 10^4, 亿 10^8, 万亿 10^12, 千 10^3, 百 100. */
    public static BigDecimal multiplierSuffix(String suffix) {
        return switch (suffix) {
            case "" -> BigDecimal.ONE;
            case "十" -> BigDecimal.TEN;
            case "百" -> BigDecimal.valueOf(100);
            case "千" -> BigDecimal.valueOf(1000);
            case "万" -> BigDecimal.valueOf(10_000);
            case "十万" -> BigDecimal.valueOf(100_000);
            case "百万" -> BigDecimal.valueOf(1_000_000);
            case "千万" -> BigDecimal.valueOf(10_000_000);
            case "亿" -> BigDecimal.valueOf(100_000_000);
            case "万亿" -> new BigDecimal("1000000000000");
            default -> null;
        };
    }

    private static @Nullable BigDecimal parseChinese(String t) {
        // digit-by-digit form: 二〇二三
        boolean positional = t.length() > 1;
        for (int i = 0; i < t.length() && positional; i++) {
            positional = digit(t.charAt(i)) >= 0 && t.charAt(i) != '两';
        }
        if (positional && (t.indexOf('〇') >= 0 || t.length() >= 3 || t.charAt(0) != '零')) {
            long v = 0;
            for (int i = 0; i < t.length(); i++) {
                v = v * 10 + digit(t.charAt(i));
            }
            return BigDecimal.valueOf(v);
        }
        long total = 0;     // completed 亿 groups
        long section = 0;   // completed 万 groups within the current 亿
        long group = 0;     // value below 万
        int current = -1;   // pending digit
        boolean any = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (current > 0 && c != '零' && c != '〇') {
                    return null; // two digits in a row: 二三
                }
                current = d;
                any = true;
                continue;
            }
            int unit = switch (c) {
                case '十', '拾' -> 10;
                case '百', '佰' -> 100;
                case '千', '仟' -> 1000;
                default -> 0;
            };
            if (unit > 0) {
                int n = current < 0 ? (unit == 10 ? 1 : -1) : current;
                if (n < 0) {
                    return null;
                }
                group += (long) n * unit;
                current = -1;
                any = true;
            } else if (c == '万') {
                group += Math.max(current, 0);
                if (group == 0 && !any) {
                    return null;
                }
                section += group * 10_000;
                group = 0;
                current = -1;
            } else if (c == '亿') {
                group += Math.max(current, 0);
                total += (section + group) * 100_000_000L;
                section = 0;
                group = 0;
                current = -1;
            } else {
                return null;
            }
        }
        if (!any) {
            return null;
        }
        return BigDecimal.valueOf(total + section + group + Math.max(current, 0));
    }

    /** Full-width digits and point to half-width. */
    public static String halfWidth(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９' || c == '．') {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, c == '．' ? '.' : (char) (c - 0xFEE0));
            }
        }
        return out == null ? s : out.toString();
    }
}

package dev.cnpolicy.parser.internal.extract.indicators;

import dev.cnpolicy.parser.internal.numbers.ChineseDates;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;

/** Where the clause and sentence of a number begin and end, and what they say around it. */
final class Clauses {

    private Clauses() {
    }

    /** Whether no sentence ends between {@code end} and {@code next}. */
    static boolean sameSentence(String s, int end, int next) {
        if (end < 0) {
            return false;
        }
        for (int i = end; i < next; i++) {
            if ("。；;\n".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean endsClause(String s, int end) {
        return end >= s.length() || "，。；、\n）)（(".indexOf(s.charAt(end)) >= 0;
    }

    /** The clause without words that open it but name nothing: {@code 争取建成…} → {@code 建成…}. */
    static String withoutLeadingNoise(String clause) {
        String t = clause;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String noise : List.of("力争", "争取", "努力", "确保", "全力", "计划")) {
                if (t.startsWith(noise) && t.length() > noise.length() + 2) {
                    t = t.substring(noise.length());
                    changed = true;
                }
            }
        }
        return t;
    }

    static int clauseStart(String s, int from, int index) {
        for (int i = index - 1; i >= from; i--) {
            char c = s.charAt(i);
            if ("，。；：\n,;".indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    /** Where the words after a previous value begin, past the joiner: {@code 、省级智能工厂} → {@code 省级智能工厂}. */
    static int afterJoiners(String s, int from, int index) {
        int start = from;
        while (start < index && "、和及与并 ".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return start;
    }

    static boolean insideQuotes(String s, int from, int index) {
        int open = 0;
        for (int i = from; i < index; i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '「') {
                open++;
            } else if ((c == '”' || c == '」') && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    static Integer targetYear(String s, int index, Integer defaultYear) {
        int sentenceStart = s.lastIndexOf('。', index - 1) + 1;
        int lineStart = s.lastIndexOf('\n', index - 1) + 1;
        Matcher m = ChineseDates.TARGET_YEAR.matcher(s);
        m.region(Math.max(sentenceStart, lineStart), index);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(1));
        }
        return year != null ? year : defaultYear;
    }

    static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

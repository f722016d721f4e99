package dev.cnpolicy.parser.internal.extract.indicators;

import dev.cnpolicy.model.Comparator;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.parser.internal.numbers.ChineseNumerals;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Lists of values that share one statement: {@code 排放总量比2015年分别下降15%、10%和26%} is three
 * indicators of one metric, and {@code 婴儿死亡率、孕产妇死亡率分别下降到4.5‰、10/10万} two with a
 * metric each.
 */
final class ValueLists {

    private ValueLists() {
    }

    /** What may stand between the values of one list: {@code 15%、10%和26%}. */
    static final Set<String> LIST_JOINERS = Set.of("、", "和", "及", "与", "、和", "，");

    /** Whether only a list joiner stands between a value ending at {@code end} and the next at {@code next}. */
    static boolean joinsList(String s, int end, int next) {
        String between = s.substring(end, next).strip();
        return LIST_JOINERS.contains(between);
    }

    /**
     * The next value of a list that shares the previous indicator's metric:
     * {@code 排放总量比2015年分别下降15%、10%和26%} gives three indicators of one metric. The value
     * keeps its own unit and bound word; metric, kind, base and target year come from the head, and its
     * text runs from the head's words to this value ({@code 排放总量比2015年分别下降15%、10%}).
     */
    static Indicator continueList(NormalizedText text, Matcher m, Indicator head, int listStart, String id) {
        String unit = m.group("unit");
        String lo = m.group("lo");
        if (unit == null && !lo.contains("分之") || !Character.isDigit(lo.charAt(0)) || m.group("hi") != null) {
            return null;
        }
        BigDecimal multiplier = ChineseNumerals.multiplierSuffix(m.group("mult") == null ? "" : m.group("mult"));
        BigDecimal value = ChineseNumerals.parse(lo);
        if (value == null) {
            return null;
        }
        boolean percent = unit == null || "%".equals(unit) || "％".equals(unit);
        String baseUnit = percent ? "%" : unit.endsWith("百分点") ? "百分点" : unit;
        Comparator comparator = head.comparator() == Comparator.BETWEEN ? Comparator.EXACTLY : head.comparator();
        String after = m.group("after");
        if (after != null) {
            comparator = bound(after, null);
        }
        return new Indicator(id, head.metric(), comparator, Clauses.plain(value.multiply(multiplier)), null, baseUnit,
                head.kind(), head.targetYear(), head.baseYear(), text.text().substring(listStart, m.end()),
                text.span(listStart, m.end()));
    }

    /**
     * The comparator a bound word after the unit gives: 以上 is AT_LEAST (MORE_THAN after 超过),
     * 以下 and 以内 AT_MOST (LESS_THAN after 低于), 左右, 余 and 多 APPROXIMATELY.
     */
    static Comparator bound(String after, Comparator before) {
        return switch (after) {
            case "以上" -> before == Comparator.MORE_THAN ? Comparator.MORE_THAN : Comparator.AT_LEAST;
            case "以下", "以内" -> before == Comparator.LESS_THAN ? Comparator.LESS_THAN : Comparator.AT_MOST;
            default -> Comparator.APPROXIMATELY;
        };
    }

    /**
     * Gives each value of a list its own metric when the head names as many metrics with
     * {@code 分别}, each a measure of its own (ending in 率, 量, 比重…): {@code 婴儿死亡率、孕产妇死亡率分别下降到4.5‰、10/10万} gives 婴儿死亡率 4.5‰ and
     * 孕产妇死亡率 10/10万. Indicators {@code from..to} of {@code out} are the list.
     */
    static void respective(List<Indicator> out, int from, int to) {
        if (from < 0 || to - from < 2 || !out.get(from).text().contains("分别")) {
            return;
        }
        String[] metrics = out.get(from).metric().split("、|和|及");
        if (metrics.length != to - from) {
            return;
        }
        for (String metric : metrics) { // 花生种植、收获机械化率 names one measure of two activities
            if (metric.strip().length() < 3 || IndicatorWords.suffixIn(metric.strip(), IndicatorWords.MEASURE_WORDS) == null) {
                return;
            }
        }
        for (int k = from; k < to; k++) {
            Indicator i = out.get(k);
            String metric = metrics[k - from].strip();
            if (metric.length() < 2) {
                return;
            }
            out.set(k, new Indicator(i.id(), metric, i.comparator(), i.value(), i.upperValue(), i.unit(),
                    Metrics.kindFromMetric(metric, "%".equals(i.unit()), i.kind()), i.targetYear(), i.baseYear(), i.text(),
                    i.span()));
        }
    }
}

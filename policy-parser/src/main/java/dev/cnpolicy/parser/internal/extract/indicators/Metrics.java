package dev.cnpolicy.parser.internal.extract.indicators;

import dev.cnpolicy.model.IndicatorKind;
import java.util.regex.Matcher;
import dev.cnpolicy.parser.internal.numbers.ChineseDates;
import dev.cnpolicy.parser.internal.text.Punctuation;
import java.util.regex.Pattern;

/**
 * What an indicator measures, read from the words before (or after) its number: the metric
 * without time phrases, verbs and filler ({@code 到2025年，力争…达到} → nothing of that), the year a
 * change is measured against, and the kind its ending implies ({@code …率} is a share).
 */
public final class Metrics {

    /**
     * The year a change is measured against, ending a metric: matches {@code 年均浓度较2012年},
     * {@code 排放总量比2015年}, {@code 与2020年相比}; rejects {@code 到2025年} (a target year).
     */
    private static final Pattern BASELINE = Pattern.compile(
            "(?:较|比|相比|与)(" + ChineseDates.YEAR + ")年(?:同期|底|末)?(?:相比)?(?:水平)?$");

    /** A leading time phrase of a clause: {@code 到2025年}, {@code 2023年底前}. */
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^" + ChineseDates.BY + "?" + ChineseDates.YEAR + "年" + ChineseDates.END_OF + "?(?:前)?");

    /** The kind a metric's ending implies (…增长率 a growth rate, …率 or …比重 a share), else {@code fallback}. */
    public static IndicatorKind kindFromMetric(String metric, boolean percent, IndicatorKind fallback) {
        for (String ending : IndicatorWords.GROWTH_ENDINGS) {
            if (metric.endsWith(ending)) {
                return IndicatorKind.GROWTH_RATE;
            }
        }
        for (String ending : IndicatorWords.SHARE_ENDINGS) {
            if (metric.endsWith(ending)) {
                return IndicatorKind.SHARE;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        return percent ? IndicatorKind.SHARE : IndicatorKind.LEVEL;
    }

    /** A metric and the year it is compared with, if the words name one. */
    record Metric(String name, Integer baseYear) {
    }

    /** The metric in the words before a number, without time phrases and filler, with its base year. */
    static Metric metric(String before) {
        String t = before.strip();
        Integer baseYear = null;
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            Matcher base = BASELINE.matcher(t);
            if (base.find()) {
                baseYear = Integer.valueOf(base.group(1));
                t = t.substring(0, base.start()).strip();
                changed = true;
            }
            Matcher time = LEADING_TIME.matcher(t);
            if (time.find()) {
                t = t.substring(time.end()).strip();
                changed = true;
            }
            for (String noise : IndicatorWords.LEADING_NOISE) {
                if (t.startsWith(noise)) {
                    t = t.substring(noise.length()).strip();
                    changed = true;
                }
            }
            for (String noise : IndicatorWords.TRAILING_NOISE) {
                if (t.endsWith(noise) && t.length() > noise.length()) {
                    t = t.substring(0, t.length() - noise.length()).strip();
                    changed = true;
                }
            }
        }
        if (t.length() > 40) {
            t = t.substring(t.length() - 40);
        }
        return new Metric(t, baseYear);
    }

    /** The noun phrase after a count with no metric before it: {@code 20—30家企业开展贯标} → 企业开展贯标. */
    static String following(String s, int from, int limit) {
        int end = from;
        while (end < limit && end - from < 20 && !Punctuation.endsPhrase(s.charAt(end))) {
            end++;
        }
        return s.substring(from, end).strip();
    }

    private Metrics() {
    }
}

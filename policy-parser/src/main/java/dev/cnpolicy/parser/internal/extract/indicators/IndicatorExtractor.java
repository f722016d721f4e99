package dev.cnpolicy.parser.internal.extract.indicators;

import dev.cnpolicy.model.Comparator;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.IndicatorKind;
import dev.cnpolicy.parser.internal.numbers.ChineseDates;
import dev.cnpolicy.parser.internal.numbers.ChineseNumerals;
import dev.cnpolicy.parser.internal.numbers.Units;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantitative targets: {@code 每万人口高价值发明专利拥有量达到10件以上} is
 * (每万人口高价值发明专利拥有量, AT_LEAST, 10, 件, LEVEL). A number counts only with a unit and
 * something that makes it a target: a comparator word, a range, a kind word (增长, 压缩, 新增…) or a
 * percentage; years, document numbers, hotlines and quoted counts such as {@code “四个着力”} are
 * not indicators. Two metrics sharing one value ({@code A和B结案率均达到90%以上}) are one indicator
 * whose metric names both. Stateless and thread-safe.
 */
public final class IndicatorExtractor {

    private static final String NUM = "\\d{1,9}(?:\\.\\d{1,4})?|[一二两三四五六七八九十]{1,3}分之[一二两三四五六七八九十]{1,3}"
            + "|百分之[一二两三四五六七八九十百]{1,4}|[一二两三四五六七八九十百千]{1,6}";

    /**
     * A number or range with multiplier and unit and an optional bound word: matches
     * {@code 10件以上}, {@code 20—30家}, {@code 85万件}, {@code 500万元以上}, {@code 三分之二以上},
     * {@code 2个百分点}, {@code 100个左右}; rejects {@code 2025年}, {@code 12330}, {@code 17部门}.
     */
    static final Pattern QUANTITY = Pattern.compile(
            "(?<lo>" + NUM + ")(?:(?:" + Units.MULTIPLIER + ")?(?:" + Units.alternation() + ")?" + ChineseDates.RANGE_DASH
                    + "(?<hi>" + NUM + "))?"
                    + "(?<mult>" + Units.MULTIPLIER + ")?"
                    + " ?(?<unit>" + Units.alternation() + ")?"
                    + "(?<after>以上|以下|以内|左右|余|多)?");

    /** The characters besides ASCII digits that {@link #NUM} can start with. */
    private static final String NUMBER_STARTS = "一二两三四五六七八九十百千";




    /**
     * Indicators in chars {@code from..to}, with ids {@code idPrefix + n}.
     *
     * @param defaultYear target year when the sentence names none (the goal's, else the plan's)
     */
    public List<Indicator> extract(NormalizedText text, int from, int to, String idPrefix, Integer defaultYear) {
        String s = text.text();
        List<Indicator> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(s);
        Indicator previous = null;
        int previousEnd = -1;
        int listStart = -1; // where the first value of a list of values stated its metric
        int listHead = -1;
        int i = from;
        while (i < to) {
            // QUANTITY is tried only where a number can start, not at every character
            if (!canStartNumber(s.charAt(i))) {
                i++;
                continue;
            }
            m.region(i, to);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            String id = idPrefix + (out.size() + 1);
            boolean continues = previous != null && ValueLists.joinsList(s, previousEnd, i);
            Indicator indicator = continues
                    ? ValueLists.continueList(text, m, previous, listStart, id)
                    : read(text, m, from, previousEnd, Clauses.sameSentence(s, previousEnd, i) ? previous : null, id,
                            defaultYear);
            if (indicator != null) {
                out.add(indicator);
                previous = indicator;
                previousEnd = m.end();
                if (!continues) {
                    ValueLists.respective(out, listHead, out.size() - 1);
                    listHead = out.size() - 1;
                    listStart = m.end() - indicator.text().length();
                }
            }
            i = Math.max(m.end(), i + 1);
        }
        ValueLists.respective(out, listHead, out.size());
        return out;
    }


    private static boolean canStartNumber(char c) {
        return c >= '0' && c <= '9' || NUMBER_STARTS.indexOf(c) >= 0;
    }

    /**
     * The indicator a {@link #QUANTITY} match stands for, or {@code null}.
     *
     * @param floor            where the previous indicator of the clause ended: {@code 工厂30家以上、省级智能工厂300家}
     *                         gives the second value the metric {@code 省级智能工厂}, not the words of the first
     * @param sentencePrevious the previous indicator of the same sentence, whose metric a bare
     *                         {@code 达到85%} repeats; or {@code null}
     */
    private Indicator read(NormalizedText text, Matcher m, int from, int floor, Indicator sentencePrevious, String id,
                           Integer defaultYear) {
        String s = text.text();
        String lo = m.group("lo");
        String hi = m.group("hi");
        String unit = m.group("unit");
        String after = m.group("after");
        boolean fraction = lo.contains("分之");
        if (unit == null && !fraction) {
            return null;
        }
        int start = m.start();
        if (start > 0 && (Character.isDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '.'
                || ChineseNumerals.isNumeralChar(s.charAt(start - 1)) || s.charAt(start - 1) == '第')) {
            return null;
        }
        int clauseStart = Clauses.clauseStart(s, from, start);
        boolean afterValue = floor > clauseStart; // a previous value of the same clause: 30家以上、省级智能工厂300家
        if (afterValue) {
            clauseStart = Clauses.afterJoiners(s, floor, start);
        }
        if (Clauses.insideQuotes(s, clauseStart, start) || NotTargets.excluded(s, clauseStart, start, m.end(), unit, after)) {
            return null;
        }
        String before = s.substring(clauseStart, start);
        if (unit != null && (unit.equals("位") || unit.equals("名")) && hi == null && Character.isDigit(lo.charAt(0))) {
            Indicator rank = RankTargets.rank(text, m, clauseStart, before, id, defaultYear);
            if (rank != null) {
                return rank;
            }
        }
        Leading leading = leading(before, after);
        before = leading.rest();
        Comparator comparator = leading.comparator();
        IndicatorKind kind = leading.kind();
        boolean chineseNumber = !Character.isDigit(lo.charAt(0));
        boolean percent = fraction || "%".equals(unit) || "％".equals(unit) || lo.startsWith("百分之");
        if (comparator == null && kind == null && hi == null && !percent) {
            if (chineseNumber) {
                return null;
            }
            if (!Clauses.endsClause(s, m.end())) {
                // a count right after its verb, the object after it: 协助500家企业导入云端服务
                if (IndicatorWords.suffixIn(before, IndicatorWords.OBJECT_VERBS) == null) {
                    return null;
                }
                before = ""; // the metric is read from the words after the count
                kind = IndicatorKind.LEVEL;
            }
        }
        // the next count of a list written clause by clause: 建成省级研究院1家，市级实验室1家
        boolean nextCount = sentencePrevious != null && continuesCounts(s, floor, clauseStart) && Clauses.endsClause(s, m.end());
        if (comparator == null && kind == null && hi == null && !percent) {
            // a count that ends its clause after a verb and object: 打造区域公共品牌5个
            String clause = Clauses.withoutLeadingNoise(before.strip());
            String frequency = IndicatorWords.prefixIn(clause, IndicatorWords.FREQUENCIES);
            String verb = countVerb(frequency == null ? clause : clause.substring(frequency.length()));
            if (verb == null && !afterValue && !nextCount) {
                return null;
            }
            before = verb == null ? clause : clause.substring((frequency == null ? 0 : frequency.length()) + verb.length());
            boolean increase = verb != null && IndicatorWords.COUNT_VERBS.indexOf(verb) < 5;
            kind = increase ? IndicatorKind.INCREASE : IndicatorKind.LEVEL;
        }
        if (chineseNumber && !fraction && (comparator == null && kind == null || lo.equals("一"))) {
            return null; // 一批, 两个维护: words, not targets
        }
        BigDecimal[] amount = amount(m);
        if (amount == null) {
            return null;
        }
        BigDecimal value = amount[0];
        BigDecimal upper = amount[1];
        if (upper != null) {
            comparator = Comparator.BETWEEN;
        }
        if (comparator == null) {
            comparator = Comparator.EXACTLY;
        }
        String baseUnit = percent ? "%" : unit.endsWith("百分点") ? "百分点" : unit;
        Metrics.Metric measured = Metrics.metric(before);
        String metric = measured.name();
        int end = m.end();
        if (metric.length() < 2) {
            metric = Metrics.following(s, end, text.text().length());
        }
        if (metric.length() < 2 && sentencePrevious != null) {
            metric = sentencePrevious.metric(); // 机械化率提高2个百分点，达到85%: the same metric again
        }
        if (metric.length() < 2) {
            return null;
        }
        if (kind == null || kind == IndicatorKind.INCREASE && percent) {
            kind = Metrics.kindFromMetric(metric, percent, kind);
        }
        Integer year = Clauses.targetYear(s, start, defaultYear);
        String written = s.substring(clauseStart, end).strip();
        int writtenStart = clauseStart + (s.substring(clauseStart, end).length() - s.substring(clauseStart, end).stripLeading().length());
        return new Indicator(id, metric, comparator, value, upper, baseUnit, kind, year, measured.baseYear(), written,
                text.span(writtenStart, end));
    }






    /** Whether only a comma stands between the previous value and this clause: a list of counts. */
    /** The words before a number without its comparator and kind words, and what they say. */
    private record Leading(String rest, Comparator comparator, IndicatorKind kind) {
    }

    /**
     * Reads the comparator and kind words right before a number ({@code 年均增长不低于}) and the bound
     * word after it ({@code 以上}): {@code 专利申请量年均增长} gives GROWTH_RATE and the rest {@code 专利申请量}.
     */
    private static Leading leading(String before, String after) {
        String rest = before;
        Comparator comparator = null;
        Map.Entry<String, Comparator> word = IndicatorWords.endingIn(rest, IndicatorWords.BEFORE);
        if (word != null) {
            comparator = word.getValue();
            rest = rest.substring(0, rest.length() - word.getKey().length());
        }
        IndicatorKind kind = null;
        Map.Entry<String, IndicatorKind> kindWord = IndicatorWords.endingIn(rest, IndicatorWords.KIND_BEFORE);
        if (kindWord != null) {
            kind = kindWord.getValue();
            rest = rest.substring(0, rest.length() - kindWord.getKey().length());
            Map.Entry<String, Comparator> inner = comparator == null ? IndicatorWords.endingIn(rest, IndicatorWords.BEFORE) : null;
            if (inner != null) {
                comparator = inner.getValue();
                rest = rest.substring(0, rest.length() - inner.getKey().length());
            }
        }
        if (after != null) {
            comparator = ValueLists.bound(after, comparator);
        }
        return new Leading(rest, comparator, kind);
    }

    /** The value and upper value (or {@code null}) in base units, or {@code null} when they do not read as a range. */
    private static BigDecimal[] amount(Matcher m) {
        BigDecimal multiplier = ChineseNumerals.multiplierSuffix(m.group("mult") == null ? "" : m.group("mult"));
        BigDecimal value = ChineseNumerals.parse(m.group("lo"));
        String hi = m.group("hi");
        BigDecimal upper = hi == null ? null : ChineseNumerals.parse(hi);
        if (value == null || hi != null && upper == null) {
            return null;
        }
        value = Clauses.plain(value.multiply(multiplier));
        upper = upper == null ? null : Clauses.plain(upper.multiply(multiplier));
        return upper != null && upper.compareTo(value) < 0 ? null : new BigDecimal[] {value, upper};
    }

    private static boolean continuesCounts(String s, int previousEnd, int clauseStart) {
        return previousEnd >= 0 && previousEnd <= clauseStart && s.substring(previousEnd, clauseStart).strip().matches("[，、,]");
    }



    private static String countVerb(String before) {
        for (String verb : IndicatorWords.COUNT_VERBS) {
            if (before.startsWith(verb) && before.length() > verb.length() + 1) {
                return verb;
            }
        }
        return null;
    }









}

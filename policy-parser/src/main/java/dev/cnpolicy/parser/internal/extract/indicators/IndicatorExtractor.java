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


    /** What may stand between the values of one list: {@code 15%、10%和26%}. */
    private static final java.util.Set<String> LIST_JOINERS = java.util.Set.of("、", "和", "及", "与", "、和", "，");


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
            boolean continues = previous != null && joinsList(s, previousEnd, i);
            Indicator indicator = continues
                    ? continueList(text, m, previous, listStart, id)
                    : read(text, m, from, previousEnd, sameSentence(s, previousEnd, i) ? previous : null, id,
                            defaultYear);
            if (indicator != null) {
                out.add(indicator);
                previous = indicator;
                previousEnd = m.end();
                if (!continues) {
                    respective(out, listHead, out.size() - 1);
                    listHead = out.size() - 1;
                    listStart = m.end() - indicator.text().length();
                }
            }
            i = Math.max(m.end(), i + 1);
        }
        respective(out, listHead, out.size());
        return out;
    }

    /**
     * Gives each value of a list its own metric when the head names as many metrics with
     * {@code 分别}, each a measure of its own (ending in 率, 量, 比重…): {@code 婴儿死亡率、孕产妇死亡率分别下降到4.5‰、10/10万} gives 婴儿死亡率 4.5‰ and
     * 孕产妇死亡率 10/10万. Indicators {@code from..to} of {@code out} are the list.
     */
    private static void respective(List<Indicator> out, int from, int to) {
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
        int clauseStart = clauseStart(s, from, start);
        boolean afterValue = floor > clauseStart; // a previous value of the same clause: 30家以上、省级智能工厂300家
        if (afterValue) {
            clauseStart = afterJoiners(s, floor, start);
        }
        if (insideQuotes(s, clauseStart, start) || NotTargets.excluded(s, clauseStart, start, m.end(), unit, after)) {
            return null;
        }
        String before = s.substring(clauseStart, start);
        if (unit != null && (unit.equals("位") || unit.equals("名")) && hi == null && Character.isDigit(lo.charAt(0))) {
            Indicator rank = rank(text, m, clauseStart, before, id, defaultYear);
            if (rank != null) {
                return rank;
            }
        }
        Comparator comparator = null;
        Map.Entry<String, Comparator> word = IndicatorWords.endingIn(before, IndicatorWords.BEFORE);
        if (word != null) {
            comparator = word.getValue();
            before = before.substring(0, before.length() - word.getKey().length());
        }
        IndicatorKind kind = null;
        Map.Entry<String, IndicatorKind> kindWord = IndicatorWords.endingIn(before, IndicatorWords.KIND_BEFORE);
        if (kindWord != null) {
            kind = kindWord.getValue();
            before = before.substring(0, before.length() - kindWord.getKey().length());
            if (comparator == null) {
                Map.Entry<String, Comparator> inner = IndicatorWords.endingIn(before, IndicatorWords.BEFORE);
                if (inner != null) {
                    comparator = inner.getValue();
                    before = before.substring(0, before.length() - inner.getKey().length());
                }
            }
        }
        if (after != null) {
            comparator = bound(after, comparator);
        }
        boolean chineseNumber = !Character.isDigit(lo.charAt(0));
        boolean percent = fraction || "%".equals(unit) || "％".equals(unit) || lo.startsWith("百分之");
        if (comparator == null && kind == null && hi == null && !percent) {
            if (chineseNumber) {
                return null;
            }
            if (!endsClause(s, m.end())) {
                // a count right after its verb, the object after it: 协助500家企业导入云端服务
                if (IndicatorWords.suffixIn(before, IndicatorWords.OBJECT_VERBS) == null) {
                    return null;
                }
                before = ""; // the metric is read from the words after the count
                kind = IndicatorKind.LEVEL;
            }
        }
        // the next count of a list written clause by clause: 建成省级研究院1家，市级实验室1家
        boolean nextCount = sentencePrevious != null && continuesCounts(s, floor, clauseStart) && endsClause(s, m.end());
        if (comparator == null && kind == null && hi == null && !percent) {
            // a count that ends its clause after a verb and object: 打造区域公共品牌5个
            String clause = withoutLeadingNoise(before.strip());
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
        BigDecimal multiplier = ChineseNumerals.multiplierSuffix(m.group("mult") == null ? "" : m.group("mult"));
        BigDecimal value = ChineseNumerals.parse(lo);
        BigDecimal upper = hi == null ? null : ChineseNumerals.parse(hi);
        if (value == null || hi != null && upper == null) {
            return null;
        }
        value = plain(value.multiply(multiplier));
        upper = upper == null ? null : plain(upper.multiply(multiplier));
        if (upper != null) {
            if (upper.compareTo(value) < 0) {
                return null;
            }
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
        Integer year = targetYear(s, start, defaultYear);
        String written = s.substring(clauseStart, end).strip();
        int writtenStart = clauseStart + (s.substring(clauseStart, end).length() - s.substring(clauseStart, end).stripLeading().length());
        return new Indicator(id, metric, comparator, value, upper, baseUnit, kind, year, measured.baseYear(), written,
                text.span(writtenStart, end));
    }

    /**
     * The next value of a list that shares the previous indicator's metric:
     * {@code 排放总量比2015年分别下降15%、10%和26%} gives three indicators of one metric. The value
     * keeps its own unit and bound word; metric, kind, base and target year come from the head, and its
     * text runs from the head's words to this value ({@code 排放总量比2015年分别下降15%、10%}).
     */
    private Indicator continueList(NormalizedText text, Matcher m, Indicator head, int listStart, String id) {
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
        return new Indicator(id, head.metric(), comparator, plain(value.multiply(multiplier)), null, baseUnit,
                head.kind(), head.targetYear(), head.baseYear(), text.text().substring(listStart, m.end()),
                text.span(listStart, m.end()));
    }

    /**
     * The comparator a bound word after the unit gives: 以上 is AT_LEAST (MORE_THAN after 超过),
     * 以下 and 以内 AT_MOST (LESS_THAN after 低于), 左右, 余 and 多 APPROXIMATELY.
     */
    private static Comparator bound(String after, Comparator before) {
        return switch (after) {
            case "以上" -> before == Comparator.MORE_THAN ? Comparator.MORE_THAN : Comparator.AT_LEAST;
            case "以下", "以内" -> before == Comparator.LESS_THAN ? Comparator.LESS_THAN : Comparator.AT_MOST;
            default -> Comparator.APPROXIMATELY;
        };
    }

    /** Whether no sentence ends between {@code end} and {@code next}. */
    private static boolean sameSentence(String s, int end, int next) {
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

    /** Whether only a list joiner stands between a value ending at {@code end} and the next at {@code next}. */
    private static boolean joinsList(String s, int end, int next) {
        String between = s.substring(end, next).strip();
        return LIST_JOINERS.contains(between);
    }

    private static boolean endsClause(String s, int end) {
        return end >= s.length() || "，。；、\n）)（(".indexOf(s.charAt(end)) >= 0;
    }

    /** Whether only a comma stands between the previous value and this clause: a list of counts. */
    private static boolean continuesCounts(String s, int previousEnd, int clauseStart) {
        return previousEnd >= 0 && previousEnd <= clauseStart && s.substring(previousEnd, clauseStart).strip().matches("[，、,]");
    }

    /** The clause without words that open it but name nothing: {@code 争取建成…} → {@code 建成…}. */
    private static String withoutLeadingNoise(String clause) {
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

    /**
     * A place in a ranking: {@code 跃居全省前40位} is (AT_MOST 40 位, RANK), {@code 排名提升3位} is
     * (EXACTLY 3 位, RANK); the metric is what the clause (or the clause before) ranks.
     */
    private Indicator rank(NormalizedText text, Matcher m, int clauseStart, String before, String id, Integer defaultYear) {
        String s = text.text();
        boolean top = before.endsWith("前") && IndicatorWords.prefixIn(withoutLeadingNoise(before.strip()), IndicatorWords.RANK_VERBS) != null;
        boolean rises = (before.endsWith("提升") || before.endsWith("上升") || before.endsWith("前移"))
                && (before.contains("排名") || before.contains("位次"));
        if (!top && !rises) {
            return null;
        }
        String subject = top ? "" : before.substring(0, before.length() - 2);
        if (Metrics.metric(subject).name().length() < 2) {
            int previousClause = clauseStart >= 1 ? clauseStart(s, Math.max(0, clauseStart - 80), clauseStart - 1) : clauseStart;
            subject = s.substring(previousClause, Math.max(previousClause, clauseStart - 1));
        }
        String metric = Metrics.metric(subject).name();
        if (metric.length() < 2) {
            metric = "排名";
        }
        BigDecimal value = ChineseNumerals.parse(m.group("lo"));
        if (value == null) {
            return null;
        }
        int writtenStart = clauseStart + (before.length() - before.stripLeading().length());
        return new Indicator(id, metric, top ? Comparator.AT_MOST : Comparator.EXACTLY, plain(value), null, m.group("unit"),
                IndicatorKind.RANK, targetYear(s, m.start(), defaultYear), null, s.substring(writtenStart, m.end()),
                text.span(writtenStart, m.end()));
    }

    private static String countVerb(String before) {
        for (String verb : IndicatorWords.COUNT_VERBS) {
            if (before.startsWith(verb) && before.length() > verb.length() + 1) {
                return verb;
            }
        }
        return null;
    }





    private static int clauseStart(String s, int from, int index) {
        for (int i = index - 1; i >= from; i--) {
            char c = s.charAt(i);
            if ("，。；：\n,;".indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    /** Where the words after a previous value begin, past the joiner: {@code 、省级智能工厂} → {@code 省级智能工厂}. */
    private static int afterJoiners(String s, int from, int index) {
        int start = from;
        while (start < index && "、和及与并 ".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return start;
    }

    private static boolean insideQuotes(String s, int from, int index) {
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

    private static Integer targetYear(String s, int index, Integer defaultYear) {
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

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

package dev.cnpolicy.parser.internal.extract.indicators;

import dev.cnpolicy.model.Comparator;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.IndicatorKind;
import dev.cnpolicy.parser.internal.numbers.ChineseNumerals;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.math.BigDecimal;
import java.util.regex.Matcher;

/** Places in a ranking as targets of their own kind: {@code 跃居全省前40位}, {@code 排名提升3位}. */
final class RankTargets {

    private RankTargets() {
    }

    /**
     * A place in a ranking: {@code 跃居全省前40位} is (AT_MOST 40 位, RANK), {@code 排名提升3位} is
     * (EXACTLY 3 位, RANK); the metric is what the clause (or the clause before) ranks.
     */
    static Indicator rank(NormalizedText text, Matcher m, int clauseStart, String before, String id, Integer defaultYear) {
        String s = text.text();
        boolean top = before.endsWith("前") && IndicatorWords.prefixIn(Clauses.withoutLeadingNoise(before.strip()), IndicatorWords.RANK_VERBS) != null;
        boolean rises = (before.endsWith("提升") || before.endsWith("上升") || before.endsWith("前移"))
                && (before.contains("排名") || before.contains("位次"));
        if (!top && !rises) {
            return null;
        }
        String subject = top ? "" : before.substring(0, before.length() - 2);
        if (Metrics.metric(subject).name().length() < 2) {
            int previousClause = clauseStart >= 1 ? Clauses.clauseStart(s, Math.max(0, clauseStart - 80), clauseStart - 1) : clauseStart;
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
        return new Indicator(id, metric, top ? Comparator.AT_MOST : Comparator.EXACTLY, Clauses.plain(value), null, m.group("unit"),
                IndicatorKind.RANK, Clauses.targetYear(s, m.start(), defaultYear), null, s.substring(writtenStart, m.end()),
                text.span(writtenStart, m.end()));
    }
}

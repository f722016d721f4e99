package dev.cnpolicy.parser.internal.extract.indicators;

import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.SourceSpan;
import dev.cnpolicy.parser.internal.numbers.ChineseDates;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Targets a plan states outside its goals and tasks: in its opening paragraph, before the first
 * heading, or in a part that is neither, such as a background:
 * {@code 力争经过5年努力，全省数字经济增加值增长55%以上、达到5.5万亿元}. Only sentences that say they
 * aim at something ({@code 力争}, {@code 确保}, {@code 到2025年}, {@code 目标}) are read, so the
 * figures of a plan's background ({@code 2023年全省实现增加值1.2万亿元}) stay out.
 */
public final class PreambleTargets {

    /** A sentence that aims: matches {@code 力争…}, {@code 到2027年，…}, {@code 总体目标是…}; rejects {@code 2023年全省实现…}. */
    static final Pattern AIMS = Pattern.compile("力争|确保|争取|目标[是为：]|(?:到|至)" + ChineseDates.YEAR + "年");

    private final IndicatorExtractor indicators;

    public PreambleTargets(IndicatorExtractor indicators) {
        this.indicators = indicators;
    }

    /**
     * The targets of the aiming sentences that no goal or task has read: before the first heading,
     * and in parts that are neither (a plan's background, a sub-plan's goals in prose). Ids are
     * {@code i0.n.m}.
     *
     * @param read code-point spans already read for targets (goals and tasks)
     */
    public List<Indicator> extract(NormalizedText text, List<SourceSpan> read, Integer defaultYear) {
        List<Indicator> out = new ArrayList<>();
        String s = text.text();
        int sentence = 0;
        for (int line = 0; line < text.lineCount(); line++) {
            if (text.isFurniture(line) || text.line(line).indexOf('。') < 0) {
                continue; // a title, an addressee, a heading or a date: no sentence
            }
            int start = text.lineStart(line);
            int end = text.lineEnd(line);
            for (int from = start; from < end; ) {
                int stop = s.indexOf('。', from);
                int to = stop < 0 || stop > end ? end : stop + 1;
                sentence++;
                if (AIMS.matcher(s).region(from, to).find() && !overlaps(text.span(from, to), read)) {
                    out.addAll(indicators.extract(text, from, to, "i0." + sentence + ".", defaultYear));
                }
                from = to;
            }
        }
        return out;
    }

    private static boolean overlaps(SourceSpan span, List<SourceSpan> read) {
        for (SourceSpan r : read) {
            if (span.start() < r.end() && r.start() < span.end()) {
                return true;
            }
        }
        return false;
    }
}

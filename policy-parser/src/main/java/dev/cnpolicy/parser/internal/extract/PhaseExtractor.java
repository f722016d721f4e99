package dev.cnpolicy.parser.internal.extract;

import static dev.cnpolicy.parser.internal.numbers.ChineseDates.MONTH;
import static dev.cnpolicy.parser.internal.numbers.ChineseDates.RANGE_DASH;
import static dev.cnpolicy.parser.internal.numbers.ChineseDates.YEAR;

import dev.cnpolicy.model.Phase;
import dev.cnpolicy.parser.internal.numbers.ChineseDates;
import dev.cnpolicy.parser.internal.outline.Outline;
import dev.cnpolicy.parser.internal.outline.OutlineNode;
import dev.cnpolicy.parser.internal.outline.SectionRoles;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds implementation phases: each item under 实施步骤 / 进度安排 / 时间安排, e.g.
 * {@code （一）启动宣传阶段（2016年2月—2016年8月）} → 启动宣传阶段, 2016-02 to 2016-08.
 */
public final class PhaseExtractor {

    /**
     * A month range: matches {@code 2016年2月—2016年8月}, {@code 2016年9月-12月}, {@code 2017年1月至2018年3月};
     * rejects {@code 2016—2018年} (years only, read by {@link #YEAR_RANGE}).
     */
    static final Pattern MONTH_RANGE = Pattern.compile(
            "(" + YEAR + ")年(" + MONTH + ")月(?:[上中下]旬|底|初)?\\s?" + RANGE_DASH + "\\s?(?:(" + YEAR + ")年)?(" + MONTH + ")月");
    /** A year range: {@code 2023—2025年}, {@code 2024年—2025年}. */
    static final Pattern YEAR_RANGE = ChineseDates.YEAR_RANGE;
    /** A bracketed note with a year in a phase heading: {@code （2016年2月—2016年8月）}; rejects {@code （一）}. */
    private static final Pattern DATED_NOTE = Pattern.compile("[（(][^（）()]{0,40}\\d{4}[^（）()]{0,40}[）)]");
    /** A single month: {@code 2023年12月底前}. */
    static final Pattern SINGLE_MONTH = ChineseDates.YEAR_MONTH;

    public List<Phase> extract(NormalizedText text, Outline outline) {
        List<Phase> phases = new ArrayList<>();
        for (OutlineNode node : outline.all()) {
            if (node.parent() == null || !SectionRoles.isPhaseSection(node.parent())) {
                continue;
            }
            String line = text.line(node.line()).substring(node.marker().end());
            YearMonth start = null;
            YearMonth end = null;
            Matcher m = MONTH_RANGE.matcher(line);
            Matcher y = YEAR_RANGE.matcher(line);
            Matcher single = SINGLE_MONTH.matcher(line);
            if (m.find()) {
                start = month(m.group(1), m.group(2));
                end = month(m.group(3) == null ? m.group(1) : m.group(3), m.group(4));
            } else if (y.find()) {
                start = month(y.group(1), "1");
                end = month(y.group(2), "12");
            } else if (single.find()) {
                end = month(single.group(1), single.group(2));
            }
            if (start != null && end != null && end.isBefore(start)) {
                start = null;
                end = null;
            }
            String name = DATED_NOTE.matcher(node.heading()).replaceAll("").strip();
            if (name.isEmpty()) {
                name = node.heading().isEmpty() ? node.marker().text() : node.heading();
            }
            int from = text.lineStart(node.line());
            int to = text.lineEnd(node.lastLine());
            phases.add(new Phase("p" + node.path(), name, start, end, text.text().substring(from, to).strip(),
                    text.span(from, to)));
        }
        return phases;
    }

    private static YearMonth month(String year, String month) {
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12 ? YearMonth.of(Integer.parseInt(year), m) : null;
    }
}

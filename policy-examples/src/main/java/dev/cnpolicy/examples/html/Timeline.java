package dev.cnpolicy.examples.html;

import dev.cnpolicy.model.Phase;
import dev.cnpolicy.model.SourceSpan;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the phase timeline, an inline SVG: one bar per dated phase on a year-month axis,
 * from the first month of the earliest phase to the last month of the latest (both months
 * included). A phase with only a start or only an end shows as one month.
 *
 * @param width  the SVG's width in user units
 * @param height its height
 * @param axisY  where the axis line runs
 * @param ticks  marks on the axis: each January labelled with its year, other quarters unlabelled
 * @param bars   one per dated phase, in document order
 */
record Timeline(int width, int height, int axisY, List<Tick> ticks, List<Bar> bars) {

    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 150;
    static final int ROW = 30;
    static final int TOP = 34;
    private static final int LABEL_CODE_POINTS = 10;

    /** A mark on the axis at {@code x}; {@code label} is a year or empty. */
    record Tick(double x, String label) {
    }

    /** A phase's bar: its label, where it starts and how wide it is, and its months as text. */
    record Bar(String id, String label, String name, double x, double width, double y, double textY,
               String months, SourceSpan span) {
    }

    /** The timeline of the dated phases, or {@code null} when none has a date. */
    static Timeline of(List<Phase> phases) {
        List<Phase> dated = phases.stream().filter(p -> p.start() != null || p.end() != null).toList();
        if (dated.isEmpty()) {
            return null;
        }
        YearMonth first = dated.stream().map(Timeline::startOf).min(YearMonth::compareTo).orElseThrow();
        YearMonth last = dated.stream().map(Timeline::endOf).max(YearMonth::compareTo).orElseThrow();
        // whole years on the axis, so that the year labels sit at its ends
        YearMonth from = YearMonth.of(first.getYear(), 1);
        YearMonth to = YearMonth.of(last.getYear(), 12);
        int months = monthsBetween(from, to) + 1;
        double unit = (WIDTH - LABEL_WIDTH - 20.0) / months;
        // a year label needs about 36 units; long plans label every second or fifth year, and lose the quarters
        int yearStep = (int) Math.ceil(36 / (12 * unit));
        int tickStep = months <= 120 ? 3 : 12;
        List<Tick> ticks = new ArrayList<>();
        for (int m = 0; m <= months; m += tickStep) {
            YearMonth at = from.plusMonths(m);
            boolean labelled = at.getMonthValue() == 1 && (at.getYear() - from.getYear()) % yearStep == 0;
            ticks.add(new Tick(round(LABEL_WIDTH + m * unit), labelled ? at.getYear() + "" : ""));
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            Phase p = dated.get(i);
            YearMonth start = startOf(p);
            YearMonth end = endOf(p);
            double y = TOP + 8 + i * ROW;
            String range = p.start() == null ? "至 " + end : p.end() == null ? start + " 起" : start + " — " + end;
            bars.add(new Bar(p.id(), label(p.name()), p.name(), round(LABEL_WIDTH + monthsBetween(from, start) * unit),
                    round((monthsBetween(start, end) + 1) * unit), y, y + 15, range, p.span()));
        }
        return new Timeline(WIDTH, TOP + 16 + dated.size() * ROW, TOP, ticks, bars);
    }

    private static YearMonth startOf(Phase p) {
        return p.start() != null ? p.start() : p.end();
    }

    private static YearMonth endOf(Phase p) {
        return p.end() != null ? p.end() : p.start();
    }

    private static int monthsBetween(YearMonth a, YearMonth b) {
        return (b.getYear() - a.getYear()) * 12 + b.getMonthValue() - a.getMonthValue();
    }

    private static String label(String name) {
        return name.codePointCount(0, name.length()) <= LABEL_CODE_POINTS ? name
                : name.substring(0, name.offsetByCodePoints(0, LABEL_CODE_POINTS - 1)) + "…";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

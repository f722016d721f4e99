package dev.cnpolicy.parser.internal.extract.tables;

import dev.cnpolicy.model.Comparator;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.IndicatorKind;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.parser.internal.extract.indicators.Metrics;
import dev.cnpolicy.parser.internal.extract.indicators.IndicatorExtractor;
import dev.cnpolicy.parser.internal.numbers.ChineseNumerals;
import dev.cnpolicy.parser.internal.numbers.Units;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets in task-table rows whose unit stands in a cell of its own: the cells
 * {@code 粮食播种面积 | 万亩 | 0.07} give (粮食播种面积, EXACTLY, 700 亩) and
 * {@code 农林牧渔业增加值增幅 | % | ≥2%} give (…, AT_LEAST, 2 %). The metric is the cell before the
 * unit and the value the cell after it. A row without a unit cell has its sentence-like cells read
 * as text ({@code 新增15家示范型照料中心，实施适老化改造260户}), so progress already made
 * ({@code 已完成8家}) stays out as anywhere else.
 */
public final class TableIndicators {

    /** A value cell: matches {@code ≥2%}, {@code 0.07}, {@code ≤ 5}; rejects {@code 全市统筹}, {@code 良好以上}. */
    static final Pattern VALUE_CELL = Pattern.compile("^(≥|≤|>|<|＞|＜|不低于|不少于|不超过)?\\s?(\\d{1,9}(?:\\.\\d{1,4})?)\\s?(%|％)?$");

    /** A unit cell with an optional multiplier: matches {@code 万亩}, {@code %}, {@code 亿斤}; rejects {@code 万元/人}. */
    private static final Pattern UNIT_CELL = Pattern.compile("^(" + Units.MULTIPLIER + ")?(" + Units.alternation() + ")$");

    /** What the table tasks become: each with its row's indicators, and those indicators. */
    public record Read(List<Task> tasks, List<Indicator> indicators) {
    }

    /** The shortest cell read as a sentence that may state targets: {@code 新增15家照料中心}. */
    private static final int SENTENCE_CELL = 8;

    private final IndicatorExtractor sentences;

    public TableIndicators(IndicatorExtractor sentences) {
        this.sentences = sentences;
    }

    /** The indicators of the rows of table tasks (ids {@code tr…}); other tasks pass unchanged. */
    public Read read(NormalizedText text, List<Task> tasks, Integer year) {
        List<Task> out = new ArrayList<>(tasks.size());
        List<Indicator> indicators = new ArrayList<>();
        for (Task task : tasks) {
            List<Indicator> found = task.id().startsWith("tr") ? ofRow(text, task, year) : List.of();
            if (found.isEmpty()) {
                out.add(task);
                continue;
            }
            indicators.addAll(found);
            List<String> ids = new ArrayList<>(task.indicatorIds());
            found.forEach(i -> ids.add(i.id()));
            out.add(new Task(task.id(), task.number(), task.category(), task.title(), task.text(), task.sectionId(),
                    task.responsibility(), ids, task.deadline(), task.span()));
        }
        return new Read(out, indicators);
    }

    private List<Indicator> ofRow(NormalizedText text, Task task, Integer year) {
        List<TableCells.Cell> cells = cells(text, task);
        List<Indicator> out = new ArrayList<>();
        for (int c = 1; c + 1 < cells.size(); c++) {
            Matcher unit = UNIT_CELL.matcher(cells.get(c).text());
            Matcher value = VALUE_CELL.matcher(cells.get(c + 1).text());
            String metric = cells.get(c - 1).text();
            if (!unit.matches() || !value.matches() || metric.length() < 2 || VALUE_CELL.matcher(metric).matches()) {
                continue;
            }
            BigDecimal multiplier = ChineseNumerals.multiplierSuffix(unit.group(1) == null ? "" : unit.group(1));
            BigDecimal amount = new BigDecimal(value.group(2)).multiply(multiplier).stripTrailingZeros();
            if (amount.scale() < 0) {
                amount = amount.setScale(0);
            }
            String baseUnit = unit.group(2).equals("％") ? "%" : unit.group(2);
            int start = cells.get(c - 1).start();
            int end = cells.get(c + 1).end();
            out.add(new Indicator("i" + task.id() + "." + (out.size() + 1), metric, comparator(value.group(1)), amount, null,
                    baseUnit, Metrics.kindFromMetric(metric, baseUnit.equals("%"), IndicatorKind.LEVEL), year, null,
                    text.text().substring(start, end), text.span(start, end)));
        }
        if (out.isEmpty()) { // a cell that states targets in words: 新增15家照料中心，改造260户
            for (TableCells.Cell cell : cells) {
                if (cell.text().length() >= SENTENCE_CELL) {
                    out.addAll(sentences.extract(text, cell.start(), cell.end(), "i" + task.id() + "." + (out.size() + 1) + ".", year));
                }
            }
        }
        return out;
    }

    /** The row's cells: separated cells on one line, or one cell per line. */
    private static List<TableCells.Cell> cells(NormalizedText text, Task task) {
        List<TableCells.Cell> cells = new ArrayList<>();
        int from = text.indexOfCodePoint(task.span().start());
        int to = text.indexOfCodePoint(task.span().end());
        for (int line = text.lineOf(from); line < text.lineCount() && text.lineStart(line) < to; line++) {
            if (TableCells.hasSeparator(text, line)) {
                cells.addAll(TableCells.of(text, line));
            } else if (!text.line(line).isBlank()) {
                String content = text.line(line).strip();
                int start = text.lineStart(line) + text.line(line).indexOf(content);
                cells.add(new TableCells.Cell(content, start, start + content.length()));
            }
        }
        return cells;
    }

    private static Comparator comparator(String sign) {
        if (sign == null) {
            return Comparator.EXACTLY;
        }
        return switch (sign) {
            case "≥", "不低于", "不少于" -> Comparator.AT_LEAST;
            case "≤", "不超过" -> Comparator.AT_MOST;
            case ">", "＞" -> Comparator.MORE_THAN;
            default -> Comparator.LESS_THAN;
        };
    }
}

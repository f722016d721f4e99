package dev.cnpolicy.parser.internal.extract.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Column headings that a page broke over lines, put back together: {@code 项目} / {@code 名称} is
 * {@code 项目名称} when only the two together name a column, and a bracketed note {@code （7月）}
 * belongs to the heading above it ({@code 进展情况（7月）}).
 */
final class SplitHeadings {

    private SplitHeadings() {
    }

    /** The cells with split headings joined; other cells unchanged. */
    static List<TableCells.Cell> join(List<TableCells.Cell> cells) {
        List<TableCells.Cell> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            TableCells.Cell cell = cells.get(i);
            if (!out.isEmpty() && TableCells.BRACKET_NOTE.matcher(cell.text()).matches()) {
                TableCells.Cell above = out.remove(out.size() - 1);
                out.add(new TableCells.Cell(above.text() + cell.text(), above.start(), cell.end()));
                continue;
            }
            if (i + 1 < cells.size() && TableColumns.kindOf(cell.text()) == TableColumns.Kind.OTHER
                    && TableColumns.kindOf(cells.get(i + 1).text()) == TableColumns.Kind.OTHER
                    && TableColumns.kindOf(cell.text() + cells.get(i + 1).text()) != TableColumns.Kind.OTHER) {
                TableCells.Cell next = cells.get(++i);
                out.add(new TableCells.Cell(cell.text() + next.text(), cell.start(), next.end()));
                continue;
            }
            out.add(cell);
        }
        return out;
    }

    /**
     * How many of the joined cells are headings: up to the last that names a known column or
     * carries a note, or repeats an earlier heading ({@code 进展情况（10月）} after {@code 进展情况（7月）}).
     */
    static int headerLength(List<TableCells.Cell> cells) {
        int length = 0;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String heading = cells.get(i).text();
            String base = heading.replaceAll("[（(][^（）()]*[）)]$", "");
            boolean known = TableColumns.kindOf(heading) != TableColumns.Kind.OTHER
                    || !base.equals(heading) || seen.contains(base);
            if (known) {
                length = i + 1;
            }
            seen.add(base);
        }
        return length;
    }
}

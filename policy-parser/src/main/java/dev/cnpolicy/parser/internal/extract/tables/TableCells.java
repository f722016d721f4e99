package dev.cnpolicy.parser.internal.extract.tables;

import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/** The cells of a table that reached us as text: split at {@code |} or tabs, or one per short line. */
final class TableCells {

    /** Longest header cell of a one-cell-per-line table. */
    static final int MAX_HEADING = 8;

    /** A cell's text and the chars it spans. */
    record Cell(String text, int start, int end) {
    }

    private TableCells() {
    }

    /** Whether the line has a cell separator at all: most lines have none and need no split. */
    static boolean hasSeparator(NormalizedText text, int line) {
        for (int i = text.lineStart(line); i < text.lineEnd(line); i++) {
            char c = text.text().charAt(i);
            if (c == '|' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    /** The cells of a line split at {@code |} or tabs; one cell when it has neither. */
    static List<Cell> of(NormalizedText text, int line) {
        String content = text.line(line);
        int base = text.lineStart(line);
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= content.length(); i++) {
            if (i == content.length() || content.charAt(i) == '|' || content.charAt(i) == '\t') {
                String cell = content.substring(start, i);
                int lead = cell.length() - cell.stripLeading().length();
                String stripped = cell.strip();
                cells.add(new Cell(stripped, base + start + lead, base + start + lead + stripped.length()));
                start = i + 1;
            }
        }
        // a leading or trailing separator leaves an empty edge cell
        if (cells.size() > 1 && cells.get(cells.size() - 1).text().isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (cells.size() > 1 && cells.get(0).text().isEmpty()) {
            cells.remove(0);
        }
        return cells;
    }

    /** The end (exclusive) of a run of short lines without digits from {@code line}, blank lines allowed; {@code line} when none. */
    /** A short note in brackets under a heading: matches {@code （7月）}, {@code (万元)}; rejects {@code （一）总体要求}. */
    static final java.util.regex.Pattern BRACKET_NOTE = java.util.regex.Pattern.compile("^[（(][^（）()]{1,6}[）)]$");

    static int shortLineRun(NormalizedText text, int line) {
        int end = line;
        for (int l = line; l < text.lineCount(); l++) {
            String content = text.line(l).strip();
            if (content.isEmpty()) {
                continue;
            }
            boolean note = BRACKET_NOTE.matcher(content).matches(); // （7月）: part of the heading above
            if (content.length() > MAX_HEADING || !note && content.chars().anyMatch(Character::isDigit) || text.isFurniture(l)) {
                break;
            }
            end = l + 1;
        }
        return end;
    }
}

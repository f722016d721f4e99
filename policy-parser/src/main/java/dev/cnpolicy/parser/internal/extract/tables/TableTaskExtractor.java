package dev.cnpolicy.parser.internal.extract.tables;

import dev.cnpolicy.model.Assignment;
import dev.cnpolicy.model.Responsibility;
import dev.cnpolicy.model.Role;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.model.TaskCategory;
import dev.cnpolicy.parser.internal.diagnostics.Diagnostics;
import dev.cnpolicy.parser.internal.extract.DeadlineExtractor;
import dev.cnpolicy.parser.internal.extract.responsibility.DepartmentListParser;
import dev.cnpolicy.parser.internal.extract.responsibility.DepartmentVocabulary;
import dev.cnpolicy.parser.internal.extract.responsibility.OrganizationFactory;
import dev.cnpolicy.parser.internal.extract.responsibility.ResponsibilityParser;
import dev.cnpolicy.parser.internal.text.Brackets;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads task tables that reached us as text: rows with cells separated by {@code |} or tabs (an
 * HTML table, a spreadsheet), or one cell per line (a table copied from a web page). A table starts
 * at a header row that names a role column ({@code 牵头单位}, {@code 责任部门}) and a task or number
 * column; each row below becomes a task with id {@code tr<table>.<row>}. One-cell-per-line rows are
 * delimited by their sequence numbers ({@code 1}, {@code 2}, …). Rows whose cells cannot be matched
 * to the header by position (a different cell count; any one-cell-per-line row, where cells
 * spanning several rows come and go) are mapped by content: the first text cell is the title and
 * department cells fill the department columns from the right; a {@code TABLE_ROWS_GUESSED}
 * diagnostic says so. Stateless.
 */
public final class TableTaskExtractor {

    private final DepartmentListParser lists = new DepartmentListParser();
    private final DepartmentVocabulary vocabulary = DepartmentVocabulary.get();

    /** A table's column headings and what they hold. */
    private record Header(List<String> headings, List<TableColumns.Kind> kinds) {
        int size() {
            return headings.size();
        }

        boolean isTaskTable() {
            long known = kinds.stream().filter(k -> k != TableColumns.Kind.OTHER).count();
            return kinds.contains(TableColumns.Kind.ROLE) && known >= 3
                    && (kinds.contains(TableColumns.Kind.TASK) || kinds.contains(TableColumns.Kind.NUMBER));
        }
    }

    /** The tasks of every task table in {@code text}, in order. */
    public List<Task> extract(NormalizedText text, OrganizationFactory organizations, Diagnostics diagnostics) {
        List<Task> tasks = new ArrayList<>();
        int table = 0;
        int line = 0;
        while (line < text.lineCount()) {
            if (text.isFurniture(line) || text.line(line).isBlank()) {
                line++;
                continue;
            }
            List<TableCells.Cell> cells = TableCells.hasSeparator(text, line) ? TableCells.of(text, line) : List.of();
            if (cells.size() >= 3) {
                Header header = header(cells);
                if (header.isTaskTable()) {
                    table++;
                    line = readSeparatedRows(text, line + 1, header, table, organizations, tasks, diagnostics);
                    continue;
                }
            }
            int runEnd = TableCells.shortLineRun(text, line);
            if (runEnd > line) {
                List<TableCells.Cell> run = new ArrayList<>();
                for (int l = line; l < runEnd; l++) {
                    if (!text.line(l).isBlank()) {
                        run.add(new TableCells.Cell(text.line(l).strip(), text.lineStart(l), text.lineEnd(l)));
                    }
                }
                Header header = header(run);
                if (run.size() >= 3 && header.isTaskTable() && header.kinds().contains(TableColumns.Kind.NUMBER)) {
                    table++;
                    line = readCellPerLineRows(text, runEnd, header, table, organizations, tasks, diagnostics);
                    continue;
                }
                List<TableCells.Cell> joined = SplitHeadings.join(run);
                int headerCells = SplitHeadings.headerLength(joined);
                Header unnumbered = header(joined.subList(0, headerCells));
                if (headerCells >= 3 && unnumbered.isTaskTable() && !unnumbered.kinds().contains(TableColumns.Kind.NUMBER)) {
                    table++; // 项目 / 名称 / 内容 / 牵头单位 / 进展情况 / （7月）…, then rows without numbers
                    int dataLine = headerCells < joined.size() ? text.lineOf(joined.get(headerCells).start()) : runEnd;
                    line = readUnnumberedRows(text, dataLine, unnumbered, table, organizations, tasks, diagnostics);
                    continue;
                }
                line = runEnd;
                continue;
            }
            line++;
        }
        return tasks;
    }

    private int readSeparatedRows(NormalizedText text, int from, Header header, int table,
                                  OrganizationFactory organizations, List<Task> tasks, Diagnostics diagnostics) {
        int line = from;
        int row = 0;
        int guessed = 0;
        for (; line < text.lineCount(); line++) {
            if (text.line(line).isBlank()) {
                continue;
            }
            List<TableCells.Cell> cells = TableCells.of(text, line);
            if (cells.size() < 2) {
                break;
            }
            row++;
            guessed += cells.size() == header.size() ? 0 : 1;
            Task task = task(text, header, cells, cells.size() == header.size(), table, row, organizations);
            if (task != null) {
                tasks.add(task);
            }
        }
        report(text, header, table, row, guessed, from, diagnostics);
        return line;
    }

    /**
     * Rows of a one-cell-per-line table with no number column: every {@code header.size()} cells are
     * a row; the cells left over at the end are no row, and {@code TABLE_ROW_INCOMPLETE} says so.
     */
    private int readUnnumberedRows(NormalizedText text, int from, Header header, int table,
                                   OrganizationFactory organizations, List<Task> tasks, Diagnostics diagnostics) {
        List<TableCells.Cell> cells = new ArrayList<>();
        int row = 0;
        int line = from;
        for (; line < text.lineCount(); line++) {
            String content = text.line(line).strip();
            if (content.isEmpty()) {
                continue;
            }
            if (text.isFurniture(line) || content.length() > 200 || content.endsWith("：") || content.endsWith(":")) {
                break;
            }
            cells.add(new TableCells.Cell(content, text.lineStart(line), text.lineEnd(line)));
            if (cells.size() == header.size()) {
                row++;
                Task task = task(text, header, cells, true, table, row, organizations);
                if (task != null) {
                    tasks.add(task);
                }
                cells = new ArrayList<>();
            }
        }
        if (!cells.isEmpty()) {
            diagnostics.info("TABLE_ROW_INCOMPLETE", "task table " + table + " ends with " + cells.size() + " of "
                    + header.size() + " cells of a row; they are not read as a task",
                    text.span(cells.get(0).start(), cells.get(cells.size() - 1).end()));
        }
        return line;
    }

    private int readCellPerLineRows(NormalizedText text, int from, Header header, int table,
                                    OrganizationFactory organizations, List<Task> tasks, Diagnostics diagnostics) {
        int maxCells = header.size() + 3;
        int expected = 1;
        List<TableCells.Cell> cells = null;
        int line = from;
        int guessed = 0;
        int waited = 0;
        for (; line < text.lineCount(); line++) {
            String content = text.line(line).strip();
            if (content.isEmpty() || text.isFurniture(line)) {
                continue;
            }
            if (content.equals(Integer.toString(expected))) {
                if (cells != null) {
                    guessed += finishRow(text, header, cells, table, expected - 1, organizations, tasks);
                }
                cells = new ArrayList<>();
                expected++;
                continue;
            }
            if (cells == null) {
                if (++waited > maxCells) {
                    break; // no row 1 near the header: not a table after all
                }
                continue;
            }
            if (cells.size() >= maxCells || content.length() > 200) {
                break;
            }
            cells.add(new TableCells.Cell(content, text.lineStart(line), text.lineEnd(line)));
        }
        if (cells != null) {
            guessed += finishRow(text, header, cells, table, expected - 1, organizations, tasks);
        }
        report(text, header, table, expected - 1, guessed, from, diagnostics);
        return line;
    }

    private int finishRow(NormalizedText text, Header header, List<TableCells.Cell> cells, int table, int row,
                          OrganizationFactory organizations, List<Task> tasks) {
        if (cells.isEmpty()) {
            return 0;
        }
        // cells spanning several rows (a category) come and go, so positions mean nothing here
        Task task = task(text, header, cells, false, table, row, organizations);
        if (task != null) {
            tasks.add(task);
        }
        return 1;
    }

    private static void report(NormalizedText text, Header header, int table, int rows, int guessed, int from,
                               Diagnostics diagnostics) {
        int at = text.lineStart(Math.max(0, from - 1));
        if (guessed > 0) {
            diagnostics.info("TABLE_ROWS_GUESSED", "task table " + table + ": " + guessed + " of " + rows
                    + " rows have more or fewer cells than the header " + header.headings()
                    + "; their columns were read from the cells' content", text.span(at, text.lineEnd(text.lineOf(at))));
        }
    }

    /** One row as a task, or {@code null} when it has neither a title nor a department. */
    private Task task(NormalizedText text, Header header, List<TableCells.Cell> cells, boolean aligned, int table, int row,
                      OrganizationFactory organizations) {
        String title = null;
        String deadline = null;
        List<Assignment> assignments = new ArrayList<>();
        List<TableCells.Cell> departmentCells = new ArrayList<>();
        List<Integer> departmentColumns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (TableColumns.holdsDepartments(header.kinds().get(c))) {
                departmentColumns.add(c);
            }
        }
        if (aligned) {
            for (int c = 0; c < cells.size(); c++) {
                TableColumns.Kind kind = header.kinds().get(c);
                String value = cells.get(c).text();
                if (kind == TableColumns.Kind.TASK && title == null && !value.isBlank()) {
                    title = value;
                } else if (kind == TableColumns.Kind.DEADLINE && !value.isBlank()) {
                    deadline = DeadlineExtractor.fromCell(value);
                } else if (TableColumns.holdsDepartments(kind) && isDepartmentCell(value)) {
                    departmentCells.add(cells.get(c));
                    addAssignments(value, TableColumns.roleOf(header.headings().get(c)), organizations, assignments);
                }
            }
        } else {
            List<TableCells.Cell> found = new ArrayList<>();
            for (TableCells.Cell cell : cells) {
                if (isDepartmentCell(cell.text())) {
                    found.add(cell);
                } else if (title == null && cell.text().length() >= 4 && !isNumber(cell.text())) {
                    title = cell.text();
                }
            }
            // department cells fill the department columns from the right; extra ones join the first
            for (int i = 0; i < found.size() && !departmentColumns.isEmpty(); i++) {
                int fromRight = found.size() - 1 - i;
                int column = fromRight < departmentColumns.size() - 1
                        ? departmentColumns.get(departmentColumns.size() - 1 - fromRight) : departmentColumns.get(0);
                departmentCells.add(found.get(i));
                addAssignments(found.get(i).text(), TableColumns.roleOf(header.headings().get(column)), organizations,
                        assignments);
            }
        }
        if (title == null && assignments.isEmpty()) {
            return null;
        }
        TableCells.Cell first = cells.get(0);
        TableCells.Cell last = cells.get(cells.size() - 1);
        String rowText = text.text().substring(first.start(), last.end());
        if (deadline == null) {
            deadline = DeadlineExtractor.find(rowText);
        }
        Responsibility responsibility = assignments.isEmpty() ? null : new Responsibility(
                String.join(" | ", departmentCells.stream().map(TableCells.Cell::text).toList()), ResponsibilityParser.distinct(assignments),
                text.span(departmentCells.get(0).start(), departmentCells.get(departmentCells.size() - 1).end()));
        return new Task("tr" + table + "." + row, Integer.toString(row), TaskCategory.KEY_TASK,
                title == null ? "" : title, rowText.isBlank() ? Integer.toString(row) : rowText, null, responsibility,
                List.of(), deadline, text.span(first.start(), last.end()));
    }

    private void addAssignments(String cell, Role role, OrganizationFactory organizations, List<Assignment> out) {
        if (role == null) {
            return; // a department column that names no role (评分部门)
        }
        for (String part : Brackets.splitTopLevel(cell, "，,；;")) {
            for (DepartmentListParser.Named named : lists.parse(unglued(part.strip()))) {
                out.add(new Assignment(organizations.create(named.name(), named.asWritten()), role));
            }
        }
    }

    /** Whether every name in the cell reads as a department: {@code 县农业农村局、县财政局}. */
    private boolean isDepartmentCell(String cell) {
        if (cell.isBlank() || cell.length() > 80 || cell.indexOf('。') >= 0) {
            return false;
        }
        for (String part : Brackets.splitTopLevel(cell, "，,；;")) {
            List<DepartmentListParser.Named> names = lists.parse(unglued(part.strip()));
            if (names.isEmpty() || !names.stream().allMatch(n -> isDepartmentName(n.name()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stricter than a clause's test, since a table cell has no role word to vouch for it: a name
     * must end like an organisation, or be a group of places ({@code 各县（市、区）}); {@code 全市统筹}
     * is a target, not a department.
     */
    private boolean isDepartmentName(String name) {
        if (vocabulary.suffixOf(name) != null) {
            return true;
        }
        String bare = DepartmentVocabulary.withoutTrailingNote(name);
        return vocabulary.isCollective(name) && !bare.isEmpty() && vocabulary.levelSuffixOf(bare) != null;
    }

    /**
     * Names a flattened table glued together, put back in a list: {@code 市海洋渔业局市农业农村局}
     * → {@code 市海洋渔业局、市农业农村局}. A split needs a whole name before and a level word
     * starting a whole name after, so {@code 市市场监管局} stays one name.
     */
    private String unglued(String cell) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 2; i < cell.length() - 2; i++) {
            String before = cell.substring(from, i);
            String after = cell.substring(i);
            if (vocabulary.suffixOf(before) != null && vocabulary.levelPrefixOf(after) != null
                    && vocabulary.suffixOf(after) != null && cell.charAt(i - 1) != '、') {
                out.append(before).append('、');
                from = i;
            }
        }
        return out.append(cell.substring(from)).toString();
    }


    private static Header header(List<TableCells.Cell> cells) {
        List<String> headings = cells.stream().map(TableCells.Cell::text).toList();
        return new Header(headings, headings.stream().map(TableColumns::kindOf).toList());
    }





    private static boolean isNumber(String s) {
        return s.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }
}

package dev.cnpolicy.examples.html;

import dev.cnpolicy.model.Assignment;
import dev.cnpolicy.model.Role;
import dev.cnpolicy.model.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tasks as rows, departments (canonical names) as columns, each cell the roles a department holds
 * in a task: {@code L} 牵头, {@code S} 配合, {@code R} 负责. Columns go by how many tasks a department
 * leads, then by how many it takes part in, then by first appearance.
 *
 * @param departments the column headings, in order
 * @param leads       how many tasks each column's department leads
 * @param rows        one per task, in document order
 */
record ResponsibilityMatrix(List<String> departments, List<Integer> leads, List<Row> rows) {

    /** A task and its cells, one per column. */
    record Row(DocumentView.TaskItem task, List<Cell> cells) {
    }

    /**
     * One cell: {@code letters} such as {@code L} or {@code LS}, the CSS class of its first role,
     * and a tooltip naming the department and roles; all empty when the department has no part.
     */
    record Cell(String letters, String cssClass, String title) {
        static final Cell EMPTY = new Cell("", "", "");

        boolean isEmpty() {
            return letters.isEmpty();
        }
    }

    static ResponsibilityMatrix of(List<Task> tasks, List<DocumentView.TaskItem> items) {
        Map<String, int[]> counts = new LinkedHashMap<>();   // department -> {leads, tasks}
        List<Map<String, Set<Role>>> roles = new ArrayList<>();
        for (Task t : tasks) {
            Map<String, Set<Role>> byDepartment = new LinkedHashMap<>();
            if (t.responsibility() != null) {
                for (Assignment a : t.responsibility().assignments()) {
                    byDepartment.computeIfAbsent(a.department().name(), d -> EnumSet.noneOf(Role.class)).add(a.role());
                }
            }
            byDepartment.forEach((department, held) -> {
                int[] c = counts.computeIfAbsent(department, d -> new int[2]);
                c[0] += held.contains(Role.LEAD) ? 1 : 0;
                c[1]++;
            });
            roles.add(byDepartment);
        }
        List<String> order = new ArrayList<>(counts.keySet());
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            firstSeen.put(order.get(i), i);
        }
        order.sort(Comparator.<String>comparingInt(d -> -counts.get(d)[0])
                .thenComparingInt(d -> -counts.get(d)[1])
                .thenComparingInt(firstSeen::get));
        List<Row> rows = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            Map<String, Set<Role>> byDepartment = roles.get(i);
            List<Cell> cells = new ArrayList<>(order.size());
            for (String department : order) {
                Set<Role> held = byDepartment.get(department);
                cells.add(held == null ? Cell.EMPTY : cell(department, held));
            }
            rows.add(new Row(items.get(i), cells));
        }
        return new ResponsibilityMatrix(order, order.stream().map(d -> counts.get(d)[0]).toList(), rows);
    }

    private static Cell cell(String department, Set<Role> held) {
        StringBuilder letters = new StringBuilder();
        StringBuilder words = new StringBuilder(department).append(' ');
        for (Role r : held) {
            letters.append(Labels.roleLetter(r));
            words.append(Labels.roleWord(r));
        }
        return new Cell(letters.toString(), Labels.roleClass(held.iterator().next()), words.toString());
    }
}

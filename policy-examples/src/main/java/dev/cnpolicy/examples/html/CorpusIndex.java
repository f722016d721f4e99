package dev.cnpolicy.examples.html;

import dev.cnpolicy.model.Assignment;
import dev.cnpolicy.model.DocumentMetadata;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Role;
import dev.cnpolicy.model.Task;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code index.html} needs from each document of a run, gathered as the documents go by so
 * that no document is held: one row per document, and per department (canonical name) how many
 * tasks it leads, supports or is responsible for, with links to at most
 * {@value #TASK_LINKS_PER_DEPARTMENT} of them. The page renders both from JSON, a page at a time.
 */
final class CorpusIndex {

    /** Links kept per department; a department of a 10,000-document run may hold far more tasks. */
    static final int TASK_LINKS_PER_DEPARTMENT = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArrayNode documents = JSON.createArrayNode();
    private final Map<String, Department> departments = new HashMap<>();

    /** The rows of the two tables, as JSON arrays, and their sizes. */
    record View(int documentCount, int departmentCount, String documentsJson, String departmentsJson) {
    }

    private static final class Department {
        final int[] counts = new int[Role.values().length];
        final ArrayNode tasks = JSON.createArrayNode();
        int tasksLeftOut;
    }

    void add(PolicyDocument doc, double coverage) {
        DocumentMetadata m = doc.metadata();
        int withResponsibility = 0;
        for (Task t : doc.tasks()) {
            if (t.responsibility() == null) {
                continue;
            }
            withResponsibility++;
            Map<String, Set<Role>> held = new LinkedHashMap<>();
            for (Assignment a : t.responsibility().assignments()) {
                held.computeIfAbsent(a.department().name(), d -> EnumSet.noneOf(Role.class)).add(a.role());
            }
            held.forEach((name, roles) -> {
                Department d = departments.computeIfAbsent(name, n -> new Department());
                roles.forEach(r -> d.counts[r.ordinal()]++);
                if (d.tasks.size() < TASK_LINKS_PER_DEPARTMENT) {
                    StringBuilder letters = new StringBuilder();
                    roles.forEach(r -> letters.append(Labels.roleLetter(r)));
                    d.tasks.addArray().add(doc.id()).add(t.id()).add(t.number()).add(letters.toString());
                } else {
                    d.tasksLeftOut++;
                }
            });
        }
        ObjectNode row = documents.addObject();
        row.put("id", doc.id());
        row.put("title", m.title());
        row.put("region", m.region());
        row.put("kind", Labels.kind(m.kind()));
        row.put("year", year(m));
        row.put("tasks", doc.tasks().size());
        if (doc.tasks().isEmpty()) {
            row.putNull("share");
        } else {
            row.put("share", Math.round(1000.0 * withResponsibility / doc.tasks().size()) / 1000.0);
        }
        row.put("indicators", doc.indicators().size());
        row.put("coverage", coverage);
        row.put("diagnostics", doc.diagnostics().size());
    }

    /** The year a reader files the document under: issued, published, first of its period, or of its 文号. */
    private static Integer year(DocumentMetadata m) {
        if (m.issueDate() != null) {
            return m.issueDate().getYear();
        }
        if (m.publishDate() != null) {
            return m.publishDate().getYear();
        }
        if (m.period() != null) {
            return m.period().startYear();
        }
        return m.documentNumber() == null ? null : m.documentNumber().year();
    }

    View view() {
        List<Map.Entry<String, Department>> sorted = new ArrayList<>(departments.entrySet());
        sorted.sort(Map.Entry.<String, Department>comparingByValue(
                        java.util.Comparator.comparingInt(d -> -(d.counts[0] + d.counts[1] + d.counts[2])))
                .thenComparing(Map.Entry.comparingByKey()));
        ArrayNode rows = JSON.createArrayNode();
        for (Map.Entry<String, Department> e : sorted) {
            Department d = e.getValue();
            ObjectNode row = rows.addObject();
            row.put("name", e.getKey());
            row.put("lead", d.counts[Role.LEAD.ordinal()]);
            row.put("support", d.counts[Role.SUPPORT.ordinal()]);
            row.put("responsible", d.counts[Role.RESPONSIBLE.ordinal()]);
            row.put("total", d.counts[0] + d.counts[1] + d.counts[2]);
            row.set("tasks", d.tasks);
            row.put("more", d.tasksLeftOut);
        }
        return new View(documents.size(), rows.size(), JSON.writeValueAsString(documents), JSON.writeValueAsString(rows));
    }
}

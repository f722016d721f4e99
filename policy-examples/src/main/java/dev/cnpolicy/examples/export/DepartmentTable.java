package dev.cnpolicy.examples.export;

import dev.cnpolicy.model.Assignment;
import dev.cnpolicy.model.Organization;
import dev.cnpolicy.model.OrganizationKind;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Role;
import dev.cnpolicy.model.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The run's departments across documents, one row per official name: its kind, the names it was
 * written as, and how many tasks it leads, supports or is responsible for ({@code 国家发展和改革委员会}
 * written {@code 发展改革委|国家发展改革委|发改委}, leading 12 tasks in 3 documents). Not thread-safe.
 */
final class DepartmentTable {

    static final String FILE = "departments.csv";
    static final List<String> COLUMNS = List.of("official_name", "kind", "resolved", "written_as", "documents",
            "tasks", "lead", "support", "responsible");

    private final Map<String, Department> departments = new HashMap<>();

    /** Counts the assignments of one document. */
    void add(PolicyDocument doc) {
        for (Task t : doc.tasks()) {
            if (t.responsibility() == null) {
                continue;
            }
            for (Assignment a : t.responsibility().assignments()) {
                Organization o = a.department();
                departments.computeIfAbsent(o.officialName(), Department::new).add(doc.id(), t.id(), o, a.role());
            }
        }
    }

    /** The rows, most tasks first, then by official name. */
    List<Object[]> rows() {
        List<Department> sorted = new ArrayList<>(departments.values());
        sorted.sort(Comparator.comparingInt((Department d) -> d.tasks.size()).reversed()
                .thenComparing(d -> d.officialName));
        List<Object[]> rows = new ArrayList<>();
        for (Department d : sorted) {
            rows.add(new Object[] {d.officialName, d.kind(), d.resolved, String.join("|", d.names), d.documents.size(),
                    d.tasks.size(), d.count(Role.LEAD), d.count(Role.SUPPORT), d.count(Role.RESPONSIBLE)});
        }
        return rows;
    }

    private static final class Department {
        final String officialName;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> documents = new LinkedHashSet<>();
        final Set<String> tasks = new LinkedHashSet<>();
        final Map<Role, Set<String>> tasksByRole = new EnumMap<>(Role.class);
        final Map<OrganizationKind, Integer> kinds = new EnumMap<>(OrganizationKind.class);
        boolean resolved;

        Department(String officialName) {
            this.officialName = officialName;
        }

        void add(String documentId, String taskId, Organization o, Role role) {
            String task = documentId + "\t" + taskId;
            names.add(o.name());
            documents.add(documentId);
            tasks.add(task);
            tasksByRole.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(task);
            kinds.merge(o.kind(), 1, Integer::sum);
            resolved |= o.officialNameResolved();
        }

        /** The kind most assignments gave it; the first in declaration order on a tie. */
        OrganizationKind kind() {
            return kinds.entrySet().stream().max(Map.Entry.<OrganizationKind, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        }

        int count(Role role) {
            return tasksByRole.getOrDefault(role, Set.of()).size();
        }
    }
}

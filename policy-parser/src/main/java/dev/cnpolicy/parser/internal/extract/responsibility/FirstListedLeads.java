package dev.cnpolicy.parser.internal.extract.responsibility;

import dev.cnpolicy.model.Assignment;
import dev.cnpolicy.model.Responsibility;
import dev.cnpolicy.model.Role;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.parser.internal.diagnostics.Diagnostics;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a document's rule that the first body of each list leads: after
 * {@code 列第一位者为牵头单位，下同} (or {@code 排在第一位的部门为牵头部门}), a list that names two
 * or more bodies with no role word but 负责 makes the first LEAD and the others SUPPORT. A clause
 * with its own 牵头 or 配合 keeps what it says; a list of one stays RESPONSIBLE.
 */
public final class FirstListedLeads {

    /**
     * The rule: matches {@code 列第一位者为牵头单位}, {@code 排在第一位的部门为牵头部门},
     * {@code 排名首位的单位为牵头单位}; rejects {@code 位列第一} (no 牵头).
     */
    static final Pattern RULE = Pattern.compile("[列排居](?:在|于|名)?(?:第一位|首位|第一个|第一)(?:者|的)?(?:部门|单位)?[为是]牵头");

    /** The tasks, those after the rule with first-listed leads; the others unchanged. */
    public List<Task> apply(NormalizedText text, List<Task> tasks, Diagnostics diagnostics) {
        String s = text.text();
        if (s.indexOf("牵头") < 0) {
            return tasks;
        }
        Matcher m = RULE.matcher(s);
        if (!m.find()) {
            return tasks;
        }
        int ruleAt = text.span(m.start(), m.start()).start();
        List<Task> out = new ArrayList<>(tasks.size());
        int applied = 0;
        for (Task t : tasks) {
            Responsibility r = t.responsibility();
            if (t.span().end() <= ruleAt || r == null || !firstLeads(r.assignments())) {
                out.add(t);
                continue;
            }
            applied++;
            List<Assignment> roles = new ArrayList<>(r.assignments().size());
            for (int i = 0; i < r.assignments().size(); i++) {
                roles.add(new Assignment(r.assignments().get(i).department(), i == 0 ? Role.LEAD : Role.SUPPORT));
            }
            out.add(new Task(t.id(), t.number(), t.category(), t.title(), t.text(), t.sectionId(),
                    new Responsibility(r.text(), roles, r.span()), t.indicatorIds(), t.deadline(), t.span()));
        }
        if (applied > 0) {
            diagnostics.info("FIRST_LISTED_LEADS", "the document says the first-listed body leads; applied to "
                    + applied + " tasks", text.span(m.start(), m.end()));
        }
        return out;
    }

    /** Whether a list gets the rule: two or more bodies, all RESPONSIBLE (no 牵头 or 配合 of its own). */
    private static boolean firstLeads(List<Assignment> assignments) {
        return assignments.size() >= 2 && assignments.stream().allMatch(a -> a.role() == Role.RESPONSIBLE);
    }
}

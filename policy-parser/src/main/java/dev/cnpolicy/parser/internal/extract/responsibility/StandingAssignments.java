package dev.cnpolicy.parser.internal.extract.responsibility;

import dev.cnpolicy.model.Assignment;
import dev.cnpolicy.model.Responsibility;
import dev.cnpolicy.model.SourceSpan;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.parser.internal.diagnostics.Diagnostics;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a note that names who carries out every task after it, once, instead of repeating them:
 * {@code 以下各项工作均需各县、区人民政府落实，不再列出} makes the 各县 and 各区 governments
 * RESPONSIBLE for each later task, beside what the task's own clause says.
 */
public final class StandingAssignments {

    /**
     * The note: matches {@code 以下各项工作均需各县人民政府落实}, {@code 以下任务均由各市负责落实};
     * rejects {@code 以下简称“专班”} (no 落实).
     */
    static final Pattern NOTE = Pattern.compile("以下(?:各项)?(?:工作|任务|措施)(?:均|都)?(?:需|由|要)?([^。；]{2,60}?)(?:负责)?落实");

    private final ResponsibilityParser parser = new ResponsibilityParser();

    /** The tasks, each after a note with the note's departments added; the others unchanged. */
    public List<Task> apply(NormalizedText text, List<Task> tasks, OrganizationFactory organizations, Diagnostics diagnostics) {
        String s = text.text();
        if (s.indexOf("以下") < 0) {
            return tasks; // the note always opens with 以下
        }
        Matcher m = NOTE.matcher(s);
        if (!m.find()) {
            return tasks;
        }
        List<ResponsibilityParser.Parsed> parsed = parser.parse(m.group(1), false);
        if (parsed.isEmpty()) {
            return tasks;
        }
        List<Assignment> standing = ResponsibilityParser.assignments(parsed, organizations);
        int codePointAt = text.span(m.start(), m.start()).start();
        List<Task> out = new ArrayList<>(tasks.size());
        int applied = 0;
        for (Task t : tasks) {
            if (t.span().start() <= codePointAt) {
                out.add(t);
                continue;
            }
            applied++;
            out.add(withStanding(t, standing, m.group(), text.span(m.start(), m.end())));
        }
        if (applied > 0) {
            diagnostics.info("STANDING_ASSIGNMENT", "a note names who carries out every later task; it was added to "
                    + applied + " tasks", text.span(m.start(), m.end()));
        }
        return out;
    }

    private static Task withStanding(Task t, List<Assignment> standing, String note, SourceSpan noteSpan) {
        Responsibility own = t.responsibility();
        List<Assignment> assignments = new ArrayList<>(own == null ? List.of() : own.assignments());
        assignments.addAll(standing);
        assignments = ResponsibilityParser.distinct(assignments);
        Responsibility merged = own == null ? new Responsibility(note, assignments, noteSpan)
                : new Responsibility(own.text(), assignments, own.span());
        return new Task(t.id(), t.number(), t.category(), t.title(), t.text(), t.sectionId(), merged, t.indicatorIds(),
                t.deadline(), t.span());
    }
}

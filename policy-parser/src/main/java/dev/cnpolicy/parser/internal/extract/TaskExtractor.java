package dev.cnpolicy.parser.internal.extract;

import dev.cnpolicy.model.DocumentKind;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.Responsibility;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.model.TaskCategory;
import dev.cnpolicy.parser.internal.diagnostics.Diagnostics;
import dev.cnpolicy.parser.internal.extract.indicators.IndicatorExtractor;
import dev.cnpolicy.parser.internal.extract.indicators.NodeIndicators;
import dev.cnpolicy.parser.internal.extract.responsibility.ClauseFinder;
import dev.cnpolicy.parser.internal.extract.responsibility.FirstListedLeads;
import dev.cnpolicy.parser.internal.extract.responsibility.OrganizationFactory;
import dev.cnpolicy.parser.internal.extract.responsibility.StandingAssignments;
import dev.cnpolicy.parser.internal.outline.Outline;
import dev.cnpolicy.parser.internal.outline.OutlineNode;
import dev.cnpolicy.parser.internal.outline.SectionRoles;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import dev.cnpolicy.parser.internal.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the action items of a document: the innermost numbered items of the parts that hold tasks
 * (not ideas, principles, goals or steps), each with its responsibility clause, deadline and
 * indicators; an item with sub-items is a task too when its own paragraph names who is responsible. Items under a top-level part on safeguards (保障措施, 组织实施…) are SAFEGUARD.
 * A top-level part with no sub-items, or an item under a goal part, is a task only when it names who
 * is responsible.
 */
public final class TaskExtractor {

    private final ClauseFinder clauses = new ClauseFinder();
    private final StandingAssignments standingAssignments = new StandingAssignments();
    private final FirstListedLeads firstListedLeads = new FirstListedLeads();
    private final IndicatorExtractor indicators;

    public TaskExtractor(IndicatorExtractor indicators) {
        this.indicators = indicators;
    }

    /**
     * A fragment that stops inside its last item keeps that item as a task, with a WARNING: its text
     * and clause may be incomplete.
     */
    /** What a complete text ends with: a sentence end, a semicolon, a closing bracket or quote. */
    private static final String TEXT_ENDS = Punctuation.SENTENCE_ENDS + Punctuation.SEMICOLONS + Punctuation.CLOSE_BRACKETS
            + Punctuation.CLOSE_QUOTES + "》.";

    private static void reportCut(NormalizedText text, List<Task> tasks, Diagnostics diagnostics) {
        String s = text.text();
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (tasks.isEmpty() || end == 0 || TEXT_ENDS.indexOf(s.charAt(end - 1)) >= 0) {
            return;
        }
        Task last = tasks.get(tasks.size() - 1);
        if (last.span().end() >= text.span(end, end).start()) {
            diagnostics.warn("TASK_TRUNCATED", "the text ends inside task " + last.number()
                    + "; it is kept as far as it goes", last.span());
        }
    }

    /**
     * The tasks, in document order, and the indicators read from task texts; a goal item that is
     * also a task shares the indicators {@code goalIndicators} holds for its node.
     */
    public Tasks extract(NormalizedText text, Outline outline, DocumentKind kind, Integer defaultYear,
                         OrganizationFactory organizations, NodeIndicators goalIndicators, Diagnostics diagnostics) {
        List<Task> tasks = new ArrayList<>();
        List<Indicator> newIndicators = new ArrayList<>();
        for (OutlineNode node : outline.all()) {
            if (node.parent() != null && SectionRoles.isPhaseSection(node.parent())) {
                continue;
            }
            boolean leaf = node.children().isEmpty();
            int start = text.lineStart(node.line());
            int lastOwnLine = node.ownLastLine();
            if (lastOwnLine < node.line()) {
                continue;
            }
            int end = text.lineEnd(lastOwnLine);
            boolean holdsTasks = SectionRoles.holdsTasks(node);
            // only a task-holding leaf reports what its clause lacks; elsewhere a clause is optional
            Diagnostics clauseDiagnostics = holdsTasks && leaf ? diagnostics : Diagnostics.ignoring();
            Responsibility responsibility = clauses.find(text, node.headingStart(), end, organizations, clauseDiagnostics);
            // goals that name who delivers them (common in task-division lists) are tasks too, and so
            // is a part whose own paragraph names who is responsible before its sub-items begin
            if (responsibility == null && (!leaf || !holdsTasks || node.parent() == null)
                    || !leaf && !holdsTasks) {
                continue;
            }
            String body = text.text().substring(start, end).strip();
            String indicatorPrefix = "i" + node.path() + ".";
            List<Indicator> found = goalIndicators.of(node);
            if (found.isEmpty()) { // a goal item that is also a task has its indicators already
                found = indicators.extract(text, node.headingStart(), end, indicatorPrefix, defaultYear);
                newIndicators.addAll(found);
            }
            TaskCategory category = SectionRoles.isSafeguard(node) ? TaskCategory.SAFEGUARD : TaskCategory.KEY_TASK;
            if (responsibility == null && kind == DocumentKind.TASK_DIVISION && category == TaskCategory.KEY_TASK) {
                diagnostics.info("TASK_WITHOUT_RESPONSIBILITY", "task " + node.marker().text()
                        + " of a task-division document names no responsible department", text.span(start, end));
            }
            String sectionId = "s" + (node.parent() == null ? node.path() : node.parent().path());
            tasks.add(new Task("t" + node.path(), node.marker().text(), category, node.heading(), body, sectionId,
                    responsibility, found.stream().map(Indicator::id).toList(),
                    DeadlineExtractor.find(body), text.span(start, end)));
        }
        reportCut(text, tasks, diagnostics);
        tasks = firstListedLeads.apply(text, tasks, diagnostics);
        return new Tasks(standingAssignments.apply(text, tasks, organizations, diagnostics), newIndicators);
    }
}

package dev.cnpolicy.model.validation;

import dev.cnpolicy.model.Goal;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Section;
import dev.cnpolicy.model.SourceSpan;
import dev.cnpolicy.model.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules that span records: ids are unique and resolve, spans lie inside the text. */
final class CrossReferenceRules {

    private final PolicyDocument document;
    private final int textLength;
    private final List<Violation> violations = new ArrayList<>();

    private CrossReferenceRules(PolicyDocument document) {
        this.document = document;
        this.textLength = document.text().codePointCount(0, document.text().length());
    }

    static List<Violation> check(PolicyDocument document) {
        CrossReferenceRules rules = new CrossReferenceRules(document);
        rules.run();
        return rules.violations;
    }

    private void run() {
        Set<String> sectionIds = new HashSet<>();
        for (int i = 0; i < document.sections().size(); i++) {
            checkSection(document.sections().get(i), "sections[" + i + "]", sectionIds);
        }
        Set<String> indicatorIds = new HashSet<>();
        for (int i = 0; i < document.indicators().size(); i++) {
            Indicator indicator = document.indicators().get(i);
            String path = "indicators[" + i + "]";
            unique(indicator.id(), indicatorIds, path);
            span(indicator.span(), path);
        }
        Set<String> goalIds = new HashSet<>();
        for (int i = 0; i < document.goals().size(); i++) {
            Goal goal = document.goals().get(i);
            String path = "goals[" + i + "]";
            unique(goal.id(), goalIds, path);
            span(goal.span(), path);
            section(goal.sectionId(), sectionIds, path);
            indicators(goal.indicatorIds(), indicatorIds, path);
        }
        Set<String> taskIds = new HashSet<>();
        for (int i = 0; i < document.tasks().size(); i++) {
            Task task = document.tasks().get(i);
            String path = "tasks[" + i + "]";
            unique(task.id(), taskIds, path);
            span(task.span(), path);
            section(task.sectionId(), sectionIds, path);
            indicators(task.indicatorIds(), indicatorIds, path);
            if (task.responsibility() != null) {
                span(task.responsibility().span(), path + ".responsibility");
            }
        }
        Set<String> phaseIds = new HashSet<>();
        for (int i = 0; i < document.phases().size(); i++) {
            unique(document.phases().get(i).id(), phaseIds, "phases[" + i + "]");
            span(document.phases().get(i).span(), "phases[" + i + "]");
        }
        for (int i = 0; i < document.references().size(); i++) {
            span(document.references().get(i).span(), "references[" + i + "]");
        }
        for (int i = 0; i < document.diagnostics().size(); i++) {
            span(document.diagnostics().get(i).span(), "diagnostics[" + i + "]");
        }
    }

    private void checkSection(Section section, String path, Set<String> seen) {
        unique(section.id(), seen, path);
        span(section.span(), path);
        for (int i = 0; i < section.children().size(); i++) {
            checkSection(section.children().get(i), path + ".children[" + i + "]", seen);
        }
    }

    private void unique(String id, Set<String> seen, String path) {
        if (id != null && !seen.add(id)) {
            violations.add(new Violation(path + ".id", "id " + id + " is used twice"));
        }
    }

    private void span(SourceSpan span, String path) {
        // a document written without its text keeps its spans; only their order (start <= end) holds
        if (span != null && !document.textOmitted() && !span.fitsIn(textLength)) {
            violations.add(new Violation(path + ".span",
                    "span ends at " + span.end() + ", past the end of text (" + textLength + ")"));
        }
    }

    private void section(String sectionId, Set<String> sectionIds, String path) {
        if (sectionId != null && !sectionIds.contains(sectionId)) {
            violations.add(new Violation(path + ".sectionId", "no section has id " + sectionId));
        }
    }

    private void indicators(List<String> ids, Set<String> indicatorIds, String path) {
        for (int i = 0; i < ids.size(); i++) {
            if (!indicatorIds.contains(ids.get(i))) {
                violations.add(new Violation(path + ".indicatorIds[" + i + "]",
                        "no indicator has id " + ids.get(i)));
            }
        }
    }
}

package dev.cnpolicy.examples.html;

import dev.cnpolicy.model.Assignment;
import dev.cnpolicy.model.Diagnostic;
import dev.cnpolicy.model.DocumentMetadata;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.Organization;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Role;
import dev.cnpolicy.model.Section;
import dev.cnpolicy.model.SourceSpan;
import dev.cnpolicy.model.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code document.jte} shows of one document, read once from the model: the header, the
 * outline with its tasks, the responsibility matrix, indicators, the phase timeline, diagnostics and
 * the text cut into lines. Spans stay in code points, as in the JSON; the page's script converts.
 *
 * @param id          the document id, also the page's file name
 * @param header      title and metadata
 * @param outline     top-level sections, each with its subsections and tasks
 * @param looseTasks  tasks that belong to no section (read from a table, say)
 * @param taskCount   number of tasks
 * @param matrix      tasks × departments
 * @param indicators  the indicator table
 * @param timeline    the phases on a year-month axis, or {@code null} when no phase has a date
 * @param phases      every phase, dated or not
 * @param diagnostics what the parser could not read, in text order
 * @param lines       the normalised text, one entry per line
 */
record DocumentView(String id, Header header, List<Entry> outline, List<TaskItem> looseTasks, int taskCount,
                    ResponsibilityMatrix matrix, List<IndicatorRow> indicators, Timeline timeline,
                    List<PhaseRow> phases, List<DiagnosticItem> diagnostics, List<TextLine> lines) {

    /** The metadata as the header shows it; a missing value is {@code null}. */
    record Header(String title, String documentNumber, String issuers, String date, String region, String kind,
                  String period) {
    }

    /** A section of the outline with the subsections and tasks under it, in text order. */
    record OutlineNode(String id, String number, String heading, SourceSpan span, List<Entry> entries) {
    }

    /** A subsection or a task under a section: exactly one of the two is set. */
    record Entry(OutlineNode section, TaskItem task) {
        int start() {
            return section != null ? section.span().start() : task.span().start();
        }
    }

    /** A task with its role chips. */
    record TaskItem(String id, String number, String title, String deadline, List<Chip> chips, SourceSpan span) {
    }

    /** The departments of a task that share one role, e.g. 配合: 省知识产权局、省工商局. */
    record Chip(String word, String cssClass, String departments) {
    }

    /** One row of the indicator table; {@code value} is a range for BETWEEN. */
    record IndicatorRow(String id, String metric, String comparator, String value, String unit, Integer targetYear,
                        Integer baseYear, String text, SourceSpan span) {
    }

    /** One phase; start and end are {@code 2016-02} or {@code null}. */
    record PhaseRow(String id, String name, String start, String end, String text, SourceSpan span) {
    }

    /** A diagnostic; {@code span} is {@code null} when it concerns the whole document. */
    record DiagnosticItem(String severity, String severityClass, String code, String message, SourceSpan span) {
    }

    /** A line of the text: its 1-based number, the code-point offset where it starts, and its text. */
    record TextLine(int number, int start, String text) {
    }

    static DocumentView of(PolicyDocument doc) {
        Map<String, List<TaskItem>> bySection = new LinkedHashMap<>();
        List<TaskItem> items = new ArrayList<>();
        for (Task t : doc.tasks()) {
            TaskItem item = taskItem(t);
            items.add(item);
            bySection.computeIfAbsent(t.sectionId() == null ? "" : t.sectionId(), k -> new ArrayList<>()).add(item);
        }
        Map<Integer, TaskItem> byStart = new HashMap<>();
        items.forEach(t -> byStart.putIfAbsent(t.span().start(), t));
        Outline tree = new Outline(bySection, byStart, new HashSet<>(), new HashSet<>());
        List<Entry> outline = doc.sections().stream().map(s -> entry(s, tree)).toList();
        List<TaskItem> loose = items.stream().filter(t -> !tree.placedTasks().contains(t.id())).toList();
        return new DocumentView(doc.id(), header(doc.metadata()), outline, loose, doc.tasks().size(),
                ResponsibilityMatrix.of(doc.tasks(), items),
                doc.indicators().stream().map(DocumentView::indicatorRow).toList(),
                Timeline.of(doc.phases()),
                doc.phases().stream().map(p -> new PhaseRow(p.id(), p.name(), month(p.start()), month(p.end()),
                        p.text(), p.span())).toList(),
                doc.diagnostics().stream().map(DocumentView::diagnosticItem).toList(),
                lines(doc.text()));
    }

    private static Header header(DocumentMetadata m) {
        String issuers = m.issuers().isEmpty() ? null
                : m.issuers().stream().map(Organization::name).collect(Collectors.joining("、"));
        String date = m.issueDate() != null ? m.issueDate().toString()
                : m.publishDate() != null ? m.publishDate() + "（发布）" : null;
        String period = m.period() == null ? null
                : m.period().startYear() == m.period().endYear() ? m.period().startYear() + "年"
                : m.period().startYear() + "—" + m.period().endYear() + "年";
        return new Header(m.title(), m.documentNumber() == null ? null : m.documentNumber().text(), issuers, date,
                m.region(), Labels.kind(m.kind()), period);
    }

    /**
     * A section with what lies under it. A section without subsections that is nothing but a task
     * (a numbered item the outline also read as a heading, with the same span) shows as that task.
     */
    private static Entry entry(Section s, Outline outline) {
        outline.placedSections.add(s.id());
        List<TaskItem> tasks = outline.bySection.getOrDefault(s.id(), List.of());
        TaskItem same = outline.byStart.get(s.span().start());
        if (s.children().isEmpty() && same != null && (tasks.isEmpty() || tasks.equals(List.of(same)))) {
            outline.placedTasks.add(same.id());
            return new Entry(null, same);
        }
        List<Entry> entries = new ArrayList<>();
        s.children().forEach(c -> entries.add(entry(c, outline)));
        tasks.stream().filter(t -> outline.placedTasks.add(t.id())).forEach(t -> entries.add(new Entry(null, t)));
        entries.sort(java.util.Comparator.comparingInt(Entry::start));
        return new Entry(new OutlineNode(s.id(), s.number(), s.heading(), s.span(), entries), null);
    }

    /** The tasks by section and by where they start, and what the tree has placed so far. */
    private record Outline(Map<String, List<TaskItem>> bySection, Map<Integer, TaskItem> byStart,
                           Set<String> placedSections, Set<String> placedTasks) {
    }

    static TaskItem taskItem(Task t) {
        List<Chip> chips = new ArrayList<>();
        if (t.responsibility() != null) {
            Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
            for (Assignment a : t.responsibility().assignments()) {
                List<String> names = byRole.computeIfAbsent(a.role(), r -> new ArrayList<>());
                if (!names.contains(a.department().name())) {
                    names.add(a.department().name());
                }
            }
            byRole.forEach((role, names) -> chips.add(
                    new Chip(Labels.roleWord(role), Labels.roleClass(role), String.join("、", names))));
        }
        return new TaskItem(t.id(), t.number(), title(t), t.deadline(), chips, t.span());
    }

    /** The title, or the first words of the text when the task has no title of its own. */
    private static String title(Task t) {
        if (!t.title().isBlank()) {
            return t.title();
        }
        String text = t.text().strip();
        int limit = 40;
        return text.codePointCount(0, text.length()) <= limit ? text
                : text.substring(0, text.offsetByCodePoints(0, limit)) + "…";
    }

    private static IndicatorRow indicatorRow(Indicator i) {
        String value = plain(i.value());
        if (i.upperValue() != null) {
            value = value + "–" + plain(i.upperValue());
        }
        return new IndicatorRow(i.id(), i.metric(), Labels.comparator(i.comparator()), value, i.unit(),
                i.targetYear(), i.baseYear(), i.text(), i.span());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static DiagnosticItem diagnosticItem(Diagnostic d) {
        return new DiagnosticItem(Labels.severity(d.severity()), d.severity().name().toLowerCase(java.util.Locale.ROOT),
                d.code(), d.message(), d.span());
    }

    private static String month(java.time.YearMonth month) {
        return month == null ? null : month.toString();
    }

    /** Cuts the text at each {@code \n}, remembering the code-point offset of each line start. */
    static List<TextLine> lines(String text) {
        List<TextLine> lines = new ArrayList<>();
        int from = 0;
        int offset = 0;
        int number = 1;
        while (true) {
            int newline = text.indexOf('\n', from);
            String line = newline < 0 ? text.substring(from) : text.substring(from, newline);
            lines.add(new TextLine(number++, offset, line));
            if (newline < 0) {
                return lines;
            }
            offset += line.codePointCount(0, line.length()) + 1;
            from = newline + 1;
        }
    }
}

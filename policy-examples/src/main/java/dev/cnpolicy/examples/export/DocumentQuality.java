package dev.cnpolicy.examples.export;

import dev.cnpolicy.model.Diagnostic;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of one document the parser understood, for {@code report.json}.
 *
 * @param id                          the document id
 * @param coverage                    share of non-blank lines inside a recognised section or task, 0 to 1
 * @param tasks                       number of tasks
 * @param tasksWithResponsibility     tasks that name who is responsible
 * @param tasksWithoutResponsibility  tasks that name nobody
 * @param indicators                  number of indicators
 * @param diagnostics                 diagnostics by code
 */
record DocumentQuality(String id, double coverage, int tasks, int tasksWithResponsibility,
                       int tasksWithoutResponsibility, int indicators, Map<String, Integer> diagnostics) {

    static DocumentQuality of(PolicyDocument doc) {
        int with = (int) doc.tasks().stream().filter(t -> t.responsibility() != null).count();
        Map<String, Integer> codes = new TreeMap<>();
        for (Diagnostic d : doc.diagnostics()) {
            codes.merge(d.code(), 1, Integer::sum);
        }
        return new DocumentQuality(doc.id(), coverage(doc), doc.tasks().size(), with, doc.tasks().size() - with,
                doc.indicators().size(), codes);
    }

    /** Share of non-blank lines that lie inside a section or a task (tasks read from tables have no section). */
    private static double coverage(PolicyDocument doc) {
        String text = doc.text();
        // code-point offset of each line start, so that a span's last line is a binary search away
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        int codePoint = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            codePoint++;
            if (text.charAt(i) == '\n') {
                lineStarts.add(codePoint);
            }
        }
        boolean[] covered = new boolean[lineStarts.size()];
        List<SourceSpan> spans = new ArrayList<>();
        doc.sections().forEach(s -> spans.add(s.span()));
        doc.tasks().forEach(t -> spans.add(t.span()));
        for (SourceSpan span : spans) {
            int first = span.line() - 1;
            int last = lineOf(lineStarts, Math.max(span.start(), span.end() - 1));
            for (int l = Math.max(0, first); l <= last && l < covered.length; l++) {
                covered[l] = true;
            }
        }
        String[] lines = text.split("\n", -1);
        int body = 0;
        int inside = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                body++;
                if (covered[i]) {
                    inside++;
                }
            }
        }
        return body == 0 ? 0 : Math.round(1000.0 * inside / body) / 1000.0;
    }

    private static int lineOf(List<Integer> lineStarts, int codePointOffset) {
        int found = Collections.binarySearch(lineStarts, codePointOffset);
        return found >= 0 ? found : -found - 2;
    }
}

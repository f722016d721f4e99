package dev.cnpolicy.examples.export;

import dev.cnpolicy.model.Diagnostic;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Section;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of one document the parser understood, for {@code report.json}.
 *
 * @param id                          the document id
 * @param coverage                    share of non-blank lines inside a recognised section, 0 to 1
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

    private static double coverage(PolicyDocument doc) {
        String[] lines = doc.text().split("\n", -1);
        boolean[] covered = new boolean[lines.length + 2];
        for (Section s : doc.sections()) {
            int first = s.span().line();
            int last = first + (int) doc.text().codePoints().skip(s.span().start()).limit(s.span().length())
                    .filter(c -> c == '\n').count();
            for (int l = first; l <= last && l <= lines.length; l++) {
                covered[l] = true;
            }
        }
        int body = 0;
        int inSection = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                body++;
                if (covered[i + 1]) {
                    inSection++;
                }
            }
        }
        return body == 0 ? 0 : Math.round(1000.0 * inSection / body) / 1000.0;
    }
}

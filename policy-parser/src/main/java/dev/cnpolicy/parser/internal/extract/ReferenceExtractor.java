package dev.cnpolicy.parser.internal.extract;

import dev.cnpolicy.model.DocumentNumber;
import dev.cnpolicy.model.Reference;
import dev.cnpolicy.parser.internal.extract.metadata.DocumentNumbers;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import dev.cnpolicy.parser.internal.text.Punctuation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cited documents: every {@code 《…》} with the document number in brackets right after it
 * ({@code 《国务院关于…若干意见》（国发〔2015〕71号）}), bare numbers such as {@code 国发〔2022〕2号},
 * and standards such as {@code GB/T 29490-2023}. The document's own title and number are not
 * references.
 */
public final class ReferenceExtractor {

    /** A 《title》: {@link Punctuation#BOOK_TITLE}. */
    static final Pattern TITLE = Punctuation.BOOK_TITLE;
    /** A standard: matches {@code GB/T 29490-2023}, {@code DB23/T 1234-2020}; rejects {@code GB 2023} (no dash). */
    static final Pattern STANDARD = Pattern.compile("\\b(?:GB|GB/T|GB/Z|DB\\d{2}(?:/T)?)\\s?\\d{3,6}(?:\\.\\d+)?-\\d{4}");

    public List<Reference> extract(NormalizedText text, String ownTitle, DocumentNumber ownNumber) {
        String s = text.text();
        List<Reference> out = new ArrayList<>();
        List<int[]> numbersTaken = new ArrayList<>();
        Matcher t = TITLE.matcher(s);
        while (t.find()) {
            String title = t.group(1).strip();
            if (title.isEmpty() || ownTitle != null && compact(title).equals(compact(ownTitle))) {
                continue;
            }
            DocumentNumber number = null;
            int end = t.end();
            int close = bracketAfter(s, end);
            if (close > 0) {
                MatchResult n = DocumentNumbers.findFirst(s, end + 1, close);
                if (n != null) {
                    number = DocumentNumbers.parse(n);
                    numbersTaken.add(new int[] {n.start(), n.end()});
                    end = close + 1;
                }
            }
            out.add(new Reference(title, number, text.span(t.start(), end)));
        }
        for (MatchResult n : DocumentNumbers.findAll(s, 0, s.length())) {
            int start = n.start();
            boolean taken = numbersTaken.stream().anyMatch(r -> r[0] == start);
            DocumentNumber number = DocumentNumbers.parse(n);
            if (taken || text.isFurniture(text.lineOf(start)) || ownNumber != null && number.text().equals(ownNumber.text())) {
                continue;
            }
            out.add(new Reference(null, number, text.span(start, n.end())));
        }
        Matcher g = STANDARD.matcher(s);
        boolean mayHaveStandards = s.contains("GB") || s.contains("DB");
        while (mayHaveStandards && g.find()) {
            out.add(new Reference(null, new DocumentNumber(g.group(), null, null, null), text.span(g.start(), g.end())));
        }
        out.sort(java.util.Comparator.comparingInt(r -> r.span().start()));
        return out;
    }

    private static String compact(String title) {
        return title.replace(" ", "").replace('(', '（').replace(')', '）');
    }

    /** Index of the closing bracket of a bracket group that opens at {@code at}, or -1. */
    private static int bracketAfter(String s, int at) {
        if (at >= s.length() || (s.charAt(at) != '（' && s.charAt(at) != '(')) {
            return -1;
        }
        for (int i = at + 1; i < Math.min(s.length(), at + 60); i++) {
            char c = s.charAt(i);
            if (c == '）' || c == ')') {
                return i;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}

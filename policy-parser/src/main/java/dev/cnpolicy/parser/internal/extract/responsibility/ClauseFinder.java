package dev.cnpolicy.parser.internal.extract.responsibility;

import dev.cnpolicy.model.Responsibility;
import dev.cnpolicy.parser.internal.diagnostics.Diagnostics;
import dev.cnpolicy.parser.internal.text.Brackets;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import dev.cnpolicy.parser.internal.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the responsibility clause of a task: labelled lines ({@code 牵头单位：…} / {@code 责任单位：…},
 * on their own lines or after the item's text), else the last bracketed group that parses
 * ({@code （省委组织部牵头，省知识产权局配合）}, {@code 〔省知识产权局，各市（地）知识产权工作专班〕});
 * an item with a clause after each of its paragraphs gets one responsibility naming them all.
 * A bracket that mentions role words but does not parse is a WARNING.
 */
public final class ClauseFinder {

    private final ResponsibilityParser parser = new ResponsibilityParser();
    private final ProseClause prose = new ProseClause();

    /** The clause within chars {@code from..to} of {@code text}, or {@code null}. */
    public Responsibility find(NormalizedText text, int from, int to, OrganizationFactory organizations,
                        Diagnostics diagnostics) {
        String s = text.text();
        Responsibility labelled = labelled(text, from, to, organizations);
        if (labelled != null) {
            return labelled;
        }
        List<Brackets.Group> groups = Brackets.topLevelGroups(s, from, to);
        List<ResponsibilityParser.Parsed> all = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (Brackets.Group group : groups) {
            String inner = group.inner(s);
            boolean roleWords = RoleWords.mentionsRole(inner);
            boolean atItemEnd = atLineEnd(s, group.end(), to);
            if (!roleWords && !atItemEnd) {
                continue;
            }
            List<ResponsibilityParser.Parsed> parsed = parser.parse(inner, !atItemEnd);
            if (!parsed.isEmpty()) {
                all.addAll(parsed);
                reportGuessed(parsed, text, group.start(), group.end(), diagnostics);
                texts.add(s.substring(group.start(), group.end()));
                first = first < 0 ? group.start() : first;
                last = group.end();
            } else if (roleWords) {
                diagnostics.warn("RESPONSIBILITY_UNPARSED", "a bracket names roles but its departments could not be read: "
                        + abbreviate(inner), text.span(group.start(), group.end()));
            }
        }
        int cut = truncatedClause(s, to);
        if (cut >= 0 && cut >= from) {
            String kept = completeItems(s.substring(cut + 1, to));
            // the role word is usually what the cut took away, so the names alone are read
            List<ResponsibilityParser.Parsed> parsed = kept.isEmpty() ? List.of() : parser.parse(kept, false);
            if (!parsed.isEmpty()) {
                all.addAll(parsed);
                texts.add(s.substring(cut, to).strip());
                first = first < 0 ? cut : first;
                last = to;
                diagnostics.warn("RESPONSIBILITY_TRUNCATED", "the text ends inside a responsibility clause; "
                        + "the departments before the cut are kept", text.span(cut, to));
            }
        }
        if (all.isEmpty()) {
            ProseClause.Found prose = this.prose.find(s, from, to);
            return prose == null ? null : new Responsibility(s.substring(prose.start(), prose.end()),
                    ResponsibilityParser.distinct(ResponsibilityParser.assignments(prose.parsed(), organizations)),
                    text.span(prose.start(), prose.end()));
        }
        // an item with several clauses (one per sub-paragraph) is one responsibility naming them all
        return new Responsibility(String.join(" ", texts), ResponsibilityParser.distinct(ResponsibilityParser.assignments(all, organizations)),
                text.span(first, last));
    }

    private Responsibility labelled(NormalizedText text, int from, int to, OrganizationFactory organizations) {
        String s = text.text();
        int first = -1;
        int last = -1;
        List<ResponsibilityParser.Parsed> all = new ArrayList<>();
        int line = text.lineOf(from);
        for (; line < text.lineCount() && text.lineStart(line) < to; line++) {
            int lineStart = Math.max(from, text.lineStart(line));
            int lineEnd = Math.min(to, text.lineEnd(line));
            int at = labelAt(s, lineStart, lineEnd);
            if (at < 0) {
                continue;
            }
            int end = clauseEnd(s, at, lineEnd);
            List<ResponsibilityParser.Parsed> parsed = parser.parse(s.substring(at, end), true);
            if (parsed.isEmpty()) {
                continue;
            }
            all.addAll(parsed);
            first = first < 0 ? at : first;
            last = end;
        }
        if (all.isEmpty()) {
            return null;
        }
        return new Responsibility(s.substring(first, last), ResponsibilityParser.distinct(ResponsibilityParser.assignments(all, organizations)),
                text.span(first, last));
    }

    /** Where a role label stands outside brackets in {@code from..to}: at a line start or after a sentence end. */
    private static int labelAt(String s, int from, int to) {
        return Brackets.firstTopLevel(s, from, to, i -> (i == from || Punctuation.isBreak(s.charAt(i - 1)) || s.charAt(i - 1) == ' ')
                && RoleWords.labelOf(s.substring(i, Math.min(to, i + 6))) != null);
    }

    /** Where a labelled clause ends: at the first full stop outside brackets, else at {@code to}. */
    private static int clauseEnd(String s, int from, int to) {
        int stop = Brackets.firstTopLevel(s, from, to, i -> s.charAt(i) == '。');
        return stop < 0 ? to : stop;
    }

    /**
     * Where a bracket opens that the text never closes, when the item runs to the end of the text
     * (a fragment cut mid-clause), else -1.
     */
    private static int truncatedClause(String s, int to) {
        for (int i = to; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return -1;
            }
        }
        int lineStart = s.lastIndexOf('\n', Math.max(0, to - 1)) + 1;
        return Brackets.unclosedAt(s, lineStart, to);
    }

    /** A cut-off list without its last, possibly cut, item: {@code 市商务局、财政局、人民} → {@code 市商务局、财政局}. */
    private static String completeItems(String cutOff) {
        String t = cutOff.strip();
        for (int i = t.length() - 1; i >= 0; i--) {
            if (Punctuation.LIST_SEPARATORS.indexOf(t.charAt(i)) >= 0) {
                return t.substring(0, i);
            }
        }
        return "";
    }


    private static void reportGuessed(List<ResponsibilityParser.Parsed> parsed, NormalizedText text, int start, int end,
                                      Diagnostics diagnostics) {
        for (ResponsibilityParser.Parsed p : parsed) {
            if (p.guessed()) {
                diagnostics.info("DEPARTMENT_GUESSED", "'" + p.department().name()
                        + "' does not end like a department but stands in a list of them; kept", text.span(start, end));
            }
        }
    }

    private static boolean atLineEnd(String s, int end, int limit) {
        for (int i = end; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '。' && c != '；' && c != '，') {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}

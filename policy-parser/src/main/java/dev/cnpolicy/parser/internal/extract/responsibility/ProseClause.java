package dev.cnpolicy.parser.internal.extract.responsibility;

import java.util.List;

/**
 * Reads who does a task from prose when the item has no clause of its own:
 * {@code 由省教育厅会同省财政厅、人社厅等部门研究制定实施细则} (the first leads, the others support),
 * {@code 由市住建局牵头推进}, {@code 由各县区政府负责落实}. The words after {@code 由} must read as a
 * list of departments up to the role word, so {@code 由市场决定} or {@code 由企业自主选择} give nothing.
 */
final class ProseClause {

    /** A clause found in prose: its parts and where it stands. */
    record Found(List<ResponsibilityParser.Parsed> parsed, int start, int end) {
    }

    /** Words that end the supporters' list after 会同: 等部门, 研究, 负责… */
    private static final List<String> LIST_ENDS = List.of(
            "等有关部门", "等相关部门", "等部门", "等有关单位", "等相关单位", "等单位", "等", "负责", "研究", "共同",
            "按职责", "制定", "提出", "落实", "做好", "开展", "推进", "组织");

    /** The role words that may close the list after 由. */
    private static final List<String> ROLE_ENDS = List.of("牵头", "负责", "会同");

    /** The word that joins supporters to the lead: {@code 会同}. */
    private static final String JOINTLY = "会同";

    private final ResponsibilityParser parser = new ResponsibilityParser();

    /** The first prose clause in {@code from..to} of {@code s}, or {@code null}. */
    Found find(String s, int from, int to) {
        for (int at = s.indexOf('由', from); at >= 0 && at < to; at = s.indexOf('由', at + 1)) {
            int end = sentencePartEnd(s, at + 1, to);
            String part = s.substring(at + 1, end);
            Found found = read(part, at + 1);
            if (found != null) {
                return withJointPart(s, found, end, to);
            }
        }
        return null;
    }

    /**
     * A lead named in one part and its supporters in the next: {@code 由省知识产权局牵头，会同省公安厅、
     * 省法院开展专项行动} adds 省公安厅 and 省法院 as SUPPORT.
     */
    private Found withJointPart(String s, Found found, int partEnd, int to) {
        if (partEnd >= to || !s.startsWith(JOINTLY, partEnd + 1)) {
            return found;
        }
        String rest = s.substring(partEnd + 1 + JOINTLY.length(), sentencePartEnd(s, partEnd + 1, to));
        int stop = firstEnd(rest);
        if (stop <= 0) {
            return found;
        }
        List<ResponsibilityParser.Parsed> supporters = parser.parse(rest.substring(0, stop) + "配合", true);
        if (supporters.isEmpty() || supporters.stream().anyMatch(ResponsibilityParser.Parsed::guessed)) {
            return found;
        }
        List<ResponsibilityParser.Parsed> all = new java.util.ArrayList<>(found.parsed());
        all.addAll(supporters);
        return new Found(all, found.start(), partEnd + 1 + JOINTLY.length() + stop);
    }

    private Found read(String part, int offset) {
        int role = -1;
        String word = null;
        for (String w : ROLE_ENDS) {
            int i = part.indexOf(w);
            if (i > 0 && (role < 0 || i < role)) {
                role = i;
                word = w;
            }
        }
        if (role < 0 || role > 60) {
            return null;
        }
        String clause;
        if (word.equals("会同")) {
            String rest = part.substring(role + 2);
            int stop = firstEnd(rest);
            if (stop <= 0) {
                return null;
            }
            clause = part.substring(0, role) + "会同" + rest.substring(0, stop) + "负责";
        } else {
            clause = part.substring(0, role + 2);
        }
        List<ResponsibilityParser.Parsed> parsed = parser.parse(clause, true);
        if (parsed.isEmpty() || parsed.stream().anyMatch(ResponsibilityParser.Parsed::guessed)) {
            return null;
        }
        int length = Math.min(part.length(), clause.length() - (word.equals("会同") ? 2 : 0));
        return new Found(parsed, offset - 1, offset + length);
    }

    private static int firstEnd(String rest) {
        int best = -1;
        for (String end : LIST_ENDS) {
            int i = rest.indexOf(end);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static int sentencePartEnd(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '，' || c == '。' || c == '；' || c == '\n' || c == ',' || c == ';') {
                return i;
            }
        }
        return to;
    }
}

package dev.cnpolicy.parser.internal.extract.responsibility;

import dev.cnpolicy.model.Assignment;
import dev.cnpolicy.model.Role;
import dev.cnpolicy.parser.internal.text.Brackets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the content of a responsibility clause with a small grammar:
 * <pre>
 * clause   := segment ( [，,；;] segment )*      up to the first top-level 。
 * segment  := [label [：:]] list [role-word]     e.g. 责任部门：A、B   |   A牵头   |   A、B按职责分别负责
 * list     := name ( 、 name )*                  shared prefixes and suffixes distributed
 * </pre>
 * A label's role carries to the following segments until another label; a segment with neither
 * label nor role word is RESPONSIBLE. Stateless and thread-safe.
 */
public final class ResponsibilityParser {

    /** The word that joins a leading body to its supporters: {@code A会同B、C}. */
    private static final String JOINTLY = "会同";

    /** The word of a body that guides: it leads only when no one else does. */
    private static final String GUIDES = "指导";

    private final DepartmentListParser lists = new DepartmentListParser();

    /** A department with a role, before it is made an organisation. */
    record Parsed(DepartmentListParser.Named department, Role role, boolean guessed) {
    }

    /**
     * The assignments of {@code content} (a clause without its brackets), or an empty list when
     * it is not a responsibility clause. {@code requireRoleWord} rejects bare lists.
     */
    List<Parsed> parse(String content, boolean requireRoleWord) {
        String body = content.strip();
        int stop = Brackets.indexOfTopLevel(body, '。');
        if (stop >= 0) {
            body = body.substring(0, stop);
        }
        if (body.isEmpty() || body.length() > 400) {
            return List.of();
        }
        body = RoleWords.separateLabels(body);
        boolean sawRoleWord = false;
        Role labelRole = null;
        List<Parsed> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<Integer> guiding = new HashSet<>(); // positions named by a 指导 segment
        String level = null;
        for (String raw : Brackets.splitTopLevel(body, "，,；;")) {
            String segment = raw.strip();
            if (segment.isEmpty()) {
                continue;
            }
            if (RoleWords.startsWithOtherLabel(segment)) {
                break; // 完成时限：2025年底 closes the list of who, whatever follows
            }
            Map.Entry<String, Role> label = RoleWords.labelOf(segment);
            if (label != null) {
                labelRole = label.getValue();
                segment = stripSeparator(segment.substring(label.getKey().length()));
                sawRoleWord = true;
            }
            if (segment.indexOf('：') >= 0 || segment.indexOf(':') >= 0) {
                break; // a label the grammar does not know (适用范围：…) ends the list: a name has no colon
            }
            Role role = labelRole == null ? Role.RESPONSIBLE : labelRole;
            Map.Entry<String, Role> suffix = RoleWords.suffixOf(segment);
            boolean guides = suffix != null && suffix.getKey().equals(GUIDES);
            if (suffix != null) {
                role = suffix.getValue();
                segment = segment.substring(0, segment.length() - suffix.getKey().length()).strip();
                sawRoleWord = true;
            }
            if (segment.isEmpty()) {
                continue;
            }
            String list = segment;
            int jointly = Brackets.firstTopLevel(list, 0, list.length(), i -> list.startsWith(JOINTLY, i));
            if (jointly > 0) { // 省发展改革委会同省财政厅、人社厅负责: the first leads, the others support
                String leading = withoutTrailing(segment.substring(0, jointly).strip(), "分别");
                String others = segment.substring(jointly + JOINTLY.length()).strip();
                List<DepartmentListParser.Named> leads = lists.parse(leading, level);
                String leadLevel = leads.isEmpty() ? null : lists.levelPart(leads.get(0).name());
                List<DepartmentListParser.Named> supports = lists.parse(others, leadLevel != null ? leadLevel : level);
                if (leads.isEmpty() || supports.isEmpty() || !readable(leads) || !readable(supports)) {
                    return List.of();
                }
                addAll(out, seen, leads, Role.LEAD);
                addAll(out, seen, supports, Role.SUPPORT);
                sawRoleWord = true;
                continue;
            }
            List<DepartmentListParser.Named> named = lists.parse(segment, level);
            String own = lists.levelPart(named.isEmpty() ? "" : named.get(0).name());
            level = own != null ? own : level;
            if (named.isEmpty() || !readable(named)) {
                if (!out.isEmpty()) {
                    break; // 9月底前完成, 年内持续推进: a note after the names ends the list
                }
                return List.of();
            }
            for (DepartmentListParser.Named n : named) {
                Role itemRole = role;
                Map.Entry<String, Role> note = RoleWords.bracketedRoleOf(n.name());
                if (note != null) { // 省民政厅（牵头）、省财政厅: the note gives this name its role
                    itemRole = note.getValue();
                    n = new DepartmentListParser.Named(n.name().substring(0, n.name().length() - note.getKey().length()),
                            n.asWritten());
                    sawRoleWord = true;
                }
                if (seen.add(n.name() + "|" + itemRole)) {
                    if (guides && note == null) {
                        guiding.add(out.size());
                    }
                    out.add(new Parsed(n, itemRole, !lists.looksLikeDepartment(n.name())));
                }
            }
        }
        if (requireRoleWord && !sawRoleWord) {
            return List.of();
        }
        return guidesLeadAlone(out, guiding);
    }

    /**
     * {@code 指导} leads when no one else does ({@code 省科技厅指导，各市科技局负责}); beside a
     * {@code 牵头} it supports.
     */
    private static List<Parsed> guidesLeadAlone(List<Parsed> parsed, Set<Integer> guiding) {
        if (guiding.isEmpty()) {
            return parsed;
        }
        boolean othersLead = false;
        for (int k = 0; k < parsed.size(); k++) {
            othersLead |= !guiding.contains(k) && parsed.get(k).role() == Role.LEAD;
        }
        if (!othersLead) {
            return parsed;
        }
        List<Parsed> out = new ArrayList<>(parsed);
        for (int k : guiding) {
            out.set(k, new Parsed(parsed.get(k).department(), Role.SUPPORT, parsed.get(k).guessed()));
        }
        return out;
    }

    private void addAll(List<Parsed> out, Set<String> seen, List<DepartmentListParser.Named> named, Role role) {
        for (DepartmentListParser.Named n : named) {
            if (seen.add(n.name() + "|" + role)) {
                out.add(new Parsed(n, role, !lists.looksLikeDepartment(n.name())));
            }
        }
    }

    private static String withoutTrailing(String s, String word) {
        return s.endsWith(word) ? s.substring(0, s.length() - word.length()).strip() : s;
    }

    /**
     * Whether a list reads as departments: every item does, or most do and the others are short
     * plain words in their company ({@code 全国妇联、共青团中央}); such an item is kept as guessed
     * rather than costing the names around it.
     */
    private boolean readable(List<DepartmentListParser.Named> named) {
        int recognised = 0;
        for (DepartmentListParser.Named n : named) {
            if (n.name().length() > 40) {
                return false;
            }
            if (lists.looksLikeDepartment(n.name())) {
                recognised++;
            } else if (!plainName(n.name())) {
                return false;
            }
        }
        return recognised > named.size() - recognised;
    }

    /** A short run of Han characters with no digits or punctuation: could be a name the vocabulary lacks. */
    private static boolean plainName(String name) {
        if (name.length() < 2 || name.length() > 12 || RoleWords.mentionsRole(name)) {
            return false;
        }
        return name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String stripSeparator(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (t.charAt(0) == '：' || t.charAt(0) == ':' || t.charAt(0) == '为')) {
            t = t.substring(1).strip();
        }
        return t;
    }

    /** The assignments without repeats: a department named twice in one role counts once. */
    public static List<Assignment> distinct(List<Assignment> assignments) {
        List<Assignment> out = new ArrayList<>(assignments.size());
        Set<String> seen = new HashSet<>();
        for (Assignment a : assignments) {
            if (seen.add(a.department().name() + "|" + a.role())) {
                out.add(a);
            }
        }
        return out;
    }

    /** Assignments from parsed parts. */
    static List<Assignment> assignments(List<Parsed> parsed, OrganizationFactory organizations) {
        List<Assignment> out = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            out.add(new Assignment(organizations.create(p.department().name(), p.department().asWritten()), p.role()));
        }
        return out;
    }
}

package dev.cnpolicy.parser.internal.extract.responsibility;

import dev.cnpolicy.model.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The words of responsibility clauses and the roles they give, longest first so that longer words win. */
public final class RoleWords {

    /** Words after a list of departments: {@code 省公安厅负责}, {@code 省财政厅、人社厅配合}. */
    static final List<Map.Entry<String, Role>> SUFFIXES = longestFirst(Map.ofEntries(
            Map.entry("按职责分别负责", Role.RESPONSIBLE),  // 省编办、知识产权局按职责分别负责
            Map.entry("按职责分工负责", Role.RESPONSIBLE),  // …按职责分工负责
            Map.entry("按职能分工负责", Role.RESPONSIBLE),
            Map.entry("按职责负责", Role.RESPONSIBLE),
            Map.entry("分别负责", Role.RESPONSIBLE),
            Map.entry("共同负责", Role.RESPONSIBLE),
            Map.entry("负责落实", Role.RESPONSIBLE),        // 各县、区人民政府负责落实
            Map.entry("具体负责", Role.RESPONSIBLE),
            Map.entry("牵头负责", Role.LEAD),
            Map.entry("负责", Role.RESPONSIBLE),            // （省公安厅负责）
            Map.entry("落实", Role.RESPONSIBLE),
            Map.entry("牵头", Role.LEAD),                   // （省委组织部牵头，…）
            Map.entry("牵头落实", Role.LEAD),
            Map.entry("主办", Role.LEAD),                   // 市教育局主办，市团委协办
            Map.entry("主责", Role.RESPONSIBLE),
            Map.entry("协作", Role.SUPPORT),
            Map.entry("指导", Role.LEAD),                   // 省科技厅指导: leads unless another body 牵头
            Map.entry("配合", Role.SUPPORT),                // 省财政厅、人社厅配合
            Map.entry("协同", Role.SUPPORT),
            Map.entry("协助", Role.SUPPORT),
            Map.entry("协办", Role.SUPPORT),
            Map.entry("参与", Role.SUPPORT)));              // 市发展和改革局、工业和信息化局参与

    /** Labels before a list: {@code 责任部门：…}, {@code 牵头单位：…}. */
    public static final List<Map.Entry<String, Role>> LABELS = longestFirst(Map.ofEntries(
            Map.entry("牵头单位", Role.LEAD),
            Map.entry("牵头部门", Role.LEAD),
            Map.entry("牵头领导", Role.LEAD),
            Map.entry("牵头责任单位", Role.LEAD),
            Map.entry("主办单位", Role.LEAD),              // 主办单位：省卫生厅、省人社厅
            Map.entry("主办部门", Role.LEAD),
            Map.entry("负责单位", Role.RESPONSIBLE),       // 负责单位：市住建局
            Map.entry("负责部门", Role.RESPONSIBLE),
            Map.entry("落实单位", Role.RESPONSIBLE),
            Map.entry("协作单位", Role.SUPPORT),           // 协作单位：省财政厅
            Map.entry("协作部门", Role.SUPPORT),
            Map.entry("配合责任单位", Role.SUPPORT),
            Map.entry("参与部门", Role.SUPPORT),
            Map.entry("协办部门", Role.SUPPORT),
            Map.entry("主责单位", Role.RESPONSIBLE),
            Map.entry("主责部门", Role.RESPONSIBLE),
            Map.entry("责任单位", Role.RESPONSIBLE),
            Map.entry("责任部门", Role.RESPONSIBLE),
            Map.entry("责任科室", Role.RESPONSIBLE),
            Map.entry("责任处室", Role.RESPONSIBLE),
            Map.entry("责任主体", Role.RESPONSIBLE),
            Map.entry("承办单位", Role.RESPONSIBLE),
            Map.entry("实施单位", Role.RESPONSIBLE),
            Map.entry("配合单位", Role.SUPPORT),
            Map.entry("配合部门", Role.SUPPORT),
            Map.entry("协办单位", Role.SUPPORT),
            Map.entry("参与单位", Role.SUPPORT),
            Map.entry("协同单位", Role.SUPPORT)));

    private RoleWords() {
    }

    /** Labels of a clause's parts that say when or what, not who: {@code 完成时限：2025年底}. */
    static final List<String> OTHER_LABELS = List.of(
            "完成时限", "完成时间", "时间节点", "时限", "时间安排", "进度安排", "完成期限", "备注", "目标", "指标");

    /** Whether {@code segment} starts with one of {@link #OTHER_LABELS} and a colon. */
    static boolean startsWithOtherLabel(String segment) {
        for (String label : OTHER_LABELS) {
            if (segment.startsWith(label) && segment.length() > label.length()
                    && "：:".indexOf(segment.charAt(label.length())) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Puts a {@code ；} before a label that follows a space, so labels written on one line read as
     * segments: {@code 牵头单位：省民政厅 配合单位：省医保局} → {@code 牵头单位：省民政厅；配合单位：省医保局}.
     */
    static String separateLabels(String body) {
        if (body.indexOf(' ') < 0) {
            return body;
        }
        String out = body;
        for (Map.Entry<String, Role> label : LABELS) {
            out = out.replace(" " + label.getKey(), "；" + label.getKey());
        }
        for (String label : OTHER_LABELS) { // 责任单位：县住建局 完成时限：2024年6月
            out = out.replace(" " + label + "：", "；" + label + "：");
        }
        return out;
    }

    /**
     * A role word in brackets ending a name, with the brackets: {@code 省民政厅（牵头）} →
     * {@code （牵头）} LEAD; or {@code null}.
     */
    static Map.Entry<String, Role> bracketedRoleOf(String name) {
        if (!name.endsWith("）") && !name.endsWith(")")) {
            return null;
        }
        int open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
        if (open <= 0) {
            return null;
        }
        String inner = name.substring(open + 1, name.length() - 1).strip();
        for (Map.Entry<String, Role> suffix : SUFFIXES) {
            if (suffix.getKey().equals(inner)) {
                return Map.entry(name.substring(open), suffix.getValue());
            }
        }
        return null;
    }

    /**
     * The suffix {@code segment} ends with, or {@code null}. A role word may be followed by the verb
     * of what is done ({@code 工信局牵头督导}, {@code 财政厅配合做好}): the suffix returned then
     * covers the role word and that verb, and gives the role word's role.
     */
    static Map.Entry<String, Role> suffixOf(String segment) {
        for (Map.Entry<String, Role> e : SUFFIXES) {
            if (segment.endsWith(e.getKey())) {
                return e;
            }
        }
        for (int verb = 2; verb <= 4 && verb < segment.length(); verb++) {
            String head = segment.substring(0, segment.length() - verb);
            String tail = segment.substring(segment.length() - verb);
            if (!tail.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return null;
            }
            for (Map.Entry<String, Role> e : SUFFIXES) {
                if (e.getKey().length() >= 2 && head.endsWith(e.getKey())) {
                    return Map.entry(e.getKey() + tail, e.getValue());
                }
            }
        }
        return null;
    }

    /** The label {@code segment} starts with, or {@code null}. */
    static Map.Entry<String, Role> labelOf(String segment) {
        for (Map.Entry<String, Role> e : LABELS) {
            if (segment.startsWith(e.getKey())) {
                return e;
            }
        }
        return null;
    }

    /** Whether {@code text} mentions any role word or label: a clause that should parse. */
    static boolean mentionsRole(String text) {
        for (Map.Entry<String, Role> e : LABELS) {
            if (text.contains(e.getKey())) {
                return true;
            }
        }
        return text.contains("牵头") || text.contains("配合") || text.endsWith("负责") || text.contains("负责落实");
    }

    private static List<Map.Entry<String, Role>> longestFirst(Map<String, Role> words) {
        return words.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Role> e) -> e.getKey().length()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }
}

package dev.cnpolicy.parser.internal.outline;

import dev.cnpolicy.parser.internal.outline.OutlineNode;
import java.util.List;

/**
 * What a part of a document is for, read from heading words: parts that state ideas, principles,
 * background or goals hold no tasks; parts on safeguards hold SAFEGUARD tasks; parts on steps hold
 * phases; goal parts hold goals.
 */
public final class SectionRoles {

    /** Heading words of parts that hold no tasks. */
    private static final List<String> NON_TASK = List.of(
            "指导思想", "基本原则", "工作原则", "主要原则", "总体要求", "总体思路", "发展思路", // ideas
            "背景", "现状", "形势", "意义", "适用范围", "编制依据", // background
            "实施步骤", "进度安排", "时间安排", "工作步骤", "实施阶段", "步骤安排"); // phases

    /**
     * Heading words of top-level parts whose items are safeguards. A bare 保障 is not one of
     * them: 强化民生保障 or 加强要素保障 are parts of substantive tasks.
     */
    private static final List<String> SAFEGUARD = List.of(
            "保障措施", "组织保障", "保障机制", "政策保障", "工作保障", "实施保障", "监督保障", "制度保障",
            "强化保障", "加强保障", "组织领导", "组织实施", "保证措施", "实施要求", "工作要求");

    /** Heading words of parts that are implementation steps. */
    private static final List<String> PHASES = List.of(
            "实施步骤", "进度安排", "时间安排", "工作步骤", "实施阶段", "步骤安排", "阶段安排");

    /** Heading words of goal parts; the first three are overall, the rest specific. */
    private static final List<String> OVERALL_GOALS = List.of("总体目标", "发展目标", "工作目标", "主要目标", "预期目标");
    private static final List<String> SPECIFIC_GOALS = List.of("具体目标", "分项目标", "主要指标", "阶段目标");

    private SectionRoles() {
    }

    public static boolean holdsTasks(OutlineNode node) {
        for (OutlineNode n : node.selfAndAncestors()) {
            String heading = n.heading();
            boolean goals = heading.endsWith("目标") || heading.startsWith("目标") || heading.endsWith("主要指标");
            if ((goals || containsAny(heading, NON_TASK)) && heading.length() <= 30) {
                return false;
            }
        }
        return true;
    }

    public static boolean isSafeguard(OutlineNode node) {
        List<OutlineNode> chain = node.selfAndAncestors();
        OutlineNode root = chain.get(chain.size() - 1);
        return root != node && containsAny(root.heading(), SAFEGUARD);
    }

    public static boolean isPhaseSection(OutlineNode node) {
        return containsAny(node.heading(), PHASES);
    }

    public static boolean isSpecificGoals(OutlineNode node) {
        return containsAny(node.heading(), SPECIFIC_GOALS);
    }

    public static boolean isOverallGoal(OutlineNode node) {
        return containsAny(node.heading(), OVERALL_GOALS) || node.heading().equals("目标")
                || node.heading().equals("目标要求") || node.heading().equals("总体要求");
    }

    public static boolean containsAny(String heading, List<String> words) {
        for (String w : words) {
            if (heading.contains(w)) {
                return true;
            }
        }
        return false;
    }
}

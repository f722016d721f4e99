package dev.cnpolicy.parser.internal.extract.tables;

import dev.cnpolicy.model.Role;
import dev.cnpolicy.parser.internal.extract.responsibility.RoleWords;
import java.util.List;
import java.util.Map;

/**
 * The column headings of task tables ({@code 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限}) and
 * what each column holds. Role columns are the labels of {@link RoleWords#LABELS}.
 */
final class TableColumns {

    /** What a column of a task table holds. */
    enum Kind {
        /** The row number: 序号. */
        NUMBER,
        /** What is to be done: 重点任务, 工作措施, 考核指标. */
        TASK,
        /** Who: a role label such as 牵头单位 or 责任部门. */
        ROLE,
        /** Departments in a part that is no responsibility: 评分部门, 督办单位. */
        OTHER_DEPARTMENT,
        /** When: 完成时限, 时间节点. */
        DEADLINE,
        /** Anything else: 单位 (of measure), 年度目标, 备注. */
        OTHER
    }

    /** Headings of the row-number column. */
    private static final List<String> NUMBER = List.of("序号", "编号");

    /** Headings of the columns that say what is to be done, most usual first. */
    private static final List<String> TASK = List.of(
            "重点任务", "主要任务", "工作任务", "具体任务", "目标任务", "任务内容", "任务", "重点工作", "工作内容",
            "工作事项", "改革事项", "事项", "工作措施", "具体措施", "主要措施", "政策措施", "考核指标", "考核内容", "指标",
            "工作目标", "目标", "项目名称", "项目内容", "建设内容", "内容");

    /** Headings of the deadline column. */
    private static final List<String> DEADLINE = List.of(
            "完成时限", "时限", "完成时间", "时间节点", "时间安排", "进度安排", "完成期限");

    /** Endings of a heading for departments that carry no role: 评分部门, 督办单位. */
    private static final List<String> DEPARTMENT_ENDINGS = List.of("部门", "单位", "处室", "科室");

    private TableColumns() {
    }

    /** What a column headed {@code heading} holds. */
    static Kind kindOf(String heading) {
        String h = heading.strip();
        if (NUMBER.contains(h)) {
            return Kind.NUMBER;
        }
        if (roleOf(h) != null) {
            return Kind.ROLE;
        }
        if (TASK.contains(h)) {
            return Kind.TASK;
        }
        if (DEADLINE.contains(h)) {
            return Kind.DEADLINE;
        }
        for (String ending : DEPARTMENT_ENDINGS) {
            if (h.endsWith(ending) && h.length() > ending.length() && h.length() <= 6) {
                return Kind.OTHER_DEPARTMENT;
            }
        }
        return Kind.OTHER;
    }

    /** The role of a role column ({@code 牵头单位} → LEAD), or {@code null}. */
    static Role roleOf(String heading) {
        for (Map.Entry<String, Role> label : RoleWords.LABELS) {
            if (label.getKey().equals(heading.strip())) {
                return label.getValue();
            }
        }
        return null;
    }

    /** Whether a column of this kind holds departments. */
    static boolean holdsDepartments(Kind kind) {
        return kind == Kind.ROLE || kind == Kind.OTHER_DEPARTMENT;
    }
}

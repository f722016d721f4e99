package dev.cnpolicy.examples.html;

import dev.cnpolicy.model.Comparator;
import dev.cnpolicy.model.DocumentKind;
import dev.cnpolicy.model.Role;
import dev.cnpolicy.model.Severity;

/** The words and symbols the pages show for the model's enums, in one place. */
final class Labels {

    private Labels() {
    }

    /** 实施方案 for {@link DocumentKind#IMPLEMENTATION_PLAN}: the genre word a reader expects. */
    static String kind(DocumentKind kind) {
        return switch (kind) {
            case OPINIONS -> "意见";
            case IMPLEMENTATION_PLAN -> "实施方案";
            case ACTION_PLAN -> "行动方案";
            case TASK_DIVISION -> "任务分工";
            case NOTICE -> "通知";
            case GUIDANCE -> "指导意见";
            case WORK_POINTS -> "工作要点";
            case MEASURES -> "若干措施";
            case OTHER -> "其他";
        };
    }

    /** ≥ for 以上 / 不低于; empty for {@link Comparator#BETWEEN}, which shows as a range instead. */
    static String comparator(Comparator comparator) {
        return switch (comparator) {
            case AT_LEAST -> "≥";
            case MORE_THAN -> ">";
            case AT_MOST -> "≤";
            case LESS_THAN -> "<";
            case APPROXIMATELY -> "≈";
            case EXACTLY -> "=";
            case BETWEEN -> "";
        };
    }

    /** 牵头, 配合, 负责: the words of the documents themselves. */
    static String roleWord(Role role) {
        return switch (role) {
            case LEAD -> "牵头";
            case SUPPORT -> "配合";
            case RESPONSIBLE -> "负责";
        };
    }

    /** L, S, R: the letters of the matrix cells. */
    static String roleLetter(Role role) {
        return role.name().substring(0, 1);
    }

    /** The CSS class that gives a role the same colour in chips, cells and legends. */
    static String roleClass(Role role) {
        return switch (role) {
            case LEAD -> "lead";
            case SUPPORT -> "support";
            case RESPONSIBLE -> "resp";
        };
    }

    /** 提示, 警告, 错误. */
    static String severity(Severity severity) {
        return switch (severity) {
            case INFO -> "提示";
            case WARNING -> "警告";
            case ERROR -> "错误";
        };
    }
}

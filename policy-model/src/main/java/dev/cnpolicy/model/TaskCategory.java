package dev.cnpolicy.model;

/** Whether a task is substantive work or a measure that safeguards the work. */
public enum TaskCategory {
    /** An action item under 重点任务 and similar parts. */
    KEY_TASK,
    /** An item under 保障措施, 组织保障, 组织实施 or 保障机制: {@code 加强组织领导}. */
    SAFEGUARD
}

package dev.cnpolicy.model;

/** Whether a goal states the plan's overall aim or one specific target. */
public enum GoalKind {
    /** 总体目标, 发展目标, or the goal paragraph of 总体要求: {@code 到2030年，全省知识产权服务业…}. */
    OVERALL,
    /** One item under 具体目标 or 主要目标: {@code 1.知识产权创造能力大幅提升。…}. */
    SPECIFIC
}

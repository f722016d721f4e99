package dev.cnpolicy.model;

/** The genre of a policy document, read from the genre word that ends its title. */
public enum DocumentKind {
    /** 意见, 若干意见, 实施意见: {@code 关于加快推动知识产权服务业高质量发展的若干意见}. */
    OPINIONS,
    /** 实施方案, 工作方案: {@code 哈尔滨市推进国家知识产权示范城市工作实施方案}. */
    IMPLEMENTATION_PLAN,
    /** 行动方案, 行动计划: {@code 加快知识产权高质量发展 助力全面振兴新突破三年行动方案}. */
    ACTION_PLAN,
    /** 分工方案, 任务分工, 任务清单: {@code 《…实施意见》重点任务分工方案}. */
    TASK_DIVISION,
    /** 通知 with no other genre inside it. */
    NOTICE,
    /** 指导意见: {@code …持续优化营商环境指导意见}. */
    GUIDANCE,
    /** 工作要点, the yearly list of a body's work: {@code 某市2024年优化营商环境工作要点}. */
    WORK_POINTS,
    /** 若干措施, 政策措施: {@code 关于促进数字经济高质量发展的若干措施}. */
    MEASURES,
    /** Anything else: 办法, 规划 without a recognised genre word. */
    OTHER
}

package dev.cnpolicy.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A small made-up document that holds one of every record kind, built in code. */
public final class SampleDocuments {

    /** The made-up text every span of {@link #full()} points into. */
    public static final String TEXT = String.join("\n",
            "江南省推进数字经济发展实施方案",
            "一、工作目标",
            "到2026年，全省数字经济核心产业增加值占GDP比重达到12%。",
            "二、重点任务",
            "1.建设算力网络。新建数据中心20—30个。（省发展改革委牵头，省通信管理局配合）",
            "三、实施步骤",
            "（一）启动阶段（2024年1月—2024年6月）");

    private SampleDocuments() {
    }

    /** A valid document with every record kind present. */
    public static PolicyDocument full() {
        Organization lead = new Organization("省发展改革委", "省发展改革委", "江南省发展改革委", OrganizationKind.PROVINCIAL,
                "江南省发展和改革委员会", true);
        Organization support = new Organization("省通信管理局", "省通信管理局", "江南省通信管理局", OrganizationKind.PROVINCIAL);
        Section goals = new Section("s1", "一、", 1, "工作目标", new SourceSpan(16, 55, 2), List.of());
        Section tasks = new Section("s2", "二、", 1, "重点任务", new SourceSpan(56, 104, 4), List.of());
        Section steps = new Section("s3", "三、", 1, "实施步骤", new SourceSpan(105, 136, 6),
                List.of(new Section("s3.1", "（一）", 2, "启动阶段", new SourceSpan(112, 136, 7), List.of())));
        Indicator share = new Indicator("i1.1", "数字经济核心产业增加值占GDP比重", Comparator.EXACTLY,
                new BigDecimal("12"), null, "%", IndicatorKind.SHARE, 2026, "数字经济核心产业增加值占GDP比重达到12%",
                new SourceSpan(32, 54, 3));
        Indicator centres = new Indicator("i2.1.1", "新建数据中心", Comparator.BETWEEN,
                new BigDecimal("20"), new BigDecimal("30"), "个", IndicatorKind.INCREASE, 2026, "新建数据中心20—30个",
                new SourceSpan(72, 84, 5));
        Goal goal = new Goal("g1.1", GoalKind.OVERALL, "到2026年，全省数字经济核心产业增加值占GDP比重达到12%。", 2026,
                List.of("i1.1"), "s1", new SourceSpan(23, 55, 3));
        Responsibility responsibility = new Responsibility("（省发展改革委牵头，省通信管理局配合）",
                List.of(new Assignment(lead, Role.LEAD), new Assignment(support, Role.SUPPORT)),
                new SourceSpan(85, 104, 5));
        Task task = new Task("t2.1", "1.", TaskCategory.KEY_TASK, "建设算力网络",
                "1.建设算力网络。新建数据中心20—30个。（省发展改革委牵头，省通信管理局配合）", "s2", responsibility,
                List.of("i2.1.1"), "2025-06", new SourceSpan(63, 104, 5));
        Phase phase = new Phase("p3.1", "启动阶段", YearMonth.of(2024, 1), YearMonth.of(2024, 6),
                "（一）启动阶段（2024年1月—2024年6月）", new SourceSpan(112, 136, 7));
        Reference reference = new Reference("江南省数字经济促进条例",
                new DocumentNumber("江政发〔2023〕5号", "江政发", 2023, 5), new SourceSpan(0, 15, 1));
        DocumentMetadata metadata = new DocumentMetadata("江南省推进数字经济发展实施方案",
                new DocumentNumber("江政办发〔2024〕3号", "江政办发", 2024, 3),
                List.of(new Organization("江南省人民政府办公厅", "江南省人民政府办公厅", "江南省人民政府办公厅",
                        OrganizationKind.PROVINCIAL)),
                List.of(new Organization("各市人民政府", "各市人民政府", "各市人民政府", OrganizationKind.COLLECTIVE)),
                LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 10), "000012345/2024-00001",
                DocumentKind.IMPLEMENTATION_PLAN, "江南省", new PlanPeriod(2024, 2026));
        Source source = new Source("sample.txt", "UTF-8", "0".repeat(64), Script.SIMPLIFIED,
                List.of(new Repair("PINYIN_GLOSS_REMOVED", 2)));
        return new PolicyDocument(PolicyDocument.SCHEMA_VERSION, "sample", source, TEXT, metadata,
                List.of(goals, tasks, steps), List.of(goal), List.of(task), List.of(share, centres),
                List.of(phase), List.of(reference),
                List.of(new Diagnostic(Severity.INFO, "TASK_WITHOUT_RESPONSIBILITY", "a note", null)));
    }
}

package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.GoalKind;
import dev.cnpolicy.model.Goal;
import dev.cnpolicy.model.OrganizationKind;
import dev.cnpolicy.model.PlanPeriod;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.model.TaskCategory;
import org.junit.jupiter.api.Test;

/** Made-up documents for the rules that decide what is a task and what is a goal. */
class TaskAndGoalRulesTest {

    private static final PolicyParser PARSER = PolicyParser.create();

    @Test
    void itemsUnderAnExpectedTargetsHeadingAreSpecificGoalsAndTheirTasksShareIndicators() {
        PolicyDocument doc = PARSER.parse("targets", String.join("\n",
                "某区2025年重点工作任务分工方案",
                "一、主要预期目标",
                "1.地区生产总值增长5.5%左右。",
                "牵头单位：区发改局",
                "2.城镇新增就业3000人以上。",
                "牵头单位：区人社局",
                "二、重点任务",
                "1.推进园区扩容。（区工信局负责）"));
        assertThat(doc.metadata().period()).isEqualTo(new PlanPeriod(2025, 2025));
        assertThat(doc.goals()).extracting(Goal::kind).containsExactly(GoalKind.SPECIFIC, GoalKind.SPECIFIC);
        assertThat(doc.goals()).allSatisfy(g -> assertThat(g.targetYear()).isEqualTo(2025));
        assertThat(doc.goals().get(0).indicatorIds()).containsExactly("i1.1.1");
        assertThat(doc.tasks()).extracting(Task::id).containsExactly("t1.1", "t1.2", "t2.1");
        assertThat(doc.tasks().get(0).indicatorIds()).containsExactly("i1.1.1");
        assertThat(doc.indicators()).hasSize(2);
    }

    @Test
    void aPartWhoseOwnParagraphNamesWhoIsResponsibleIsATaskBeforeItsSubItems() {
        PolicyDocument doc = PARSER.parse("parent", String.join("\n",
                "某市优化营商环境实施方案",
                "一、提升政务服务效能",
                "（一）深化一网通办。推进高频事项全程网办。（责任单位：市政务服务中心、市大数据局）",
                "1.拓展掌上办。上线移动端事项200项以上。",
                "2.推行免申即享。"));
        assertThat(doc.tasks()).extracting(Task::id).containsExactly("t1.1", "t1.1.1", "t1.1.2");
        Task parent = doc.tasks().get(0);
        assertThat(parent.text()).doesNotContain("拓展掌上办");
        assertThat(parent.responsibility().assignments()).hasSize(2);
    }

    @Test
    void welfareGuaranteesAreKeyTasksButSafeguardPartsAreNot() {
        PolicyDocument doc = PARSER.parse("welfare", String.join("\n",
                "某省民生实事实施方案",
                "一、强化民生保障",
                "1.扩大住房供给。（省住房城乡建设厅负责）",
                "二、组织保障",
                "1.加强督导考核。（省政府督查室负责）"));
        assertThat(doc.tasks()).extracting(Task::category)
                .containsExactly(TaskCategory.KEY_TASK, TaskCategory.SAFEGUARD);
    }

    @Test
    void formerBankingRegulatorBranchesAreNational() {
        PolicyDocument doc = PARSER.parse("bank", String.join("\n",
                "某省金融支持实体经济行动方案",
                "一、重点任务",
                "1.扩大普惠贷款。（人民银行某省分行、四川银保监局按职责分别负责）"));
        assertThat(doc.tasks().get(0).responsibility().assignments())
                .extracting(a -> a.department().kind()).containsOnly(OrganizationKind.NATIONAL);
    }

    @Test
    void theLastTaskEndsBeforeTheSignatureAndTheAppendix() {
        PolicyDocument doc = PARSER.parse("trailer", String.join("\n",
                "某省养老服务体系建设实施方案",
                "一、重点任务",
                "（一）发展社区食堂。到2026年覆盖率达到60%。（省民政厅负责；完成时限：2026年底）",
                "（二）培养护理人才。每年培训5000人次。（省人社厅负责）",
                "某省人民政府办公厅",
                "2024年6月1日",
                "附件：任务清单"));
        assertThat(doc.tasks()).hasSize(2);
        assertThat(doc.tasks().get(1).text()).endsWith("（省人社厅负责）");
        Task first = doc.tasks().get(0);
        assertThat(first.responsibility().assignments()).singleElement()
                .satisfies(a -> assertThat(a.department().name()).isEqualTo("省民政厅"));
        assertThat(first.deadline()).isEqualTo("2026");
        assertThat(doc.metadata().issuers()).singleElement()
                .satisfies(o -> assertThat(o.name()).isEqualTo("某省人民政府办公厅"));
    }

    @Test
    void aStandingNoteAddsItsDepartmentsToEveryLaterTask() {
        PolicyDocument doc = PARSER.parse("standing", String.join("\n",
                "某市水污染防治实施方案",
                "一、重点任务",
                "1.整治黑臭水体。（市生态环境局牵头，各县、区人民政府负责落实。以下各项任务均需各县、区人民政府落实，不再列出。）",
                "2.推进污水管网建设。（市住建局牵头）",
                "3.加强饮用水源保护。"));
        assertThat(doc.tasks().get(0).responsibility().assignments()).hasSize(3);
        assertThat(doc.tasks().get(1).responsibility().assignments())
                .extracting(a -> a.department().name() + "/" + a.role())
                .containsExactly("市住建局/LEAD", "各县人民政府/RESPONSIBLE", "各区人民政府/RESPONSIBLE");
        assertThat(doc.tasks().get(2).responsibility().assignments()).hasSize(2);
        assertThat(doc.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("STANDING_ASSIGNMENT"));
    }

    @Test
    void anItemNumberGluedToATitleThatStartsWithDigitsIsReadWhereItIsExpected() {
        PolicyDocument doc = PolicyParser.create().parse("glued", String.join("\n",
                "一、重点工程", "1.建设数字平台。", "2.365服务工程。开展全天候服务。", "3.5G网络覆盖工程。",
                "二、保障措施", "全年投入1.5亿元。"));
        assertThat(doc.tasks()).extracting(t -> t.number() + t.title())
                .containsExactly("1.建设数字平台", "2.365服务工程", "3.5G网络覆盖工程");
    }
}

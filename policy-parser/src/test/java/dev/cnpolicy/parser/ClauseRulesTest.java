package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clause rules that need more than one bracket: prose clauses and document-wide rules. Made-up texts. */
class ClauseRulesTest {

    private static final PolicyParser PARSER = PolicyParser.create();

    private static List<String> roles(Task t) {
        return t.responsibility() == null ? List.of() : t.responsibility().assignments().stream()
                .map(a -> a.department().name() + "/" + a.role()).toList();
    }

    @Test
    void proseNamesWhoLeadsAndWhoSupports() {
        PolicyDocument doc = PARSER.parse("prose", """
                一、工作分工
                （一）关于完善农村电网的问题，由省能源局会同省财政厅、省自然资源厅等部门研究提出落实意见。
                （二）关于稳定粮食生产的问题，由省农业农村厅负责落实。
                （三）关于发挥市场作用的问题，由市场决定资源配置。
                """);
        assertThat(doc.tasks()).hasSize(3);
        assertThat(roles(doc.tasks().get(0))).containsExactly("省能源局/LEAD", "省财政厅/SUPPORT", "省自然资源厅/SUPPORT");
        assertThat(roles(doc.tasks().get(1))).containsExactly("省农业农村厅/RESPONSIBLE");
        assertThat(roles(doc.tasks().get(2))).isEmpty();
    }

    @Test
    void theFirstListedRuleHoldsForLaterListsButNotForExplicitRoles() {
        PolicyDocument doc = PARSER.parse("first", """
                一、重点任务
                （一）加强水源保护。（水利厅、生态环境厅等负责。列第一位者为牵头单位，下同）
                （二）推进节水改造。（住房城乡建设厅、发展改革委负责）
                （三）健全监测网络。（生态环境厅、水利厅牵头负责）
                （四）开展宣传教育。（教育厅负责）
                """);
        assertThat(roles(doc.tasks().get(0))).containsExactly("水利厅/LEAD", "生态环境厅/SUPPORT");
        assertThat(roles(doc.tasks().get(1))).containsExactly("住房城乡建设厅/LEAD", "发展改革委/SUPPORT");
        assertThat(roles(doc.tasks().get(2))).containsExactly("生态环境厅/LEAD", "水利厅/LEAD");
        assertThat(roles(doc.tasks().get(3))).containsExactly("教育厅/RESPONSIBLE");
        assertThat(doc.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("FIRST_LISTED_LEADS"));
    }

    @Test
    void aLeadInProseTakesTheSupportersOfTheNextPart() {
        PolicyDocument doc = PARSER.parse("joint", "一、重点任务\n（一）加强知识产权保护。由省知识产权局牵头，会同省公安厅、省法院开展专项行动。\n");
        assertThat(roles(doc.tasks().get(0))).containsExactly("省知识产权局/LEAD", "省公安厅/SUPPORT", "省法院/SUPPORT");
    }
}

package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Task;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up task tables as they reach us in text: separated cells, HTML rows, one cell per line. */
class TableTasksTest {

    private static final PolicyParser PARSER = PolicyParser.create();

    private static List<String> roles(Task task) {
        return task.responsibility().assignments().stream()
                .map(a -> a.department().name() + "/" + a.role()).toList();
    }

    @Test
    void readsARowPerTaskFromATableWithSeparatedCells() {
        PolicyDocument doc = PARSER.parse("pipes", String.join("\n",
                "某市2025年数字政府建设重点任务分工",
                "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限",
                "1 | 推进政务数据共享 | 市大数据局 | 市财政局、公安局 | 2025年6月底前",
                "2 | 建设城市运行管理平台 | 市城管局 | 各区政府 | 2025年12月底前",
                "以上任务由市政府督查室跟踪督办。"));
        assertThat(doc.tasks()).extracting(Task::id).containsExactly("tr1.1", "tr1.2");
        Task first = doc.tasks().get(0);
        assertThat(first.title()).isEqualTo("推进政务数据共享");
        assertThat(first.deadline()).isEqualTo("2025-06");
        assertThat(roles(first)).containsExactly("市大数据局/LEAD", "市财政局/SUPPORT", "市公安局/SUPPORT");
        assertThat(roles(doc.tasks().get(1))).containsExactly("市城管局/LEAD", "各区政府/SUPPORT");
        assertThat(doc.text().substring(first.span().start(), first.span().end())).startsWith("1 | 推进政务数据共享");
    }

    @Test
    void readsAnHtmlTableOfTasks() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><h1>某县农村改厕任务分解表</h1><table>"
                + "<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时间</td></tr>"
                + "<tr><td>1</td><td>完成户厕改造500户</td><td>县农业农村局</td><td>2024年10月</td></tr>"
                + "<tr><td>2</td><td>建成公厕管护机制</td><td>县住建局、各乡镇人民政府</td><td>2024年底前</td></tr>"
                + "</table></body></html>";
        PolicyDocument doc = PARSER.parse("table.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.tasks()).hasSize(2);
        assertThat(roles(doc.tasks().get(1))).containsExactly("县住建局/RESPONSIBLE", "各乡镇人民政府/RESPONSIBLE");
        assertThat(doc.tasks().get(1).deadline()).isEqualTo("2024");
    }

    @Test
    void readsATableFlattenedToOneCellPerLineWithMissingCells() {
        PolicyDocument doc = PARSER.parse("cells", String.join("\n",
                "某县2023年生态环境保护任务清单",
                "序号", "", "工作任务", "", "目标值", "", "责任部门", "", "考核部门", "",
                "1", "", "空气质量优良天数比例", "", "95%", "", "县生态环境分局", "", "县发改局", "",
                "2", "", "城镇污水处理率", "", "县住建局县水利局", "", "县发改局", "",
                "3", "", "秸秆综合利用率", "", "全县统筹", "", "县农业农村局"));
        assertThat(doc.tasks()).extracting(Task::title)
                .containsExactly("空气质量优良天数比例", "城镇污水处理率", "秸秆综合利用率");
        // the last department cell is the scoring department, which holds no responsibility
        assertThat(roles(doc.tasks().get(0))).containsExactly("县生态环境分局/RESPONSIBLE");
        assertThat(roles(doc.tasks().get(1))).containsExactly("县住建局/RESPONSIBLE", "县水利局/RESPONSIBLE");
        assertThat(doc.tasks().get(2).responsibility()).isNull(); // 全县统筹 is a target, not a department
        assertThat(doc.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("TABLE_ROWS_GUESSED"));
    }

    @Test
    void aListOfShortLinesIsNotATable() {
        PolicyDocument doc = PARSER.parse("short", String.join("\n",
                "某市文明城市创建方案", "一、目标", "创建成功。", "二、措施", "1.加强宣传。（市委宣传部负责）",
                "序号", "牵头单位", "备注"));
        assertThat(doc.tasks()).extracting(Task::id).containsExactly("t2.1");
    }

    @Test
    void readsATabSeparatedTable() {
        PolicyDocument doc = PARSER.parse("tabs", String.join("\n",
                "附件：重点任务清单",
                "序号\t重点任务\t责任单位\t完成时限",
                "1\t建设高标准农田10万亩\t县农业农村局\t2025年12月",
                "2\t新建农村公路30公里\t县交通运输局、各乡镇人民政府\t长期坚持"));
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly("2025-12", null);
        assertThat(roles(doc.tasks().get(1))).containsExactly("县交通运输局/RESPONSIBLE", "各乡镇人民政府/RESPONSIBLE");
        assertThat(doc.text()).contains("1 | 建设高标准农田10万亩 | 县农业农村局 | 2025年12月");
    }

    @Test
    void aRowWithAUnitCellAndAValueCellIsATarget() {
        PolicyDocument doc = PARSER.parse("targets", String.join("\n",
                "某县2025年农业农村工作考核清单",
                "序号 | 考核指标 | 单位 | 年度目标 | 责任单位",
                "1 | 蔬菜播种面积 | 万亩 | 1.5 | 县农业农村局",
                "2 | 农村居民人均可支配收入增幅 | % | ≥6.5 | 县统计局",
                "3 | 农村人居环境整治 | - | 良好以上 | 县住建局"));
        assertThat(doc.tasks()).hasSize(3);
        assertThat(doc.indicators()).extracting(i -> i.metric() + " " + i.comparator() + " "
                        + i.value().toPlainString() + " " + i.unit())
                .containsExactly("蔬菜播种面积 EXACTLY 15000 亩", "农村居民人均可支配收入增幅 AT_LEAST 6.5 %");
        assertThat(doc.tasks().get(0).indicatorIds()).containsExactly(doc.indicators().get(0).id());
        assertThat(doc.tasks().get(2).indicatorIds()).isEmpty();
    }

    @Test
    void aTableWithoutNumbersWhoseHeadingsBrokeOverLinesGivesARowPerHeaderWidth() {
        PolicyDocument doc = PARSER.parse("unnumbered", String.join("\n\n",
                "项目", "名称", "建设内容", "牵头单位", "进展情况", "（6月）", "进展情况", "（12月）",
                "农村供水保障工程", "新建规模化水厂3座，改造供水管网120公里。", "县水利局", "已完成选址", "已开工建设",
                "全民健身设施工程", "建设社区健身中心10个。", "县文广体局", "已完成设计", "已建成6个",
                "未完成事项"));
        assertThat(doc.tasks()).extracting(Task::title).containsExactly("农村供水保障工程", "全民健身设施工程");
        assertThat(roles(doc.tasks().get(0))).containsExactly("县水利局/LEAD");
        assertThat(doc.indicators()).extracting(i -> i.value().toPlainString() + i.unit())
                .containsExactly("3座", "120公里", "10个");
        assertThat(doc.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("TABLE_ROW_INCOMPLETE"));
    }
}

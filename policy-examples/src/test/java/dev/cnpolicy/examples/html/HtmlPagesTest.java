package dev.cnpolicy.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.examples.export.ExportCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structure of the pages {@code --format html} writes for the seeds, read back with jsoup. */
class HtmlPagesTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    @TempDir
    static Path shared;
    static Path html;

    @BeforeAll
    static void exportSeeds() {
        Path out = shared.resolve("out");
        assertThat(ExportCommand.run("--quiet", "--format", "html", "--out", out.toString(), SEEDS.toString())).isZero();
        html = out.resolve("html");
    }

    private static Document page(String id) throws IOException {
        return Jsoup.parse(html.resolve(id + ".html").toFile(), "UTF-8");
    }

    @Test
    void writesOnePagePerDocumentAndAnIndexAndNothingElse() throws IOException {
        try (Stream<Path> files = Files.list(html)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.html",
                    "000_478282158ae641a7.html", "001_34b1e1b7b7f5ebd1.html", "002_1b4be993e13e22f9.html",
                    "003_a804eafbc01583f5.html", "004_77ef637a5b3fa8c7.html");
        }
        Document index = Jsoup.parse(html.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(index.select("script").html()).contains("004_77ef637a5b3fa8c7").contains("省委组织部");
    }

    @Test
    void pagesAreSelfContained() throws IOException {
        Document doc = page("004_77ef637a5b3fa8c7");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.select("link[href], script[src], img[src]")).isEmpty();
        assertThat(doc.select("style").html()).contains("@media print");
        assertThat(doc.select("th[scope=col]")).isNotEmpty();
    }

    @Test
    void seed004MatrixHasSixtyTasksWithTheirDepartments() throws IOException {
        Element matrix = page("004_77ef637a5b3fa8c7").getElementById("matrix");
        assertThat(matrix.select("tbody tr")).hasSize(60);
        assertThat(matrix.select("tbody th[scope=row]")).hasSize(60);
        List<String> departments = matrix.select("thead th.dept").eachText();

        // task 5: 省委组织部牵头，省知识产权局、省工商局、省新闻出版广电局配合
        Element task5 = matrix.selectFirst("tr[data-task=t1.2.5]");
        assertThat(roles(task5, departments)).containsExactlyInAnyOrder("省委组织部=L", "省知识产权局=S", "省工商局=S",
                "省新闻出版广电局=S");
        assertThat(task5.select("td.lead")).hasSize(1);
        assertThat(departments.get(task5.select("td").indexOf(task5.selectFirst("td.lead")))).isEqualTo("省委组织部");

        // task 2: 省编办、省知识产权局、省工商局、省新闻出版广电局负责
        Element task2 = matrix.selectFirst("tr[data-task=t1.1.2]");
        assertThat(roles(task2, departments)).containsExactlyInAnyOrder("省编办=R", "省知识产权局=R", "省工商局=R",
                "省新闻出版广电局=R");
        assertThat(task2.select("td.resp")).hasSize(4);
    }

    @Test
    void seed004DepartmentsAreOrderedByHowManyTasksTheyLead() throws IOException {
        Elements heads = page("004_77ef637a5b3fa8c7").select("#matrix thead th.dept");
        List<Integer> leads = heads.eachAttr("title").stream()
                .map(t -> Integer.valueOf(t.replaceAll("\\D", ""))).toList();
        assertThat(leads).isSortedAccordingTo((a, b) -> b - a);
        assertThat(leads.get(0)).isPositive();
    }

    /** "department=letters" for each filled cell of a row, in column order. */
    private static List<String> roles(Element row, List<String> departments) {
        Elements cells = row.select("td");
        assertThat(cells).hasSize(departments.size());
        List<String> roles = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).text().isEmpty()) {
                roles.add(departments.get(c) + "=" + cells.get(c).text());
            }
        }
        return roles;
    }

    @Test
    void seed001IndicatorTableShowsComparatorsAsSymbolsAndRangesForBetween() throws IOException {
        Elements rows = page("001_34b1e1b7b7f5ebd1").select("table.indicators tbody tr");
        assertThat(rows).hasSize(10);
        assertThat(cells(rows.get(0))).containsExactly("全市专利申请量年均增长率", "≥", "10", "%", "2018", "");
        assertThat(cells(rows.get(4))).containsExactly("每年用于专利运用补助的经费", "≥", "5000000", "元", "2018", "");
        assertThat(cells(rows.get(5))).containsExactly("专利案件办案量增长率", ">", "20", "%", "2018", "");
        assertThat(cells(rows.get(8))).containsExactly("企业开展《企业知识产权管理规范》贯标工作", "", "20–30", "家", "2018", "");
        assertThat(page("001_34b1e1b7b7f5ebd1").select("table.indicators thead th[scope=col]").eachText())
                .containsExactly("指标", "比较", "数值", "单位", "目标年份", "基准年份");
    }

    private static List<String> cells(Element row) {
        return row.select("th, td").stream().map(Element::text).toList();
    }

    @Test
    void seed001PhasesStandOnTheTimelineInOrderAndToScale() throws IOException {
        Document doc = page("001_34b1e1b7b7f5ebd1");
        Elements bars = doc.select("svg.timeline g.jump");
        assertThat(bars.eachAttr("data-phase")).containsExactly("p5.1", "p5.2", "p5.3", "p5.4");
        assertThat(bars.select("title").eachText()).containsExactly("启动宣传阶段：2016-02 — 2016-08",
                "实施推广阶段：2016-09 — 2016-12", "深化推进阶段：2017-01 — 2018-03", "总结验收阶段：2018-04 — 2019-02");
        double[] x = bars.select("rect").stream().mapToDouble(r -> Double.parseDouble(r.attr("x"))).toArray();
        double[] w = bars.select("rect").stream().mapToDouble(r -> Double.parseDouble(r.attr("width"))).toArray();
        // 7, 4, 15 and 11 months, each starting where the one before ends
        assertThat(w[0] / w[1]).isCloseTo(7 / 4.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(w[2] / w[1]).isCloseTo(15 / 4.0, org.assertj.core.data.Offset.offset(0.02));
        for (int i = 1; i < x.length; i++) {
            assertThat(x[i]).isCloseTo(x[i - 1] + w[i - 1], org.assertj.core.data.Offset.offset(0.2));
        }
        assertThat(doc.select("svg.timeline text.year").eachText()).containsExactly("2016", "2017", "2018", "2019", "2020");
        assertThat(doc.select("table.phases tbody tr").stream().map(HtmlPagesTest::cells).toList())
                .containsExactly(List.of("启动宣传阶段", "2016-02", "2016-08"), List.of("实施推广阶段", "2016-09", "2016-12"),
                        List.of("深化推进阶段", "2017-01", "2018-03"), List.of("总结验收阶段", "2018-04", "2019-02"));
    }

    @Test
    void everyLinkedSpanPointsAtALineOfTheText() throws IOException {
        Document doc = page("000_478282158ae641a7");
        Elements diagnostics = doc.select("a.diag");
        assertThat(diagnostics).hasSize(17);
        Element first = diagnostics.first();
        assertThat(first.text()).isEqualTo("MOJIBAKE_REPAIRED");
        assertThat(first.attr("data-start")).isEqualTo("231");
        assertThat(doc.getElementById("L9")).isNotNull();
        assertThat(first.attr("href")).isEqualTo("#L9");
        for (Element link : doc.select("[data-start]")) {
            int start = Integer.parseInt(link.attr("data-start"));
            int end = Integer.parseInt(link.attr("data-end"));
            assertThat(end).isGreaterThanOrEqualTo(start);
        }
    }
}

package dev.cnpolicy.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cnpolicy.examples.export.ExportCommand;
import dev.cnpolicy.model.Diagnostic;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.SourceSpan;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.model.json.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The pages in a real browser: Debian's Chromium driven through its ChromeDriver, both named
 * explicitly so that nothing is downloaded. Outside CI the test skips, saying so, when they are not
 * installed; under CI ({@code CI=true}) it fails instead ({@code .ci/run} installs them).
 */
class HtmlPagesBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    /** A plan with characters outside the Basic Multilingual Plane before its second task. */
    private static final String ASTRAL = "某市推进文旅融合发展实施方案\n\n一、重点任务\n\n"
            + "（一）加强𠮷祥物品牌建设，打造𩸽鱼美食街区。（市文旅局牵头，市商务局配合）\n\n"
            + "（二）完善旅游服务体系。（市商务局负责）\n";

    @TempDir
    static Path shared;
    static Path out;
    static ChromeDriver browser;

    @BeforeAll
    static void exportAndStartBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String why = "HtmlPagesBrowserTest: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + "; CI must run this test");
            }
            System.out.println(why + "; skipped");
            Assumptions.abort(why);
        }
        Path input = Files.createDirectories(shared.resolve("in"));
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, input.resolve(seed.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(input.resolve("astral.txt"), ASTRAL, StandardCharsets.UTF_8);
        out = shared.resolve("out");
        assertThat(ExportCommand.run("--quiet", "--format", "html,json", "--out", out.toString(), input.toString()))
                .isZero();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectories(shared.resolve("chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void consoleHasNoErrors() {
        if (browser != null) {
            assertThat(severe()).isEmpty();
        }
    }

    private static List<String> severe() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString).toList();
    }

    private static void open(String page) {
        browser.get(out.resolve("html").resolve(page).toUri().toString());
        assertThat(browser.getCurrentUrl()).startsWith("file:");
    }

    private static PolicyDocument json(String id) throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("json").resolve(id + ".json"))) {
            return PolicyJson.read(in);
        }
    }

    private static String slice(String text, SourceSpan span) {
        return text.substring(text.offsetByCodePoints(0, span.start()), text.offsetByCodePoints(0, span.end()));
    }

    private static long visibleRows() {
        return (Long) browser.executeScript(
                "return Array.from(document.querySelectorAll('#matrix tbody tr')).filter(r => !r.hidden).length;");
    }

    private static String highlighted() {
        return (String) browser.executeScript(
                "const h = CSS.highlights.get('pick'); return h ? Array.from(h)[0].toString() : null;");
    }

    @Test
    void typingADepartmentShrinksTheMatrix() throws IOException {
        open("004_77ef637a5b3fa8c7.html");
        assertThat(visibleRows()).isEqualTo(60);
        PolicyDocument doc = json("004_77ef637a5b3fa8c7");
        long withOrganisation = doc.tasks().stream().filter(t -> t.responsibility() != null
                && t.responsibility().assignments().stream().anyMatch(a -> a.department().name().equals("省委组织部")))
                .count();

        browser.findElement(By.id("matrix-filter")).sendKeys("省委组织部");

        assertThat(visibleRows()).isEqualTo(withOrganisation).isBetween(1L, 59L);
        List<WebElement> columns = browser.findElements(By.cssSelector("#matrix thead th.dept"));
        assertThat(columns.stream().filter(WebElement::isDisplayed).map(WebElement::getText))
                .containsExactly("省委组织部");
        assertThat(browser.findElement(By.id("matrix-status")).getText()).startsWith(withOrganisation + " / 60");
        screenshot("html-view-004-filtered.png");
    }

    @Test
    void clickingADiagnosticHighlightsItsText() throws IOException {
        open("000_478282158ae641a7.html");
        PolicyDocument doc = json("000_478282158ae641a7");
        Diagnostic first = doc.diagnostics().stream().filter(d -> d.span() != null).findFirst().orElseThrow();

        browser.findElement(By.cssSelector("a.diag")).click();

        assertThat(highlighted()).isEqualTo(slice(doc.text(), first.span())).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#text .ln.hit")))
                .extracting(e -> e.getAttribute("id")).contains("L" + first.span().line());
        screenshot("html-view-000-diagnostic.png");
    }

    @Test
    void clickingATaskHighlightsItsTextPastCharactersOutsideTheBmp() throws IOException {
        open("astral.html");
        PolicyDocument doc = json("astral");
        assertThat(doc.tasks()).hasSize(2);
        for (Task task : doc.tasks()) {
            browser.findElement(By.cssSelector("#task-" + task.id().replace(".", "\\.") + " a.jump")).click();
            assertThat(highlighted()).isEqualTo(slice(doc.text(), task.span()));
        }
        assertThat(highlighted()).startsWith("（二）完善旅游服务体系");
    }

    @Test
    void seedPagesOpenWithoutConsoleErrors() throws IOException {
        for (String id : List.of("000_478282158ae641a7", "001_34b1e1b7b7f5ebd1", "002_1b4be993e13e22f9",
                "003_a804eafbc01583f5", "004_77ef637a5b3fa8c7")) {
            open(id + ".html");
            assertThat(browser.findElement(By.id("title")).getText()).isNotBlank();
            assertThat(severe()).as(id).isEmpty();
        }
        open("001_34b1e1b7b7f5ebd1.html");
        screenshot("html-view-001.png");
        open("004_77ef637a5b3fa8c7.html");
        browser.findElement(By.cssSelector("#task-t1\\.2\\.5 a.jump")).click();
        assertThat(highlighted()).startsWith("5.");
        screenshot("html-view-004.png");
    }

    @Test
    void indexListsSortsAndLinksTheDocuments() throws IOException {
        open("index.html");
        List<WebElement> rows = browser.findElements(By.cssSelector("#documents-table tbody tr"));
        assertThat(rows).hasSize(6);
        browser.findElement(By.xpath("//table[@id='documents-table']//th/button[text()='任务']")).click();
        List<String> firstColumn = browser.findElements(By.cssSelector("#documents-table tbody tr th a")).stream()
                .map(WebElement::getText).toList();
        assertThat(firstColumn.get(0)).startsWith("《黑龙江省人民政府关于新形势下加快知识产权强省建设的实施意见》");
        assertThat(browser.findElements(By.cssSelector("#departments-table tbody tr"))).isNotEmpty();
        screenshot("html-view-index.png");

        browser.findElement(By.cssSelector("#documents-table tbody tr th a")).click();
        assertThat(browser.getCurrentUrl()).endsWith("004_77ef637a5b3fa8c7.html");
        assertThat(visibleRows()).isEqualTo(60);
    }

    @Test
    void corpusPagesOpenWithoutConsoleErrors() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "skipped: ../shared/corpus is not beside the clone");
        Path corpusOut = shared.resolve("corpus");
        int status = ExportCommand.run("--quiet", "--format", "html", "--out", corpusOut.toString(), CORPUS.toString());
        assertThat(status).isZero();
        List<Path> pages;
        try (Stream<Path> files = Files.list(corpusOut.resolve("html"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
            browser.get(page.toUri().toString());
            assertThat(browser.getTitle()).as(page.toString()).isNotBlank();
            assertThat(severe()).as(page.toString()).isEmpty();
        }
    }

    private static void screenshot(String name) throws IOException {
        Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name);
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }

}

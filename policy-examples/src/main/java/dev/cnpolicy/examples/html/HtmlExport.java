package dev.cnpolicy.examples.html;

import dev.cnpolicy.model.PolicyDocument;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * The HTML view of an export: {@code <id>.html} for each document and {@code index.html} for the
 * run, self-contained pages (inline CSS and script, no network) that open from {@code file://}.
 * The templates under {@code src/main/jte} are compiled to Java at build time; jte escapes every
 * value for where it stands (text, attribute or script).
 *
 * <pre>{@code
 * HtmlExport html = new HtmlExport(Path.of("out/html"));
 * html.add(doc, 0.92);        // writes out/html/004_77ef637a5b3fa8c7.html
 * html.finish();              // writes out/html/index.html
 * }</pre>
 *
 * <p>Not thread-safe: one thread adds the documents of a run, in the order they should be listed.
 */
public final class HtmlExport {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlExport.class.getClassLoader(), HtmlExport.class.getPackageName());

    private final Path dir;
    private final CorpusIndex index = new CorpusIndex();

    /**
     * Creates the folder if needed.
     *
     * @param dir where the pages go, e.g. {@code out/html}
     * @throws IOException if the folder cannot be created
     */
    public HtmlExport(Path dir) throws IOException {
        this.dir = Objects.requireNonNull(dir, "dir");
        Files.createDirectories(dir);
    }

    /**
     * Writes the page of one document and keeps its row for the index.
     *
     * @param doc      the parsed document
     * @param coverage share of its non-blank lines inside a recognised section or task, 0 to 1
     * @throws IOException if the page cannot be written
     */
    public void add(PolicyDocument doc, double coverage) throws IOException {
        Objects.requireNonNull(doc, "doc");
        write("document.jte", DocumentView.of(doc), doc.id() + ".html");
        index.add(doc, coverage);
    }

    /**
     * Writes {@code index.html} with every document added so far.
     *
     * @throws IOException if the page cannot be written
     */
    public void finish() throws IOException {
        write("index.jte", index.view(), "index.html");
    }

    private void write(String template, Object model, String fileName) throws IOException {
        Path target = dir.resolve(fileName);
        Path temp = dir.resolve(fileName + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            TEMPLATES.render(template, model, new WriterOutput(out));
        } catch (TemplateException e) {
            Files.deleteIfExists(temp);
            throw new IOException(target + ": cannot render " + template + ": " + e.getMessage(), e);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

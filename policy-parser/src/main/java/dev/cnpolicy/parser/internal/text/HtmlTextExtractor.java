package dev.cnpolicy.parser.internal.text;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the text of an HTML page with jsoup: block elements and {@code <br>} end lines, table
 * rows become lines with cells joined by {@code " | "}, and scripts, styles, navigation, headers,
 * footers and forms are dropped.
 */
final class HtmlTextExtractor {

    /** A charset declared in the first bytes: {@code <meta charset="gbk">} or {@code content="text/html; charset=GB2312"}. */
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]{2,20})");
    /** The start of an HTML document or fragment. */
    private static final Pattern HTML_START = Pattern.compile("(?i)^\\s*(<!doctype html|<html|<head|<meta|<body|<div|<p[ >]|<table)");

    private static final String DROPPED = "script, style, noscript, nav, header, footer, form, iframe, select, button, template";
    private static final java.util.Set<String> BLOCKS = java.util.Set.of(
            "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "section",
            "article", "blockquote", "pre", "dd", "dt", "dl", "center", "title", "hr", "tbody", "thead");

    private HtmlTextExtractor() {
    }

    /** Whether the bytes look like HTML rather than plain text. */
    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        return HTML_START.matcher(head).find();
    }

    /** The charset a page declares in its first 4 KB, or {@code null}. */
    static @Nullable Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk")) {
            name = "GB18030";
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The page's text, one block per line. */
    static String extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(DROPPED).remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        Element body = doc.body();
        Element title = doc.head() == null ? null : doc.head().selectFirst("title");
        if (title != null && body.text().isBlank()) {
            out.append(title.text()).append('\n');
        }
        append(body, out);
        return out.toString();
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText().replace('\n', ' ').replace('\r', ' '));
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("tr")) {
                    newLine(out);
                    boolean first = true;
                    for (Element cell : element.children()) {
                        if (!first) {
                            out.append(" | ");
                        }
                        out.append(cell.text());
                        first = false;
                    }
                    newLine(out);
                } else if (tag.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    newLine(out);
                    append(element, out);
                    newLine(out);
                } else {
                    append(element, out);
                }
            }
        }
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}

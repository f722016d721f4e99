package dev.cnpolicy.parser.internal.extract.metadata;

import dev.cnpolicy.model.DocumentKind;
import dev.cnpolicy.parser.internal.extract.responsibility.DepartmentVocabulary;
import dev.cnpolicy.parser.internal.numbers.ChineseDates;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import dev.cnpolicy.parser.internal.text.Punctuation;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's title and genre from its preamble: the line (or lines) naming the plan,
 * not its 通知 wrapper, without publication notes ({@code （此件公开发布）}) or file extensions;
 * and the genre its last word gives ({@code …工作要点} is WORK_POINTS).
 */
final class TitleReader {

    /** Genre words of titles, most specific first. */
    private static final List<java.util.Map.Entry<String, DocumentKind>> GENRES = List.of(
            java.util.Map.entry("分工方案", DocumentKind.TASK_DIVISION),
            java.util.Map.entry("任务分工", DocumentKind.TASK_DIVISION),
            java.util.Map.entry("责任分工", DocumentKind.TASK_DIVISION),
            java.util.Map.entry("任务分解", DocumentKind.TASK_DIVISION),
            java.util.Map.entry("任务清单", DocumentKind.TASK_DIVISION),
            java.util.Map.entry("工作要点", DocumentKind.WORK_POINTS),
            java.util.Map.entry("若干措施", DocumentKind.MEASURES),
            java.util.Map.entry("政策措施", DocumentKind.MEASURES),
            java.util.Map.entry("指导意见", DocumentKind.GUIDANCE),
            java.util.Map.entry("行动方案", DocumentKind.ACTION_PLAN),
            java.util.Map.entry("行动计划", DocumentKind.ACTION_PLAN),
            java.util.Map.entry("实施方案", DocumentKind.IMPLEMENTATION_PLAN),
            java.util.Map.entry("工作方案", DocumentKind.IMPLEMENTATION_PLAN),
            java.util.Map.entry("方案", DocumentKind.IMPLEMENTATION_PLAN),
            java.util.Map.entry("意见", DocumentKind.OPINIONS),
            java.util.Map.entry("通知", DocumentKind.NOTICE));

    /** A bracketed note ending a title: {@code （2023—2025年）}, {@code （试行）}; rejects a note mid-title. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]{0,20}[）)]$");

    /**
     * A title glued to the sentence after it: matches {@code 某县促进专精特新企业发展行动方案（征求意见稿）（2023-2025年）为深入贯彻…}
     * (group 1 is the title); rejects {@code 为落实《某某方案》，现…} (it opens with the sentence).
     */
    private static final Pattern GLUED_TITLE = Pattern.compile(
            "([\u4e00-\u9fa5“”0-9]{4,60}?(?:方案|意见|计划|通知|办法|要点|措施|规划|细则|纲要|决定|规定|清单)"
                    + "(?:[（(][^（）()]{1,20}[）)]){0,3})(?=为|根据|按照|近年来|现将|一、)");

    /** A web site's banner line: matches {@code 法搜网--中国法律信息搜索网}, {@code 某某新闻网}; rejects {@code 关于建设网络强省的意见}. */
    private static final Pattern SITE_BANNER = Pattern.compile("^[^，。：]{0,30}(?:网|网站|门户)(?:--|—|-|\\|)?[^，。：]{0,30}网$");

    /** A closing quote mark ending a title: {@code …方案》}. */
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[》」]$");

    /** A line that is only a bracketed note: matches {@code （此件公开发布）}; rejects {@code （一）总体要求}. */
    static final Pattern BRACKET_NOTE = Pattern.compile("^[（(][^（）()]{1,30}[）)]$");


    /** A file extension ending a line: matches {@code 行动计划.pdf}, {@code 方案.docx}; rejects {@code 5.5万}. */
    static final Pattern FILE_EXTENSION = Pattern.compile("\\.(?i:pdf|docx?|wps|ofd|xlsx?|txt|html?)\\s*$");

    private static final List<String> TITLE_WORDS = List.of(
            "方案", "意见", "计划", "通知", "办法", "要点", "措施", "规划", "细则", "纲要", "决定", "规定", "清单");

    private final DepartmentVocabulary vocabulary = DepartmentVocabulary.get();

    /** A document's titles: the plan's own, and the notice's that issues it (or {@code null}). */
    record Titles(String plan, String notice) {
    }

    /** The plan's title in the preamble (lines before {@code preambleEnd}), or {@code null}. */
    String title(NormalizedText text, int preambleEnd) {
        return titles(text, preambleEnd).plan();
    }

    /**
     * The plan's title and the title of the notice that issues it, as far as the preamble (lines
     * before {@code preambleEnd}) holds them; the plan's is {@code null} when no line names it.
     */
    Titles titles(NormalizedText text, int preambleEnd) {
        String wrapper = null;
        String plan = null;
        String previous = "";
        StringBuilder group = new StringBuilder();
        for (int line = 0; line <= preambleEnd && line < text.lineCount(); line++) {
            String content = line < preambleEnd ? withoutBullet(withoutFileExtension(text.line(line))) : "";
            if (SITE_BANNER.matcher(content).matches()) {
                content = "";
            }
            boolean titleLike = !content.isEmpty() && !text.isFurniture(line)
                    && (content.length() <= 60 || isLongNoticeTitle(content))
                    && content.indexOf('。') < 0 && content.indexOf('：') < 0 && content.indexOf('，') < 0
                    && !ChineseDates.DATE_LINE.matcher(Punctuation.unbracketed(content)).matches()
                    && !isDocumentNumberLine(content)
                    && !(group.length() == 0 && BRACKET_NOTE.matcher(content).matches());
            if (titleLike) {
                group.append(content);
                continue;
            }
            String candidate = unquoted(group.toString().strip());
            group.setLength(0);
            if (candidate.isEmpty()) {
                continue;
            }
            if (!endsWithTitleWord(candidate)) {
                previous = candidate;
                continue;
            }
            if (!previous.isEmpty() && !isWrapper(candidate) && (candidate.length() < 14 || opensTitle(previous))
                    && previous.length() >= 6
                    && previous.length() + candidate.length() <= 60 && vocabulary.suffixOf(previous) == null
                    && !previous.startsWith("（") && !previous.startsWith("(")) {
                candidate = previous + candidate; // a title broken over two paragraphs
            }
            previous = "";
            if (candidate.length() < 6) {
                continue;
            }
            if (isWrapper(candidate)) {
                wrapper = wrapper == null ? candidate : wrapper;
            } else if (plan == null) {
                plan = candidate;
            }
        }
        if (plan != null) {
            return new Titles(plan, wrapper);
        }
        if (wrapper != null) {
            String issued = issuedTitle(wrapper);
            return issued != null ? new Titles(issued, wrapper) : new Titles(wrapper, null);
        }
        return new Titles(gluedTitle(text, preambleEnd), null);
    }

    /**
     * The title a notice issues or forwards, when it names exactly one: {@code 关于印发《某某方案》的通知}
     * and {@code 某市政府印发某某行动计划} give the plan's title; a notice that issues several plans
     * has none of its own but itself.
     */
    static String issuedTitle(String notice) {
        Matcher inner = Punctuation.BOOK_TITLE.matcher(notice);
        if (inner.find()) {
            String first = inner.group(1).strip();
            return inner.find() ? null : first;
        }
        int issues = Math.max(notice.lastIndexOf("印发"), notice.lastIndexOf("转发"));
        String rest = issues < 0 ? "" : notice.substring(issues + 2).replaceFirst("的?通知$", "").strip();
        return rest.length() >= 6 && endsWithTitleWord(rest) ? rest : null;
    }

    /**
     * A title glued to the first sentence of a one-line document: {@code 某县促进…行动方案（2023-2025年）为深入…}
     * gives the words up to the genre word and its bracketed notes; {@code null} when the first
     * line does not open so.
     */
    private static String gluedTitle(NormalizedText text, int preambleEnd) {
        for (int line = 0; line < Math.min(Math.max(preambleEnd, 1), text.lineCount()); line++) {
            if (text.isFurniture(line) || text.line(line).isBlank()) {
                continue;
            }
            Matcher m = GLUED_TITLE.matcher(text.line(line).strip());
            return m.lookingAt() ? m.group(1) : null;
        }
        return null;
    }

    /** Whether a line can only be the start of a title: {@code 国务院关于加快推进农业机械化和}. */
    private static boolean opensTitle(String previous) {
        return previous.contains("关于") && previous.length() <= 60;
    }

    /** A notice title too long for an ordinary title line: {@code 某省人民政府办公厅关于印发《…》、《…》的通知}. */
    private static boolean isLongNoticeTitle(String content) {
        return content.length() <= 300 && content.contains("关于") && content.indexOf('。') < 0 && endsWithTitleWord(content);
    }

    /** A headline in book-title marks, {@code 《某市政府印发某某行动计划》}, without them. */
    private static String unquoted(String candidate) {
        if (candidate.startsWith("《") && candidate.endsWith("》") && candidate.indexOf('《', 1) < 0) {
            return candidate.substring(1, candidate.length() - 1).strip();
        }
        return candidate;
    }

    private static boolean endsWithTitleWord(String candidate) {
        String t = CLOSING_QUOTE.matcher(TRAILING_NOTE.matcher(candidate).replaceFirst("")).replaceFirst("");
        for (String word : TITLE_WORDS) {
            if (t.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWrapper(String title) {
        return title.endsWith("通知") && (title.contains("印发") || title.contains("转发") || title.contains("《"))
                || !title.contains("关于") && (title.contains("印发") || title.contains("转发")) && issuedTitle(title) != null;
    }

    /**
     * The first short preamble line that is not an addressee line, a sentence or a note, else the
     * document id: a cut sentence or an addressee list would be a misleading title.
     */
    static String fallbackTitle(NormalizedText text, int preambleEnd, String id) {
        for (int line = 0; line < Math.min(preambleEnd, text.lineCount()); line++) {
            String content = withoutFileExtension(text.line(line).strip());
            if (content.length() >= 6 && !text.isFurniture(line) && content.length() <= 60 && content.indexOf('。') < 0
                    && !content.endsWith("：") && !BRACKET_NOTE.matcher(content).matches()
                    && !ChineseDates.DATE_LINE.matcher(content).matches()) {
                return content;
            }
        }
        return id;
    }

    /** Whether the line is only a document number ({@code 川办发〔2024〕20号}), which ends a title. */
    private static boolean isDocumentNumberLine(String content) {
        List<MatchResult> numbers = DocumentNumbers.findAll(content, 0, content.length());
        return !numbers.isEmpty() && numbers.get(0).start() == 0 && content.length() - numbers.get(0).end() <= 1;
    }

    /** A line without a leading list bullet: {@code • 某某行动计划} → {@code 某某行动计划}. */
    private static String withoutBullet(String line) {
        String t = line.strip();
        while (!t.isEmpty() && Punctuation.BULLETS.indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }

    /** A title as it stands in a file name on a download page: {@code 行动计划.pdf} → {@code 行动计划}. */
    private static String withoutFileExtension(String line) {
        Matcher m = FILE_EXTENSION.matcher(line);
        return m.find() ? line.substring(0, m.start()).strip() : line;
    }

    /** The genre named by the title's genre word; a 通知 wrapper is looked through to the title it cites. */
    static DocumentKind kind(String title) {
        String t = TRAILING_NOTE.matcher(title).replaceFirst("");
        if (isWrapper(t)) {
            Matcher inner = Punctuation.BOOK_TITLE.matcher(t);
            if (inner.find()) {
                t = inner.group(1);
            }
        }
        for (var genre : GENRES) {
            if (t.contains(genre.getKey())) {
                return genre.getValue();
            }
        }
        return DocumentKind.OTHER;
    }
}

package dev.cnpolicy.parser.internal.extract.metadata;

import dev.cnpolicy.model.DocumentKind;
import dev.cnpolicy.model.DocumentMetadata;
import dev.cnpolicy.model.DocumentNumber;
import dev.cnpolicy.model.Organization;
import dev.cnpolicy.model.PlanPeriod;
import dev.cnpolicy.parser.internal.diagnostics.Diagnostics;
import dev.cnpolicy.parser.internal.extract.responsibility.DepartmentListParser;
import dev.cnpolicy.parser.internal.extract.responsibility.DepartmentVocabulary;
import dev.cnpolicy.parser.internal.extract.responsibility.OrganizationFactory;
import dev.cnpolicy.parser.internal.numbers.ChineseDates;
import dev.cnpolicy.parser.internal.numbers.ChineseNumerals;
import dev.cnpolicy.parser.internal.outline.Outline;
import dev.cnpolicy.parser.internal.text.Brackets;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import dev.cnpolicy.parser.internal.text.Punctuation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a document says about itself from its preamble, signature and page furniture:
 * title (the plan itself, not its 通知 wrapper), 文号, issuers, addressees, issue and publish
 * dates, index number, genre, region and period.
 */
public final class MetadataExtractor {


    /** A cited title, whose years are not the plan's: {@code 《纲要（2021—2035年）》}. */
    private static final Pattern CITED_TITLE = Punctuation.BOOK_TITLE;



    /** The page's index number: {@code 索引号: | 000014349/2023-3645961}. */
    static final Pattern INDEX_NUMBER = Pattern.compile("索\\s?引\\s?号\\s?[：:|\\s]*\\s*([0-9A-Za-z][0-9A-Za-z/\\-]{4,40})");
    /**
     * A one-year plan's year in its title: matches {@code 某市2024年优化营商环境工作要点},
     * {@code 2023年重点工作任务分解方案}; rejects {@code （2021年修订）} and {@code 2023年度考核办法}.
     */
    static final Pattern SINGLE_YEAR_TITLE = Pattern.compile(
            "(?<![0-9（(])(" + ChineseDates.YEAR + ")年(?!度|修订|版|[0-9]|" + ChineseDates.RANGE_DASH + ")(?=.*(?:要点|计划|方案|任务|清单))");

    /** A city at the start of a name: {@code 哈尔滨市}, {@code 潮州市}; rejects {@code 各市}. */
    /**
     * A district or county of a named city, before its government: matches {@code 温州市洞头区人民政府}
     * (温州市 + 洞头区), {@code 杭州市萧山区委办公室}; rejects {@code 哈尔滨市人民政府} (no district).
     */
    static final Pattern DISTRICT = Pattern.compile(
            "^([\\u4e00-\\u9fa5]{2,4}?(?:市|自治州|州|盟|地区))([\\u4e00-\\u9fa5]{1,4}?(?:区|县|市|旗))(?=人民政府|政府|区委|县委|市委|旗委)");
    static final Pattern CITY = Pattern.compile("^([\\u4e00-\\u9fa5]{2,4}?(?:市|自治州|州|盟|地区|区|县|旗))");

    /** The party prefix of committee names ({@code 中共某某县委办公室}); not part of the place. */
    private static final String PARTY = "中共";

    private final DepartmentVocabulary vocabulary = DepartmentVocabulary.get();
    private final DepartmentListParser departmentLists = new DepartmentListParser();
    private final TitleReader titles = new TitleReader();

    public Metadata extract(NormalizedText text, Outline outline, String id, Diagnostics diagnostics) {
        int preambleEnd = Math.min(outline.firstLine(), text.lineCount());
        TitleReader.Titles found = titles.titles(text, preambleEnd);
        String title = found.plan();
        if (title == null) {
            title = TitleReader.fallbackTitle(text, preambleEnd, id);
            diagnostics.warn("TITLE_GUESSED", "no line names the plan; the title is a guess: " + title, null);
        }
        DocumentKind kind = TitleReader.kind(title);
        DocumentNumber number = ownNumber(text, preambleEnd);
        int dateLine = issueDateLine(text);
        LocalDate issueDate = dateLine < 0 ? null : date(text.line(dateLine));
        List<String> issuerNames = dateLine < 0 ? List.of() : issuers(text, dateLine);
        if (issuerNames.isEmpty()) {
            issuerNames = issuersInTitle(title);
        }
        String region = region(issuerNames, title);
        OrganizationFactory organizations = new OrganizationFactory(region);
        List<Organization> issuers = issuerNames.stream().map(n -> organizations.create(n, n)).toList();
        List<Organization> recipients = recipients(text, preambleEnd, organizations);
        return new Metadata(new DocumentMetadata(title, number, issuers, recipients, issueDate, publishDate(text),
                indexNumber(text), kind, region, period(text, title, preambleEnd), found.notice()), organizations);
    }








    private static DocumentNumber ownNumber(NormalizedText text, int preambleEnd) {
        for (int line = 0; line < Math.min(preambleEnd, text.lineCount()); line++) {
            String content = text.line(line);
            for (MatchResult m : DocumentNumbers.findAll(content, 0, content.length())) {
                int start = m.start(1);
                boolean cited = start > 0 && "（(》".indexOf(content.charAt(start - 1)) >= 0
                        || content.substring(0, start).contains("《") && !content.substring(0, start).contains("》");
                if (!cited) {
                    return DocumentNumbers.parse(m);
                }
            }
        }
        return null;
    }

    private static int issueDateLine(NormalizedText text) {
        for (int line = 0; line < text.lineCount(); line++) {
            if (!text.isFurniture(line) && ChineseDates.DATE_LINE.matcher(Punctuation.unbracketed(text.line(line).strip())).matches()) {
                return line;
            }
        }
        return -1;
    }

    static LocalDate date(String line) {
        Matcher m = ChineseDates.DATE_LINE.matcher(Punctuation.unbracketed(line.strip()));
        if (!m.matches()) {
            return null;
        }
        int year = ChineseNumerals.parseInt(m.group(1));
        int month = ChineseNumerals.parseInt(m.group(2));
        int day = ChineseNumerals.parseInt(m.group(3));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private List<String> issuers(NormalizedText text, int dateLine) {
        List<String> names = new ArrayList<>();
        for (int line = dateLine - 1; line >= Math.max(0, dateLine - 12); line--) {
            String content = text.line(line).strip();
            if (content.isEmpty()) {
                continue;
            }
            List<String> onLine = new ArrayList<>();
            for (String token : content.split(" ")) {
                if (token.equals("|")) {
                    continue; // signatures laid out in a table: 某某局 | 某某厅
                }
                if (vocabulary.suffixOf(token) == null || token.length() < 4 || token.length() > 40) {
                    onLine = null;
                    break;
                }
                onLine.add(token);
            }
            if (onLine == null) {
                break;
            }
            names.addAll(0, onLine);
        }
        return names;
    }

    /**
     * The issuers a title names before 关于 when no signature block does:
     * {@code 中共某某市委 某某市人民政府关于…的实施意见} → 中共某某市委, 某某市人民政府.
     */
    private List<String> issuersInTitle(String title) {
        int about = title.indexOf("关于");
        if (about < 4) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : title.substring(0, about).split("[ 、]")) {
            if (part.length() >= 4 && vocabulary.suffixOf(part) != null) {
                names.add(part);
            } else if (!part.isBlank()) {
                return List.of(); // words that are not all bodies: 加快…关于 is no issuer list
            }
        }
        return names;
    }

    private String region(List<String> issuers, String title) {
        List<String> sources = new ArrayList<>(issuers);
        sources.add(title);
        for (String name : sources) {
            for (String shortName : vocabulary.regionShortNames()) {
                String full = vocabulary.fullRegionName(shortName);
                if (name.startsWith(full)) {
                    return full;
                }
            }
            String place = name.startsWith(PARTY) ? name.substring(PARTY.length()) : name;
            Matcher district = DISTRICT.matcher(place);
            if (district.find()) {
                return district.group(1) + district.group(2);
            }
            Matcher city = CITY.matcher(place);
            if (city.find() && "各全本我该".indexOf(name.charAt(0)) < 0) {
                return city.group(1);
            }
        }
        return null;
    }

    /**
     * The addressee line ({@code 各市人民政府，省政府各部门：}): the first preamble line that ends
     * with a colon and whose every name looks like an organisation, so that a label such as
     * {@code 信息来源：} or a heading ending in a colon is not taken for one.
     */
    private List<Organization> recipients(NormalizedText text, int preambleEnd, OrganizationFactory organizations) {
        for (int line = 0; line < Math.min(preambleEnd, text.lineCount()); line++) {
            String content = text.line(line).strip();
            if (text.isFurniture(line) || !content.endsWith("：") || content.length() < 4 || content.contains("。")) {
                continue;
            }
            List<Organization> out = new ArrayList<>();
            boolean organisations = true;
            for (String part : Brackets.splitTopLevel(content.substring(0, content.length() - 1), "，,；")) {
                for (DepartmentListParser.Named named : departmentLists.parse(part)) {
                    organisations &= departmentLists.looksLikeDepartment(named.name());
                    out.add(organizations.create(named.name(), named.asWritten()));
                }
            }
            if (organisations && !out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    private static LocalDate publishDate(NormalizedText text) {
        for (int line = 0; line < text.lineCount(); line++) {
            if (!text.isFurniture(line)) {
                continue;
            }
            Matcher m = ChineseDates.WEB_DATE.matcher(text.line(line));
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    continue;
                }
            }
        }
        return null;
    }

    private static String indexNumber(NormalizedText text) {
        for (int line = 0; line < Math.min(text.lineCount(), 40); line++) {
            Matcher m = INDEX_NUMBER.matcher(text.line(line));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static PlanPeriod period(NormalizedText text, String title, int preambleEnd) {
        PlanPeriod fromTitle = years(title);
        if (fromTitle != null) {
            return fromTitle;
        }
        Matcher single = SINGLE_YEAR_TITLE.matcher(title);
        if (single.find()) {
            int year = Integer.parseInt(single.group(1));
            return new PlanPeriod(year, year);
        }
        Matcher plan = ChineseDates.FIVE_YEAR_PLAN.matcher(title);
        if (plan.find()) { // 某市“十四五”生态环境保护规划: 2021–2025
            int start = ChineseDates.fiveYearPlanStart(10 + ChineseNumerals.parseInt(plan.group(1)));
            return new PlanPeriod(start, start + 4);
        }
        for (int line = 0; line < Math.min(preambleEnd + 40, text.lineCount()); line++) {
            String content = CITED_TITLE.matcher(text.line(line)).replaceAll("");
            PlanPeriod p = years(content);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static PlanPeriod years(String s) {
        Matcher m = ChineseDates.YEAR_RANGE.matcher(s);
        if (!m.find()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        return end >= start && end - start <= 30 ? new PlanPeriod(start, end) : null;
    }
}

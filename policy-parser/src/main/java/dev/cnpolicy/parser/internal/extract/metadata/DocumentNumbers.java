package dev.cnpolicy.parser.internal.extract.metadata;

import dev.cnpolicy.model.DocumentNumber;
import dev.cnpolicy.parser.internal.numbers.ChineseDates;
import dev.cnpolicy.parser.internal.text.Punctuation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Document numbers (文号) such as {@code 川知发〔2024〕8号}, {@code 国发[2015]71号}, {@code 温政办（2022）73号}. */
public final class DocumentNumbers {

    /**
     * Issuer code, bracketed year, serial and 号: matches {@code 国知发管函字〔2015〕222号},
     * {@code 国发[2022]2号}, {@code 温政办〔2022〕 73号}; rejects {@code （2023—2025年）} and {@code 2023年11号}.
     */
    static final Pattern NUMBER = Pattern.compile(
            "([\\u4e00-\\u9fa5]{1,10})\\s?" + Punctuation.charClass(Punctuation.OPEN_BRACKETS) + "(" + ChineseDates.YEAR + ")"
                    + Punctuation.charClass(Punctuation.CLOSE_BRACKETS) + "\\s?第?(\\d{1,5})\\s?号");

    /** The brackets a number's year stands in: {@code 〔2023〕}, {@code [2015]}, {@code （2022）}. */
    private static final String YEAR_OPEN = Punctuation.OPEN_BRACKETS;
    private static final String YEAR_CLOSE = Punctuation.CLOSE_BRACKETS;

    /** Longest issuer code plus an optional space: how far before its year a number can start. */
    private static final int MAX_LEAD = 11;

    /** Longest serial part after the year: space, 第, five digits, space, 号. */
    private static final int MAX_TAIL = 9;

    /** Words that can stand glued before an issuer code in prose: 紧紧抓住国发〔2022〕2号 → 国发. */
    private static final String[] LEADING_WORDS = {
        "抓住", "落实", "贯彻", "执行", "参照", "依照", "按照", "根据", "依据", "印发", "转发", "关于", "对照", "对标",
        "结合", "实施", "文件", "精神", "通知", "要求", "和", "及", "与"};

    private DocumentNumbers() {
    }

    /**
     * Every {@link #NUMBER} match in chars {@code from..to} of {@code s}, as a scan with
     * {@code NUMBER} would find them, but in linear time: the pattern runs only in a small window
     * around each bracketed year ({@code 〔2023〕}) instead of being tried at every Chinese character.
     */
    public static List<MatchResult> findAll(String s, int from, int to) {
        List<MatchResult> out = new ArrayList<>();
        Matcher number = NUMBER.matcher(s);
        int searchFrom = from;
        for (int at = from; at + 6 <= to; at++) {
            if (!isBracketedYear(s, at)) {
                continue;
            }
            int windowStart = Math.max(searchFrom, at - MAX_LEAD);
            if (windowStart > at) {
                continue;
            }
            number.region(windowStart, Math.min(to, at + 6 + MAX_TAIL));
            if (number.find() && number.start(2) == at + 1) {
                out.add(number.toMatchResult());
                searchFrom = number.end();
            }
        }
        return out;
    }

    /** Whether a bracketed year such as {@code 〔2023〕} starts at {@code at}; {@code （2023—2025年）} is not one. */
    private static boolean isBracketedYear(String s, int at) {
        if (YEAR_OPEN.indexOf(s.charAt(at)) < 0 || YEAR_CLOSE.indexOf(s.charAt(at + 5)) < 0) {
            return false;
        }
        return ChineseDates.isYearAt(s, at + 1);
    }

    /** The first {@link #NUMBER} match in chars {@code from..to}, or {@code null}. */
    public static MatchResult findFirst(String s, int from, int to) {
        List<MatchResult> all = findAll(s, from, to);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The number a {@link #NUMBER} match found; the issuer code loses words glued before it. */
    public static DocumentNumber parse(MatchResult m) {
        String code = m.group(1);
        int cut = 0;
        for (String word : LEADING_WORDS) {
            int at = code.lastIndexOf(word);
            if (at >= 0 && at + word.length() < code.length() - 1) {
                cut = Math.max(cut, at + word.length());
            }
        }
        code = code.substring(cut);
        int year = Integer.parseInt(m.group(2));
        int serial = Integer.parseInt(m.group(3));
        String text = code + "〔" + year + "〕" + serial + "号";
        return new DocumentNumber(text, code, year, serial > 0 ? serial : null);
    }
}

package dev.cnpolicy.parser.internal.outline;

import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.regex.Pattern;

/**
 * Finds where the body of a document ends after its last heading: at the signature block (the
 * issuers' names and the date, {@code 某省人民政府办公厅 / 2024年5月10日}) or at an appendix
 * ({@code 附件：重点任务清单}), so that neither is read as part of the last task.
 */
public final class DocumentTrailer {

    /** A date alone on a line: {@code 2023年11月6日}, {@code 二〇二三年十一月六日}; rejects {@code 2023年底前完成}. */
    public static final Pattern DATE_LINE = Pattern.compile(
            "^([0-9]{4}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日$");

    /** An appendix opening: {@code 附件：}, {@code 附件1}, {@code 附件 2：某某清单}; rejects {@code 附件材料齐全的}. */
    static final Pattern APPENDIX = Pattern.compile("^附件\\s?(?:[0-9一二三四五六七八九十]{1,2}|[：:])");

    /** Longest line taken for an issuer's name in the signature block. */
    private static final int MAX_SIGNATURE_LINE = 40;

    private DocumentTrailer() {
    }

    /** The first line of the trailer after {@code lastHeading}, or the line count when there is none. */
    static int start(NormalizedText text, int lastHeading) {
        for (int line = lastHeading + 1; line < text.lineCount(); line++) {
            String content = text.line(line).strip();
            if (APPENDIX.matcher(content).lookingAt()) {
                return line;
            }
            if (DATE_LINE.matcher(content).matches()) {
                return signatureStart(text, line, lastHeading);
            }
        }
        return text.lineCount();
    }

    /** Walks back from the date over the issuers' names: short lines with no sentence or bracket in them. */
    private static int signatureStart(NormalizedText text, int dateLine, int lastHeading) {
        int start = dateLine;
        for (int line = dateLine - 1; line > lastHeading; line--) {
            String content = text.line(line).strip();
            if (content.isEmpty()) {
                continue;
            }
            if (content.length() > MAX_SIGNATURE_LINE || hasAny(content, "。，；：（）()〔〕")) {
                break;
            }
            start = line;
        }
        return start;
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}

package dev.cnpolicy.parser.internal.outline;

import dev.cnpolicy.parser.internal.numbers.ChineseDates;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import dev.cnpolicy.parser.internal.text.Punctuation;
import java.util.regex.Pattern;

/**
 * Finds where the body of a document ends after its last heading: at the signature block (the
 * issuers' names and the date, {@code 某省人民政府办公厅 / 2024年5月10日}) or at an appendix
 * ({@code 附件：重点任务清单}), so that neither is read as part of the last task.
 */
final class DocumentTrailer {

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
            if (ChineseDates.DATE_LINE.matcher(content).matches()) {
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
            if (content.length() > MAX_SIGNATURE_LINE || Punctuation.containsAny(content, "。，；：" + Punctuation.OPEN_BRACKETS + Punctuation.CLOSE_BRACKETS)) {
                break;
            }
            start = line;
        }
        return start;
    }
}

package dev.cnpolicy.parser.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the line break a web page lost between a top heading and its first sub-heading:
 * {@code 五、加强组织保障（一）健全工作机制。…} becomes {@code 五、加强组织保障} and
 * {@code （一）健全工作机制。…} on the next line, so that both are read as headings.
 */
final class GluedHeadingSplitter {

    /**
     * A top heading phrase with a sub-heading marker glued to it: matches
     * {@code 三、强化要素保障（一）} (the split goes before {@code （一）}); rejects
     * {@code 三、到2025年（2023—2025年）} (no numeral marker) and {@code 一、总体要求。（一）} (a sentence ends first).
     */
    static final Pattern GLUED = Pattern.compile(
            "^[一二三四五六七八九十]{1,3}、[^。，；：！？\\n（(]{2,30}(?=[（(][一二三四五六七八九十]{1,3}[）)])");

    private GluedHeadingSplitter() {
    }

    /** The text with a line break before each glued sub-heading; {@code split[0]} receives how many. */
    static MappedText split(MappedText in, int[] split) {
        String text = in.text();
        MappedText.Builder out = null;
        int copied = 0;
        int lineStart = 0;
        Matcher m = GLUED.matcher(text);
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            char first = text.charAt(lineStart);
            if (first >= '一' && first <= '龥' && m.region(lineStart, lineEnd).lookingAt()) {
                out = out == null ? in.edit() : out;
                out.copy(copied, m.end());
                out.append('\n', m.end());
                copied = m.end();
                split[0]++;
            }
            lineStart = lineEnd + 1;
        }
        if (out == null) {
            return in;
        }
        out.copy(copied, text.length());
        return out.build();
    }
}

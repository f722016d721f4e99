package dev.cnpolicy.parser.internal.text;

/**
 * Normalises width, spacing and line ends: CRLF and CR become LF; full-width ASCII letters and
 * digits become half-width ({@code ＰＣＴ１} → {@code PCT1}); half-width {@code ( ) , : ;} next to
 * Chinese become full-width ({@code 各市(地)} → {@code 各市（地）}); ideographic, no-break and
 * repeated spaces collapse to one; a tab between words becomes the cell separator {@code " | "}
 * (tab-separated tables read like HTML ones); lines are trimmed and runs of blank lines become one.
 */
final class WidthNormalizer {

    /** What a tab between two words becomes: the cell separator HTML tables are extracted with. */
    static final String CELL_SEPARATOR = " | ";

    private WidthNormalizer() {
    }

    static MappedText normalize(MappedText in) {
        String text = in.text();
        MappedText.Builder out = in.edit();
        int n = text.length();
        int blankLines = 0;
        int lineStartOut = 0;
        boolean atLineStart = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    continue;
                }
                trimTrailingSpace(out, lineStartOut);
                boolean blank = out.length() == lineStartOut;
                blankLines = blank ? blankLines + 1 : 0;
                if (blankLines <= 1 && !(blank && out.length() == 0)) {
                    out.append('\n', i);
                }
                lineStartOut = out.length();
                atLineStart = true;
                continue;
            }
            if (c == '\t' && !atLineStart) {
                int next = i;
                while (next < n && isSpace(text.charAt(next))) {
                    next++;
                }
                if (next < n && text.charAt(next) != '\n' && text.charAt(next) != '\r') {
                    trimTrailingSpace(out, lineStartOut);
                    out.replace(CELL_SEPARATOR, i, next); // a tab between words separates table cells
                    i = next - 1;
                    continue;
                }
            }
            if (isSpace(c)) {
                if (!atLineStart && out.last() != ' ' && !isWidePunctuation(out.last())) {
                    out.append(' ', i);
                }
                continue;
            }
            atLineStart = false;
            char previous = out.last() == ' ' && out.length() > 1 ? lastNonSpace(out) : out.last();
            char normalized = normalizeChar(text, i, previous);
            if (out.last() == ' ' && isWidePunctuation(normalized)) {
                out.truncate(out.length() - 1);
            }
            out.append(normalized, i);
        }
        trimTrailingSpace(out, lineStartOut);
        while (out.length() > 0 && out.last() == '\n') {
            out.truncate(out.length() - 1);
        }
        return out.build();
    }

    private static char normalizeChar(String text, int i, char previousOut) {
        char c = text.charAt(i);
        if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
            return (char) (c - 0xFEE0);
        }
        if (c == '．' && i > 0 && Character.isDigit(text.charAt(i - 1))) {
            return '.';
        }
        if (c == '(' || c == ')' || c == ',' || c == ':' || c == ';') {
            char next = nextNonSpace(text, i + 1);
            boolean prevWide = previousOut >= 0x2E80 || previousOut >= 0x3000 && previousOut <= 0x303F;
            boolean nextWide = next >= 0x2E80;
            switch (c) {
                case '(':
                case ')':
                    return prevWide || nextWide ? c == '(' ? '（' : '）' : c;
                case ',':
                    boolean betweenDigits = Character.isDigit(previousOut) && Character.isDigit(next);
                    return !betweenDigits && (prevWide || nextWide) ? '，' : c;
                case ':':
                    return prevWide ? '：' : c;
                default:
                    return prevWide ? '；' : c;
            }
        }
        return c;
    }

    private static char lastNonSpace(MappedText.Builder out) {
        return out.charBefore(out.length() - 1);
    }

    private static char nextNonSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                return c;
            }
        }
        return 0;
    }

    private static void trimTrailingSpace(MappedText.Builder out, int lineStart) {
        while (out.length() > lineStart && out.last() == ' ') {
            out.truncate(out.length() - 1);
        }
    }

    /** Full-width punctuation, around which spaces are noise: {@code ，。：；（）《》、}. */
    static boolean isWidePunctuation(char c) {
        return c >= 0x3001 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF0F || c >= 0xFF1A && c <= 0xFF20
                || c == '“' || c == '”';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\f' || c == '\u2002'
                || c == '\u2003' || c == '\u200B' || c == '\uFEFF';
    }
}

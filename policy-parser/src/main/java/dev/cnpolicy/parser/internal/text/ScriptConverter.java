package dev.cnpolicy.parser.internal.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import dev.cnpolicy.model.Script;

/**
 * Detects the script of a text and converts traditional characters to simplified.
 *
 * <p>Converter choice: OpenCC's dictionaries via opencc4j, which is phrase-aware and converts the
 * department names that matter here correctly (知識產權局 → 知识产权局, 發展和改革委員會 →
 * 发展和改革委员会, 鑒定 → 鉴定, 監管局 → 监管局; checked by {@code TextLayerTest} and the seed
 * tests). The project's reference measurements on a 2-core machine put opencc4j at about 29 MB/s
 * and ICU4J {@code Hant-Hans} at about 1.8 MB/s; ICU4J was not re-measured here and is not a
 * dependency. Conversion only runs on text that has traditional-only characters.
 */
final class ScriptConverter {

    /** Share of traditional-only among script-specific characters above which a text is TRADITIONAL. */
    private static final double TRADITIONAL_SHARE = 0.8;

    static {
        // opencc4j loads its dictionaries on first use and that load is not thread-safe: two parses
        // starting together could see half-loaded data, and the per-char caches below would keep the
        // wrong answer. Loading them here, under the class-initialisation lock, makes every later use
        // see complete dictionaries.
        ZhConverterUtil.isTraditional('開');
        ZhConverterUtil.isSimple('开');
        ZhConverterUtil.toSimple("開發區");
    }

    private ScriptConverter() {
    }

    private static final byte UNKNOWN = 0;
    private static final byte TRADITIONAL_ONLY = 1;
    private static final byte SIMPLIFIED_ONLY = 2;
    private static final byte BOTH_OR_NEITHER = 3;

    /**
     * What opencc4j says of each character, filled in as characters are met: its look-ups are
     * map probes on strings and dominated the parse. Racing writers store the same value, so the
     * table needs no lock.
     */
    private static final byte[] SCRIPT_OF = new byte[0x10000];

    private static byte scriptOf(char c) {
        byte kind = SCRIPT_OF[c];
        if (kind == UNKNOWN) {
            boolean t = ZhConverterUtil.isTraditional(c);
            boolean s = ZhConverterUtil.isSimple(c);
            kind = t && !s ? TRADITIONAL_ONLY : s && !t ? SIMPLIFIED_ONLY : BOTH_OR_NEITHER;
            SCRIPT_OF[c] = kind;
        }
        return kind;
    }

    /** Which script {@code text} is written in, by counting characters unique to each script. */
    static Script detect(String text) {
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x3400) {
                continue;
            }
            byte kind = scriptOf(c);
            if (kind == TRADITIONAL_ONLY) {
                traditional++;
            } else if (kind == SIMPLIFIED_ONLY) {
                simplified++;
            }
        }
        int specific = traditional + simplified;
        if (traditional == 0 || specific == 0) {
            return Script.SIMPLIFIED;
        }
        double share = (double) traditional / specific;
        if (share >= TRADITIONAL_SHARE) {
            return Script.TRADITIONAL;
        }
        return share <= 1 - TRADITIONAL_SHARE && traditional < 3 ? Script.SIMPLIFIED : Script.MIXED;
    }

    /** The text in simplified script, each line converted on its own so the map stays exact. */
    static MappedText toSimplified(MappedText in) {
        String text = in.text();
        MappedText.Builder out = in.edit();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!hasConvertibleChar(text, start, end)) {
                // a line with no character that converts is copied: the converter costs nothing there
                out.copy(start, end);
                if (end < text.length()) {
                    out.append('\n', end);
                }
                start = end + 1;
                continue;
            }
            String line = text.substring(start, end);
            String converted = ZhConverterUtil.toSimple(line);
            if (converted.length() == line.length()) {
                out.replace(converted, start, end);
            } else {
                for (int i = start; i < end; i++) {
                    out.append(simplifiedChar(text.charAt(i)), i);
                }
            }
            if (end < text.length()) {
                out.append('\n', end);
            }
            start = end + 1;
        }
        return out.build();
    }

    /**
     * {@code result} with each char that conversion changed put back as the input had it: 开发区
     * read from 開發區 is 開發區 again, char for char, so every span of {@code result} points at the
     * same place. {@code before} is the text conversion read and {@code converted} what
     * {@link #toSimplified} made of it (aligned with it char for char); {@code result} is what the
     * later steps made of {@code converted}, mapped to the same input.
     */
    static String restoreOriginal(MappedText before, MappedText converted, MappedText result) {
        String original = before.text();
        String simplified = converted.text();
        StringBuilder out = new StringBuilder(result.text());
        for (int k = 0; k < out.length(); k++) {
            char c = out.charAt(k);
            if (c < 0x3400 || Character.isSurrogate(c)) {
                continue;
            }
            int origin = result.originOf(k);
            for (int j = converted.indexOfOrigin(origin); j < simplified.length() && converted.originOf(j) == origin; j++) {
                char was = original.charAt(j);
                if (simplified.charAt(j) == c && was != c && !Character.isSurrogate(was)) {
                    out.setCharAt(k, was);
                    break;
                }
            }
        }
        return out.toString();
    }

    /** Whether a char of {@code start..end} changes when converted on its own (開 → 开). */
    private static boolean hasConvertibleChar(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && changes(c)) {
                return true;
            }
        }
        return false;
    }

    /** Per char: 0 not yet known, 1 changes when simplified, 2 stays; filled as chars are met, like {@link #SCRIPT_OF}. */
    private static final byte[] CHANGES = new byte[0x10000];

    private static boolean changes(char c) {
        byte known = CHANGES[c];
        if (known == 0) {
            known = simplifiedChar(c) != c ? (byte) 1 : (byte) 2;
            CHANGES[c] = known;
        }
        return known == 1;
    }

    private static char simplifiedChar(char c) {
        String s = ZhConverterUtil.toSimple(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }
}

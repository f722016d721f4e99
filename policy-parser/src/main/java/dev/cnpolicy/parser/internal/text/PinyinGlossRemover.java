package dev.cnpolicy.parser.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin glosses that some sites put after characters: {@code 優(yōu)化} becomes
 * {@code 優化}, {@code 發(fā)展} becomes {@code 發展}. A gloss is one parenthesised syllable with a
 * tone mark or tone digit right after a CJK character; {@code 专利合作条约(PCT)} is left alone.
 */
final class PinyinGlossRemover {

    /**
     * A syllable of Latin letters with at least one tone-marked vowel or a trailing tone digit,
     * in half- or full-width parentheses. Matches {@code (yōu)}, {@code (xié)}, {@code （fa1）};
     * rejects {@code (PCT)}, {@code (2023)}.
     */
    static final Pattern GLOSS = Pattern.compile(
            "[(（]([a-zA-Züv]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zA-Züvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]{0,6}"
                    + "|[a-zA-Züv]{1,6}[1-5])[)）]");

    private PinyinGlossRemover() {
    }

    /** The text without glosses, and how many were removed. */
    static Repaired remove(MappedText in) {
        String text = in.text();
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return Repaired.none(in);
        }
        int removed = 0;
        Matcher m = GLOSS.matcher(text);
        MappedText.Builder out = null;
        int copied = 0;
        while (m.find()) {
            int start = m.start();
            if (start == 0 || !isCjk(text.charAt(start - 1))) {
                continue;
            }
            if (out == null) {
                out = in.edit();
            }
            out.copy(copied, start);
            copied = m.end();
            removed++;
        }
        if (out == null) {
            return Repaired.none(in);
        }
        out.copy(copied, text.length());
        return new Repaired(out.build(), removed);
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

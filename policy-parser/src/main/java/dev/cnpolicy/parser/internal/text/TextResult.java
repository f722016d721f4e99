package dev.cnpolicy.parser.internal.text;

import dev.cnpolicy.model.Repair;
import dev.cnpolicy.model.Script;
import java.util.List;

/**
 * What the text layer made of an input.
 *
 * @param text      the normalised text, always simplified: every stage reads this one
 * @param charset   the charset the bytes were decoded with
 * @param script    the script of the input before conversion
 * @param repairs   what was repaired, one entry per kind
 * @param givenBack the text the document gives back: {@code text} itself, or with
 *                  {@code keepOriginalScript} the same text char for char in the input's script,
 *                  so that every span of {@code text} points at the same place in it
 */
public record TextResult(NormalizedText text, String charset, Script script, List<Repair> repairs, String givenBack) {

    public TextResult {
        repairs = List.copyOf(repairs);
        if (givenBack.length() != text.text().length()) {
            throw new IllegalArgumentException("the text given back must align with the normalised text");
        }
    }
}

package dev.cnpolicy.parser.internal.text;

import dev.cnpolicy.model.Repair;
import dev.cnpolicy.model.Script;
import java.util.List;

/**
 * What the text layer made of an input.
 *
 * @param text    the normalised text
 * @param charset the charset the bytes were decoded with
 * @param script  the script of the input before conversion
 * @param repairs what was repaired, one entry per kind
 */
public record TextResult(NormalizedText text, String charset, Script script, List<Repair> repairs) {

    public TextResult {
        repairs = List.copyOf(repairs);
    }
}

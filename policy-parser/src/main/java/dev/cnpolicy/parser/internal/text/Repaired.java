package dev.cnpolicy.parser.internal.text;

/**
 * What one repair pass of the text layer gives back: the text after it, and how many places it
 * changed ({@code 0} when the text is returned as it was).
 *
 * @param text  the text after the pass
 * @param count how many places the pass changed: glosses removed, lines joined or split
 */
record Repaired(MappedText text, int count) {

    /** The text unchanged. */
    static Repaired none(MappedText text) {
        return new Repaired(text, 0);
    }
}

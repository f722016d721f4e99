package dev.cnpolicy.parser.internal.text;

/**
 * Input bytes turned into a string, with the charset that did it.
 *
 * @param text    the decoded text
 * @param charset the charset's name as reported in {@code source.charset}
 */
record DecodedInput(String text, String charset) {
}

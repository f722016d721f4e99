package dev.cnpolicy.parser.internal.numbers;

/** The numbering styles of outline headings, in their usual nesting order. */
public enum MarkerStyle {
    /** {@code 第一章}, {@code 第三部分}: chapters in long plans. */
    CHAPTER,
    /** {@code 一、}: top-level parts. */
    CHINESE_COMMA,
    /** {@code （一）} or {@code (一)}: second level. */
    CHINESE_PAREN,
    /** {@code 1.}, {@code 1．}, {@code 1、}: third level, or second where a document skips {@code （一）}. */
    ARABIC_DOT,
    /** {@code （1）} or {@code (1)}. */
    ARABIC_PAREN,
    /** {@code ①}. */
    CIRCLED
}

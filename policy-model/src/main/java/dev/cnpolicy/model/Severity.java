package dev.cnpolicy.model;

/** How much a {@link Diagnostic} matters to a consumer of the extracted data. */
public enum Severity {
    /** A note on a choice the parser made, e.g. a task-division item with no responsibility clause. */
    INFO,
    /** Something was skipped or guessed, e.g. an outline number {@code （三）} that skips {@code （二）}. */
    WARNING,
    /** A part of the document could not be read at all. */
    ERROR
}

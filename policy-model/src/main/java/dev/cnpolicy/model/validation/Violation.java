package dev.cnpolicy.model.validation;

import java.util.Objects;

/**
 * One rule a document breaks, e.g. {@code tasks[3].indicatorIds[0]: no indicator has id i2.1.1}.
 *
 * @param path    where, in JSON terms: {@code metadata.title}, {@code indicators[2].span}
 * @param message what is wrong
 */
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(document)" : path) + ": " + message;
    }
}

package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * Something the parser skipped, guessed or could not understand, e.g.
 * {@code WARNING OUTLINE_SEQUENCE_GAP "（三） follows （一）"} with the span of the heading.
 *
 * @param severity how much it matters
 * @param code     a stable {@code UPPER_SNAKE} code for counting and filtering
 * @param message  a sentence for people
 * @param span     where it happened, or {@code null} when it concerns the whole document
 */
public record Diagnostic(@NotNull Severity severity,
                         @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]*$") String code,
                         @NotBlank String message,
                         @Valid SourceSpan span) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}

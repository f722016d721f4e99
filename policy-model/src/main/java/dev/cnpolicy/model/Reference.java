package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A document the text cites, e.g. {@code 《国务院关于新形势下加快知识产权强国建设的若干意见》(国发〔2015〕71号)}:
 * title and number; a bare {@code 国发〔2022〕2号} has a number and no title.
 *
 * @param title          the title inside {@code 《》}, or {@code null} for a bare number
 * @param documentNumber the number in brackets after it, or the bare number, or {@code null}
 * @param span           where the citation stands
 */
public record Reference(String title, @Valid DocumentNumber documentNumber, @NotNull @Valid SourceSpan span) {

    public Reference {
        Objects.requireNonNull(span, "span");
        if (title == null && documentNumber == null) {
            throw new IllegalArgumentException("reference needs a title or a documentNumber");
        }
    }
}

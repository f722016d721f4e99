package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * A numbered part of a document's outline with its sub-parts, e.g. {@code 二、重点任务} with id
 * {@code s2}, whose child {@code （一）强化知识产权法治保障} has id {@code s2.1}.
 *
 * @param id       outline path id ({@code s2.1}), stable when other parts change
 * @param number   the marker as written: {@code 二、}, {@code （一）}, {@code 1.}
 * @param level    depth in the tree, 1 for top-level sections
 * @param heading  the heading phrase or first sentence, without its marker
 * @param span     from the marker to the end of the section's last line
 * @param children the sections nested under this one
 */
public record Section(@NotBlank String id,
                      @NotBlank String number,
                      @Min(1) int level,
                      @NotNull String heading,
                      @NotNull @Valid SourceSpan span,
                      @NotNull List<@Valid @NotNull Section> children) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        heading = heading == null ? "" : heading;
        children = children == null ? List.of() : List.copyOf(children);
        if (level < 1) {
            throw new IllegalArgumentException("section " + id + ": level must be 1 or more: " + level);
        }
    }
}

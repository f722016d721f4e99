package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * A task's responsibility clause and who it names, e.g. {@code （哈尔滨海关牵头，省公安厅负责）}:
 * 哈尔滨海关 LEAD, 省公安厅 RESPONSIBLE.
 *
 * @param text        the clause as it stands, brackets included
 * @param assignments departments with their roles, in the order written
 * @param span        where the clause stands
 */
public record Responsibility(@NotBlank String text,
                             @NotEmpty List<@Valid @NotNull Assignment> assignments,
                             @NotNull @Valid SourceSpan span) {

    public Responsibility {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    /** The departments with the given role, in the order written. */
    public List<Organization> departments(Role role) {
        return assignments.stream().filter(a -> a.role() == role).map(Assignment::department).toList();
    }
}

package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * One department with one role in a responsibility clause, e.g. {@code 省委组织部} as LEAD in
 * {@code （省委组织部牵头，省知识产权局配合）}.
 *
 * @param department the department
 * @param role       its role
 */
public record Assignment(@NotNull @Valid Organization department, @NotNull Role role) {

    public Assignment {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(role, "role");
    }
}

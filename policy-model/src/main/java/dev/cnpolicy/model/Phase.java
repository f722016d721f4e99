package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A stage of implementation, e.g. {@code （一）启动宣传阶段（2016年2月—2016年8月）}: name
 * {@code 启动宣传阶段}, start {@code 2016-02}, end {@code 2016-08}.
 *
 * @param id    outline path id, e.g. {@code p5.1}
 * @param name  the stage's name
 * @param start first month, or {@code null} when not stated
 * @param end   last month, or {@code null} when not stated
 * @param text  the stage's text
 * @param span  where it stands
 */
public record Phase(@NotBlank String id,
                    @NotBlank String name,
                    YearMonth start,
                    YearMonth end,
                    @NotBlank String text,
                    @NotNull @Valid SourceSpan span) {

    public Phase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("phase " + id + ": end " + end + " is before start " + start);
        }
    }
}

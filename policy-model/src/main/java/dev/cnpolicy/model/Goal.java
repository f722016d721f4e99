package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * A goal the document sets, e.g. the 总体目标 {@code 到2025年，…每万人口高价值发明专利拥有量达到10件以上…}
 * (OVERALL, targetYear 2025, with five indicator ids).
 *
 * @param id           outline path id, e.g. {@code g1.2}
 * @param kind         overall or specific
 * @param text         the goal's text
 * @param targetYear   the year it is to be met by, or {@code null}
 * @param indicatorIds ids of the {@link Indicator}s found in its text
 * @param sectionId    id of the section it stands in, or {@code null} outside any section
 * @param span         where it stands
 */
public record Goal(@NotBlank String id,
                   @NotNull GoalKind kind,
                   @NotBlank String text,
                   @Min(1900) @Max(2200) Integer targetYear,
                   @NotNull List<@NotBlank String> indicatorIds,
                   String sectionId,
                   @NotNull @Valid SourceSpan span) {

    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
    }
}

package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;

/**
 * An action item, e.g. {@code 5.在对党政领导班子…注重鼓励发明创造…（省委组织部牵头，省知识产权局配合）}:
 * number {@code 5.}, KEY_TASK, with a responsibility naming a lead and a supporter.
 *
 * @param id             outline path id, e.g. {@code t1.2.5}
 * @param number         the marker as written: {@code 5.}, {@code （三）}
 * @param category       key task or safeguard
 * @param title          the heading sentence (or phrase) without marker
 * @param text           the whole item, marker and responsibility clause included
 * @param sectionId      id of the section the item stands in, or {@code null}
 * @param responsibility who must do it, or {@code null} when the item names nobody
 * @param indicatorIds   ids of the {@link Indicator}s in its text
 * @param deadline       {@code 2023-06} (year-month) or {@code 2025} (year), or {@code null}
 * @param span           where the item stands
 */
public record Task(@NotBlank String id,
                   @NotBlank String number,
                   @NotNull TaskCategory category,
                   @NotNull String title,
                   @NotBlank String text,
                   String sectionId,
                   @Valid Responsibility responsibility,
                   @NotNull List<@NotBlank String> indicatorIds,
                   @Pattern(regexp = "^\\d{4}(-(0[1-9]|1[0-2]))?$") String deadline,
                   @NotNull @Valid SourceSpan span) {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(span, "span");
        title = title == null ? "" : title;
        indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
    }
}

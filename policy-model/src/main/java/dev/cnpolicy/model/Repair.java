package dev.cnpolicy.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * A kind of damage the parser repaired in the input and how often, e.g.
 * {@code {kind: "MOJIBAKE_REALIGNED", count: 16}} for GBK bytes that lost their alignment, or
 * {@code {kind: "PINYIN_GLOSS_REMOVED", count: 40}} for glosses such as {@code 優(yōu)}.
 *
 * @param kind  a stable {@code UPPER_SNAKE} name of the repair
 * @param count how many places were repaired
 */
public record Repair(@NotBlank String kind, @Positive int count) {
}

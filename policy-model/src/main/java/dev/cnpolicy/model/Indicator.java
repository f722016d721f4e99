package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantitative target, e.g. {@code 每万人口高价值发明专利拥有量达到10件以上}: metric
 * {@code 每万人口高价值发明专利拥有量}, AT_LEAST 10 {@code 件}, LEVEL.
 *
 * @param id         outline path id, e.g. {@code i1.2.3}
 * @param metric     what is measured, never the whole sentence
 * @param comparator how the value bounds the metric
 * @param value      the number in the base unit: {@code 85万件} is 850000
 * @param upperValue the upper bound of a BETWEEN range, else {@code null}
 * @param unit       base unit as written: {@code 件}, {@code 元}, {@code %}, {@code 百分点}
 * @param kind       level, growth rate, share, increase, decrease
 * @param targetYear the year it is to be met by, or {@code null}
 * @param baseYear   the year a change is measured against ({@code 较2015年下降15%} → 2015), or {@code null}
 * @param text       the words it was read from
 * @param span       where they stand
 */
public record Indicator(@NotBlank String id,
                        @NotBlank String metric,
                        @NotNull Comparator comparator,
                        @NotNull BigDecimal value,
                        BigDecimal upperValue,
                        @NotBlank String unit,
                        @NotNull IndicatorKind kind,
                        @Min(1900) @Max(2200) Integer targetYear,
                        @Min(1900) @Max(2200) Integer baseYear,
                        @NotBlank String text,
                        @NotNull @Valid SourceSpan span) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        if (comparator == Comparator.BETWEEN && upperValue == null) {
            throw new IllegalArgumentException("indicator " + id + ": BETWEEN needs upperValue");
        }
        if (comparator != Comparator.BETWEEN && upperValue != null) {
            throw new IllegalArgumentException("indicator " + id + ": upperValue is only for BETWEEN");
        }
        if (upperValue != null && upperValue.compareTo(value) < 0) {
            throw new IllegalArgumentException(
                    "indicator " + id + ": upperValue " + upperValue + " is below value " + value);
        }
    }

    /** An indicator with no base year, as before {@code baseYear} was added. */
    public Indicator(String id, String metric, Comparator comparator, BigDecimal value, BigDecimal upperValue,
                     String unit, IndicatorKind kind, Integer targetYear, String text, SourceSpan span) {
        this(id, metric, comparator, value, upperValue, unit, kind, targetYear, null, text, span);
    }
}

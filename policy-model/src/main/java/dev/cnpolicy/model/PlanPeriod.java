package dev.cnpolicy.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The years a plan covers, inclusive, e.g. {@code （2023—2025年）} is 2023 to 2025.
 *
 * @param startYear first year
 * @param endYear   last year, not before {@code startYear}
 */
public record PlanPeriod(@Min(1900) @Max(2200) int startYear, @Min(1900) @Max(2200) int endYear) {

    public PlanPeriod {
        if (endYear < startYear) {
            throw new IllegalArgumentException(
                    "period endYear " + endYear + " is before startYear " + startYear);
        }
    }
}

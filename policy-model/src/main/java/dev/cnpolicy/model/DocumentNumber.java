package dev.cnpolicy.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * A document number (文号) such as {@code 黔知办发〔2023〕11号}: issuer code {@code 黔知办发},
 * year 2023, serial 11. Standards such as {@code GB/T 29490-2023} keep only their text.
 *
 * @param text       the number as written, brackets normalised to {@code 〔〕}
 * @param issuerCode the issuer's code before the year, or {@code null}
 * @param year       the year in brackets, or {@code null}
 * @param serial     the serial before {@code 号}, or {@code null}
 */
public record DocumentNumber(@NotBlank String text, String issuerCode, @Positive Integer year,
                             @Positive Integer serial) {

    public DocumentNumber {
        Objects.requireNonNull(text, "text");
    }
}

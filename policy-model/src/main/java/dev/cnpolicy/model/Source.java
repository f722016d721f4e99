package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * Where a document came from and what was done to its bytes, e.g. {@code 000.txt}, UTF-8,
 * {@code TRADITIONAL}, with mojibake and pinyin glosses repaired.
 *
 * @param name    the input's file name (or the id given for a string)
 * @param charset the charset the bytes were decoded with, e.g. {@code UTF-8}, {@code GB18030}
 * @param sha256  lower-case hex SHA-256 of the input bytes
 * @param script  the script of the input before conversion
 * @param repairs what was repaired, one entry per kind
 */
public record Source(@NotBlank String name,
                     @NotBlank String charset,
                     @NotNull @Pattern(regexp = "^[0-9a-f]{64}$") String sha256,
                     @NotNull Script script,
                     @NotNull List<@Valid @NotNull Repair> repairs) {

    public Source {
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
    }
}

package dev.cnpolicy.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A department or body named by a document, e.g. {@code 知识产权局} in {@code 省工商局、知识产权局}
 * becomes {@code name 省知识产权局, asWritten 知识产权局, qualifiedName 黑龙江省知识产权局, PROVINCIAL}.
 *
 * @param name          canonical simplified name with shared prefixes and suffixes distributed
 * @param asWritten     the words as they stand in the text
 * @param qualifiedName the name with the document's region where the text implies it, else {@code name}
 * @param kind          administrative level or nature
 */
public record Organization(@NotBlank String name,
                           @NotBlank String asWritten,
                           @NotBlank String qualifiedName,
                           @NotNull OrganizationKind kind) {

    public Organization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        asWritten = asWritten == null ? name : asWritten;
        qualifiedName = qualifiedName == null ? name : qualifiedName;
    }
}

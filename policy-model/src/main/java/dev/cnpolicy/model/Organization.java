package dev.cnpolicy.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A department or body named by a document, e.g. {@code 知识产权局} in {@code 省工商局、知识产权局}
 * becomes {@code name 省知识产权局, asWritten 知识产权局, qualifiedName 黑龙江省知识产权局,
 * officialName 黑龙江省知识产权局, PROVINCIAL}; {@code 发改委} in a State Council document has the
 * official name {@code 国家发展和改革委员会}.
 *
 * @param name                 canonical simplified name with shared prefixes and suffixes distributed
 * @param asWritten            the words as they stand in the text
 * @param qualifiedName        the name with the document's region where the text implies it, else {@code name}
 * @param kind                 administrative level or nature
 * @param officialName         the body's official full name with its place ({@code 省人社厅} in a
 *                             {@code 黑龙江省} document → {@code 黑龙江省人力资源和社会保障厅}), the same for
 *                             every way of writing the body; {@code qualifiedName} where no full form is known
 * @param officialNameResolved whether {@code officialName} was found as a full form rather than
 *                             repeating {@code qualifiedName}
 */
public record Organization(@NotBlank String name,
                           @NotBlank String asWritten,
                           @NotBlank String qualifiedName,
                           @NotNull OrganizationKind kind,
                           @NotBlank String officialName,
                           @NotNull Boolean officialNameResolved) {

    public Organization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        asWritten = asWritten == null ? name : asWritten;
        qualifiedName = qualifiedName == null ? name : qualifiedName;
        if (officialName == null) {
            officialName = qualifiedName; // written before official names existed, or not known
            officialNameResolved = false;
        }
        officialNameResolved = officialNameResolved != null && officialNameResolved;
    }

    /** An organisation whose official name is not known: it repeats {@code qualifiedName}. */
    public Organization(String name, String asWritten, String qualifiedName, OrganizationKind kind) {
        this(name, asWritten, qualifiedName, kind, null, false);
    }
}

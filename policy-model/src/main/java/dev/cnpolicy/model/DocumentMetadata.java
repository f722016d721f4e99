package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a document says about itself: title, 文号, issuers, addressees, dates, genre, region and
 * period, e.g. {@code 黔知办发〔2023〕11号}, fifteen issuers, issued {@code 2023-11-06}, OPINIONS,
 * {@code 贵州省}.
 *
 * @param title          the title of the plan or opinion itself (not its 通知 wrapper)
 * @param documentNumber the document's own number, or {@code null}
 * @param issuers        the bodies in the signature block
 * @param recipients     the bodies in the addressee line ({@code 各市…：})
 * @param issueDate      the date under the signature, or {@code null}
 * @param publishDate    the date the web page gives, or {@code null}
 * @param indexNumber    the web page's 索引号, or {@code null}
 * @param kind           genre from the title
 * @param region         full name of the issuers' province or city, e.g. {@code 黑龙江省}, or {@code null}
 * @param period         years the plan covers, or {@code null}
 * @param noticeTitle    the title of the notice that issues or forwards the plan
 *                       ({@code 某省人民政府办公厅关于印发某某实施方案的通知}) when the text holds both, else
 *                       {@code null}; {@code title} is then the plan's own
 */
public record DocumentMetadata(@NotBlank String title,
                               @Valid DocumentNumber documentNumber,
                               @NotNull List<@Valid @NotNull Organization> issuers,
                               @NotNull List<@Valid @NotNull Organization> recipients,
                               LocalDate issueDate,
                               LocalDate publishDate,
                               String indexNumber,
                               @NotNull DocumentKind kind,
                               String region,
                               @Valid PlanPeriod period,
                               String noticeTitle) {

    public DocumentMetadata {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        Objects.requireNonNull(kind, "kind");
    }

    /** Metadata of a document that is not issued by a notice of its own. */
    public DocumentMetadata(String title, DocumentNumber documentNumber, List<Organization> issuers,
                            List<Organization> recipients, LocalDate issueDate, LocalDate publishDate, String indexNumber,
                            DocumentKind kind, String region, PlanPeriod period) {
        this(title, documentNumber, issuers, recipients, issueDate, publishDate, indexNumber, kind, region, period, null);
    }

    /** Metadata with only a title known, for a fragment without preamble. */
    public static DocumentMetadata titled(String title) {
        return new DocumentMetadata(title, null, List.of(), List.of(), null, null, null,
                DocumentKind.OTHER, null, null);
    }
}

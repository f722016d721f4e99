package dev.cnpolicy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One policy document as typed data, e.g. {@code 哈尔滨市推进国家知识产权示范城市工作实施方案}
 * with its outline, five specific goals, seventeen tasks, four phases and the documents it cites.
 *
 * <p>Every span points into {@link #text()}, unless the document was written without its text
 * ({@link #textOmitted()}: its spans still say where each fact stood, in order, but {@code text}
 * is empty). Cross-record rules (ids resolve, spans fit the text) are checked by
 * {@code PolicyValidator}, so that a document read from JSON can report every violation at once
 * rather than the first.
 *
 * @param schemaVersion version of the JSON form, {@value #SCHEMA_VERSION}
 * @param id            input file name without extension
 * @param source        where it came from and what was repaired
 * @param text          the normalised text, simplified script unless asked otherwise
 * @param metadata      title, number, issuers, dates, genre, region, period
 * @param sections      top-level sections, each with its children
 * @param goals         goals in document order
 * @param tasks         tasks in document order
 * @param indicators    indicators in document order
 * @param phases        implementation phases in document order
 * @param references    cited documents in document order
 * @param diagnostics   what the parser skipped, guessed or could not understand
 * @param textOmitted   whether the document was written without its text ({@code --no-text}); its
 *                      {@code text} is then empty and its spans are not checked against it
 */
public record PolicyDocument(@NotNull @Pattern(regexp = "^1\\.\\d+$") String schemaVersion,
                             @NotBlank String id,
                             @NotNull @Valid Source source,
                             @NotNull String text,
                             @NotNull @Valid DocumentMetadata metadata,
                             @NotNull List<@Valid @NotNull Section> sections,
                             @NotNull List<@Valid @NotNull Goal> goals,
                             @NotNull List<@Valid @NotNull Task> tasks,
                             @NotNull List<@Valid @NotNull Indicator> indicators,
                             @NotNull List<@Valid @NotNull Phase> phases,
                             @NotNull List<@Valid @NotNull Reference> references,
                             @NotNull List<@Valid @NotNull Diagnostic> diagnostics,
                             boolean textOmitted) {

    /** The version of the JSON form this model writes. */
    public static final String SCHEMA_VERSION = "1.0";

    public PolicyDocument {
        schemaVersion = schemaVersion == null ? SCHEMA_VERSION : schemaVersion;
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        sections = sections == null ? List.of() : List.copyOf(sections);
        goals = goals == null ? List.of() : List.copyOf(goals);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        phases = phases == null ? List.of() : List.copyOf(phases);
        references = references == null ? List.of() : List.copyOf(references);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        if (textOmitted && !text.isEmpty()) {
            throw new IllegalArgumentException("text must be empty when textOmitted is true");
        }
    }

    /** A document with its text, as the parser builds it. */
    public PolicyDocument(String schemaVersion, String id, Source source, String text, DocumentMetadata metadata,
                          List<Section> sections, List<Goal> goals, List<Task> tasks, List<Indicator> indicators,
                          List<Phase> phases, List<Reference> references, List<Diagnostic> diagnostics) {
        this(schemaVersion, id, source, text, metadata, sections, goals, tasks, indicators, phases, references,
                diagnostics, false);
    }

    /** This document without its text, as {@code PolicyJson.Option.OMIT_TEXT} writes it and reads it back. */
    public PolicyDocument withoutText() {
        return new PolicyDocument(schemaVersion, id, source, "", metadata, sections, goals, tasks, indicators, phases,
                references, diagnostics, true);
    }

    /** The section with this id at any depth. */
    public Optional<Section> section(String sectionId) {
        Section[] found = new Section[1];
        forEachSection(s -> {
            if (found[0] == null && s.id().equals(sectionId)) {
                found[0] = s;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** The indicator with this id. */
    public Optional<Indicator> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    /** Visits every section, parents before their children, in document order. */
    public void forEachSection(Consumer<Section> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        sections.forEach(s -> visit(s, visitor));
    }

    private static void visit(Section section, Consumer<Section> visitor) {
        visitor.accept(section);
        section.children().forEach(c -> visit(c, visitor));
    }
}

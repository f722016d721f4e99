package dev.cnpolicy.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.DocumentMetadata;
import dev.cnpolicy.model.Goal;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.SampleDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyValidatorTest {

    private static final PolicyDocument SAMPLE = SampleDocuments.full();

    @Test
    void documentBuiltInCodeValidatesClean() {
        assertThat(PolicyValidator.validate(SAMPLE)).isEmpty();
    }

    @Test
    void reportsBlankTitleByPath() {
        DocumentMetadata m = SAMPLE.metadata();
        PolicyDocument doc = withMetadata(new DocumentMetadata(" ", m.documentNumber(), m.issuers(), m.recipients(),
                m.issueDate(), m.publishDate(), m.indexNumber(), m.kind(), m.region(), m.period()));

        assertThat(PolicyValidator.validate(doc)).extracting(Violation::path).containsExactly("metadata.title");
    }

    @Test
    void reportsDanglingSectionAndIndicatorIdsOfGoals() {
        Goal g = SAMPLE.goals().get(0);
        Goal dangling = new Goal(g.id(), g.kind(), g.text(), g.targetYear(), List.of("i1.1", "i7"), "s9", g.span());
        PolicyDocument doc = new PolicyDocument(SAMPLE.schemaVersion(), SAMPLE.id(), SAMPLE.source(), SAMPLE.text(),
                SAMPLE.metadata(), SAMPLE.sections(), List.of(dangling), SAMPLE.tasks(), SAMPLE.indicators(),
                SAMPLE.phases(), SAMPLE.references(), SAMPLE.diagnostics());

        assertThat(PolicyValidator.validate(doc)).extracting(Violation::toString).containsExactly(
                "goals[0].indicatorIds[1]: no indicator has id i7",
                "goals[0].sectionId: no section has id s9");
    }

    @Test
    void reportsSpansPastTheEndOfShorterText() {
        PolicyDocument doc = new PolicyDocument(SAMPLE.schemaVersion(), SAMPLE.id(), SAMPLE.source(), "短文",
                SAMPLE.metadata(), List.of(), List.of(), List.of(), List.of(), List.of(), SAMPLE.references(), List.of());

        assertThat(PolicyValidator.validate(doc)).extracting(Violation::path).containsExactly("references[0].span");
    }

    @Test
    void reportsDuplicateIds() {
        PolicyDocument doc = new PolicyDocument(SAMPLE.schemaVersion(), SAMPLE.id(), SAMPLE.source(), SAMPLE.text(),
                SAMPLE.metadata(), SAMPLE.sections(), SAMPLE.goals(), List.of(SAMPLE.tasks().get(0), SAMPLE.tasks().get(0)),
                SAMPLE.indicators(), SAMPLE.phases(), SAMPLE.references(), SAMPLE.diagnostics());

        assertThat(PolicyValidator.validate(doc)).extracting(Violation::toString)
                .containsExactly("tasks[1].id: id t2.1 is used twice");
    }

    private static PolicyDocument withMetadata(DocumentMetadata metadata) {
        return new PolicyDocument(SAMPLE.schemaVersion(), SAMPLE.id(), SAMPLE.source(), SAMPLE.text(), metadata,
                SAMPLE.sections(), SAMPLE.goals(), SAMPLE.tasks(), SAMPLE.indicators(), SAMPLE.phases(),
                SAMPLE.references(), SAMPLE.diagnostics());
    }
}

package dev.cnpolicy.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.SampleDocuments;
import dev.cnpolicy.model.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {

    private static final PolicyDocument SAMPLE = SampleDocuments.full();

    @Test
    void roundTripsADocumentWithEveryRecordKindToAnEqualObject() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PolicyJson.write(SAMPLE, out);

        PolicyDocument back = PolicyJson.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back).isEqualTo(SAMPLE);
    }

    @Test
    void compactFormIsOneLineAndReadsBackEqual() {
        String line = PolicyJson.toJson(SAMPLE, PolicyJson.Option.COMPACT);

        assertThat(line).doesNotContain("\n");
        assertThat(PolicyJson.fromJson(line)).isEqualTo(SAMPLE);
    }

    @Test
    void writesContractFormsForDatesMonthsNumbersAndAbsentValues() {
        String json = PolicyJson.toJson(SAMPLE, PolicyJson.Option.COMPACT);

        assertThat(json)
                .startsWith("{\"schemaVersion\":\"1.0\",\"id\":\"sample\"")
                .contains("\"issueDate\":\"2024-01-08\"")
                .contains("\"start\":\"2024-01\",\"end\":\"2024-06\"")
                .contains("\"comparator\":\"BETWEEN\",\"value\":20,\"upperValue\":30")
                .contains("\"upperValue\":null")
                .contains("\"span\":null")
                .contains("\"deadline\":\"2025-06\"");
    }

    @Test
    void readsOrganizationsWrittenBeforeOfficialNamesAsUnresolved() {
        String json = PolicyJson.toJson(SAMPLE, PolicyJson.Option.COMPACT)
                .replaceAll(",\"officialName\":\"[^\"]*\",\"officialNameResolved\":(true|false)", "");

        PolicyDocument back = PolicyJson.fromJson(json);

        assertThat(json).doesNotContain("officialName");
        assertThat(back.metadata().issuers().get(0).officialName()).isEqualTo("江南省人民政府办公厅");
        assertThat(back.metadata().issuers().get(0).officialNameResolved()).isFalse();
    }

    @Test
    void omitsTextOnRequest() {
        String json = PolicyJson.toJson(SAMPLE, PolicyJson.Option.COMPACT, PolicyJson.Option.OMIT_TEXT);

        assertThat(json).doesNotContain("\"text\":\"江南省推进").contains("\"metadata\"");
    }

    @Test
    void rejectsMissingTitleSpanOutsideTextAndDanglingIdsNamingEveryPath() {
        String json = PolicyJson.toJson(SAMPLE, PolicyJson.Option.COMPACT)
                .replace("\"title\":\"江南省推进数字经济发展实施方案\"", "\"title\":null")
                .replace("\"span\":{\"start\":112,\"end\":136,\"line\":7}}]", "\"span\":{\"start\":112,\"end\":999,\"line\":7}}]")
                .replace("\"indicatorIds\":[\"i2.1.1\"]", "\"indicatorIds\":[\"i9.9\"]");

        assertThatThrownBy(() -> PolicyJson.fromJson(json))
                .isInstanceOfSatisfying(PolicyJsonException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .contains("metadata.title", "phases[0].span", "tasks[0].indicatorIds[0]"))
                .hasMessageContaining("no indicator has id i9.9")
                .hasMessageContaining("past the end of text");
    }

    @Test
    void rejectsBetweenWithoutUpperValueNamingTheIndicator() {
        String json = PolicyJson.toJson(SAMPLE, PolicyJson.Option.COMPACT)
                .replace("\"upperValue\":30", "\"upperValue\":null");

        assertThatThrownBy(() -> PolicyJson.fromJson(json))
                .isInstanceOfSatisfying(PolicyJsonException.class, e -> assertThat(e.violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.path()).isEqualTo("indicators[1]");
                            assertThat(v.message()).contains("BETWEEN needs upperValue");
                        }));
    }

    @Test
    void rejectsMalformedJsonWithAClearMessage() {
        assertThatThrownBy(() -> PolicyJson.read(new ByteArrayInputStream("{\"id\": ".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PolicyJsonException.class)
                .hasMessageContaining("not a valid policy document");
        assertThatThrownBy(() -> PolicyJson.fromJson("[1,2]"))
                .isInstanceOf(PolicyJsonException.class)
                .hasMessageContaining("expected a JSON object");
    }

    @Test
    void rejectsMissingAndNullCollectionsAndUnknownProperties() {
        String json = PolicyJson.toJson(SAMPLE, PolicyJson.Option.COMPACT)
                .replace("\"tasks\":[", "\"taskz\":[")
                .replace("\"references\":[", "\"ignoredByReader\":[")
                .replace("\"goals\":[{\"id\":\"g1.1\"", "\"goals\":null,\"goalz\":[{\"id\":\"g1.1\"");

        assertThatThrownBy(() -> PolicyJson.fromJson(json))
                .isInstanceOfSatisfying(PolicyJsonException.class, e -> assertThat(e.violations())
                        .extracting(Violation::toString)
                        .contains("tasks: is missing", "references: is missing", "goals: must be an array, not null")
                        .anySatisfy(v -> assertThat(v).startsWith("taskz: unknown property"))
                        .anySatisfy(v -> assertThat(v).startsWith("goalz: unknown property"))
                        .anySatisfy(v -> assertThat(v).startsWith("ignoredByReader: unknown property")));
    }

    @Test
    void rejectsADocumentWithoutSchemaVersion() {
        String json = PolicyJson.toJson(SAMPLE, PolicyJson.Option.COMPACT).replace("\"schemaVersion\":\"1.0\",", "");

        assertThatThrownBy(() -> PolicyJson.fromJson(json))
                .isInstanceOfSatisfying(PolicyJsonException.class, e -> assertThat(e.violations())
                        .extracting(Violation::toString).containsExactly("schemaVersion: is missing"));
    }

    @Test
    void saysOnceThatTextIsMissingInsteadOfOnceForEverySpan() {
        String json = PolicyJson.toJson(SAMPLE, PolicyJson.Option.COMPACT).replaceFirst("\"text\":\"[^\"]*\",", "");

        assertThatThrownBy(() -> PolicyJson.fromJson(json))
                .isInstanceOfSatisfying(PolicyJsonException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.path()).isEqualTo("text");
                            assertThat(v.message()).startsWith("is missing");
                        }));
    }

    @Test
    void reportsEveryPlantedErrorAtOnceNamingAllowedValuesNotJavaClasses() {
        String json = PolicyJson.toJson(SAMPLE, PolicyJson.Option.COMPACT)
                .replace("\"severity\":\"INFO\"", "\"severity\":\"FATAL\"")
                .replace("\"title\":\"江南省推进数字经济发展实施方案\"", "\"title\":\"\"")
                .replace("\"charset\":\"UTF-8\"", "\"charset\":8")
                .replace("\"indicatorIds\":[\"i2.1.1\"]", "\"indicatorIds\":[\"i9.9\"]");

        assertThatThrownBy(() -> PolicyJson.fromJson(json))
                .isInstanceOfSatisfying(PolicyJsonException.class, e -> assertThat(e.violations())
                        .extracting(Violation::toString)
                        .containsExactlyInAnyOrder(
                                "diagnostics[0].severity: must be one of INFO, WARNING, ERROR, not \"FATAL\"",
                                "metadata.title: must not be blank",
                                "source.charset: must be a string",
                                "tasks[0].indicatorIds[0]: no indicator has id i9.9"))
                .message().doesNotContain("dev.cnpolicy").doesNotContain("java.");
    }

    @Test
    void aDocumentWrittenWithoutItsTextReadsBackWithoutIt() {
        String json = PolicyJson.toJson(SAMPLE, PolicyJson.Option.OMIT_TEXT);

        PolicyDocument back = PolicyJson.fromJson(json);

        assertThat(json).contains("\"textOmitted\" : true").doesNotContain("\"text\" : \"江南省");
        assertThat(back).isEqualTo(SAMPLE.withoutText());
        assertThat(back.textOmitted()).isTrue();
        assertThat(back.text()).isEmpty();
        assertThat(back.tasks().get(0).span()).isEqualTo(SAMPLE.tasks().get(0).span());
        assertThat(PolicyJson.toJson(SAMPLE)).as("a document with its text says nothing of it").doesNotContain("textOmitted");
    }

    @Test
    void aTextOmittedDocumentMustNotCarryText() {
        String json = PolicyJson.toJson(SAMPLE, PolicyJson.Option.COMPACT).replace("\"schemaVersion\"", "\"textOmitted\":true,\"schemaVersion\"");

        assertThatThrownBy(() -> PolicyJson.fromJson(json))
                .isInstanceOfSatisfying(PolicyJsonException.class, e -> assertThat(e.violations())
                        .extracting(Violation::toString).containsExactly("text: must be absent when textOmitted is true"));
    }
}

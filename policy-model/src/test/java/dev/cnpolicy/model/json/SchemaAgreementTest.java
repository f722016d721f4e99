package dev.cnpolicy.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.SampleDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schema and {@link PolicyJson#read} judge documents alike: each fixture, valid
 * or not, is accepted by both or rejected by both, and the reader names the path the fixture broke.
 * Rules the schema cannot express (ids that resolve, spans inside the text, the end of a span not
 * before its start) are the reader's alone; {@link #theReaderAloneChecksRulesBetweenRecords} shows them.
 */
class SchemaAgreementTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = PolicyDocument.class.getResourceAsStream("policy-document.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    private static ObjectNode sample(PolicyJson.Option... options) {
        return (ObjectNode) JSON.readTree(PolicyJson.toJson(SampleDocuments.full(), options));
    }

    private static Arguments valid(String name, ObjectNode document) {
        return Arguments.of(name, document.toString(), null);
    }

    private static Arguments invalid(String name, String brokenPath, Consumer<ObjectNode> edit) {
        ObjectNode document = sample();
        edit.accept(document);
        return Arguments.of(name, document.toString(), brokenPath);
    }

    private static ObjectNode at(ObjectNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    static Stream<Arguments> fixtures() {
        ObjectNode withoutOptionalScalars = sample();
        at(withoutOptionalScalars, "/metadata").remove(List.of("region", "indexNumber", "period", "documentNumber"));
        at(withoutOptionalScalars, "/tasks/0").remove(List.of("deadline", "sectionId", "responsibility"));
        ObjectNode textNull = sample(PolicyJson.Option.OMIT_TEXT);
        textNull.putNull("text");
        ObjectNode textOmittedFalse = sample();
        textOmittedFalse.put("textOmitted", false);
        return Stream.of(
                valid("the sample", sample()),
                valid("the sample, compact", sample(PolicyJson.Option.COMPACT)),
                valid("written without its text", sample(PolicyJson.Option.OMIT_TEXT)),
                valid("without its text, text null", textNull),
                valid("textOmitted false with text", textOmittedFalse),
                valid("optional scalars absent", withoutOptionalScalars),
                invalid("every collection missing", "sections", d -> d.remove(
                        List.of("sections", "goals", "tasks", "indicators", "phases", "references", "diagnostics"))),
                invalid("tasks misspelt taskz", "taskz", d -> d.set("taskz", d.remove("tasks"))),
                invalid("goals null", "goals", d -> d.putNull("goals")),
                invalid("schemaVersion missing", "schemaVersion", d -> d.remove("schemaVersion")),
                invalid("schemaVersion 2.0", "schemaVersion", d -> d.put("schemaVersion", "2.0")),
                invalid("text missing", "text", d -> d.remove("text")),
                invalid("text null without textOmitted", "text", d -> d.putNull("text")),
                invalid("text and textOmitted", "text", d -> d.put("textOmitted", true)),
                invalid("id missing", "id", d -> d.remove("id")),
                invalid("id a number", "id", d -> d.put("id", 5)),
                invalid("unknown property in a task", "tasks[0].priority", d -> at(d, "/tasks/0").put("priority", 1)),
                invalid("unknown property in a span", "tasks[0].span.column", d -> at(d, "/tasks/0/span").put("column", 3)),
                invalid("span without start", "goals[0].span.start", d -> at(d, "/goals/0/span").remove("start")),
                invalid("severity not an enum name", "diagnostics[0].severity",
                        d -> at(d, "/diagnostics/0").put("severity", "FATAL")),
                invalid("enum in lower case", "tasks[0].category", d -> at(d, "/tasks/0").put("category", "key_task")),
                invalid("indicatorIds null in a task", "tasks[0].indicatorIds", d -> at(d, "/tasks/0").putNull("indicatorIds")),
                invalid("a null task", "tasks[0]", d -> d.withArray("tasks").insertNull(0)),
                invalid("title empty", "metadata.title", d -> at(d, "/metadata").put("title", "")),
                invalid("issue date not a date", "metadata.issueDate", d -> at(d, "/metadata").put("issueDate", "2024-13-08")),
                invalid("phase month not a month", "phases[0].start", d -> at(d, "/phases/0").put("start", "2024-1")),
                invalid("value a string", "indicators[0].value", d -> at(d, "/indicators/0").put("value", "12")),
                invalid("negative span start", "sections[0].span", d -> at(d, "/sections/0/span").put("start", -1)),
                invalid("period without endYear", "metadata.period.endYear", d -> at(d, "/metadata/period").remove("endYear")),
                invalid("sha256 not hex", "source.sha256", d -> at(d, "/source").put("sha256", "xyz")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void schemaAndReaderAgree(String name, String json, String brokenPath) {
        List<Error> schemaErrors = schema.validate(json, InputFormat.JSON);
        PolicyJsonException readerError = null;
        try {
            PolicyJson.fromJson(json);
        } catch (PolicyJsonException e) {
            readerError = e;
        }

        if (brokenPath == null) {
            assertThat(schemaErrors).as("schema").isEmpty();
            assertThat(readerError).as("reader").isNull();
        } else {
            assertThat(schemaErrors).as("schema").isNotEmpty();
            assertThat(readerError).as("reader").isNotNull();
            assertThat(readerError.violations()).as("reader").anySatisfy(v -> assertThat(v.path()).startsWith(brokenPath));
        }
    }

    @Test
    void theReaderAloneChecksRulesBetweenRecords() {
        ObjectNode danglingId = sample();
        at(danglingId, "/tasks/0").withArray("indicatorIds").set(0, "i9.9");
        ObjectNode pastTheEnd = sample();
        at(pastTheEnd, "/phases/0/span").put("end", 999);
        ObjectNode endBeforeStart = sample();
        at(endBeforeStart, "/phases/0/span").put("end", 1);

        for (ObjectNode document : List.of(danglingId, pastTheEnd, endBeforeStart)) {
            String json = document.toString();
            assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
            assertThatThrownBy(() -> PolicyJson.fromJson(json)).isInstanceOf(PolicyJsonException.class);
        }
    }
}

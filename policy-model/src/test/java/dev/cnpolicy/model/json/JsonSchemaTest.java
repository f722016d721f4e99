package dev.cnpolicy.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import dev.cnpolicy.model.PolicyDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the published JSON Schema in step with the records. When the records change, regenerate
 * it with {@code ./mvnw -pl policy-model test -Dtest=JsonSchemaTest -Dcnpolicy.updateSchema=true}.
 */
class JsonSchemaTest {

    static final Path COMMITTED = Path.of("src/main/resources/dev/cnpolicy/model/policy-document.schema.json");

    static String generate() {
        var validation = new JakartaValidationModule(
                JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS);
        var config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(validation)
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            ObjectNode definition = context.getGeneratorConfig().createObjectNode().put("type", "string");
            if (type.isInstanceOf(YearMonth.class)) {
                definition.put("pattern", "^\\d{4}-(0[1-9]|1[0-2])$");
            } else if (type.isInstanceOf(LocalDate.class)) {
                definition.put("format", "date").put("pattern", "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$");
            } else {
                return null;
            }
            return new CustomDefinition(definition, CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.YES);
        });
        // numbers the records hold as primitives (span offsets, years of a period, repair counts) are
        // always written, so they are required; a boolean (textOmitted) is written only when true
        config.forFields().withRequiredCheck(field -> field.getType().getErasedType().isPrimitive()
                && field.getType().getErasedType() != boolean.class);
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(PolicyDocument.class);
        closeObjects(schema);
        addedLaterAreOptional(schema);
        textMayBeOmitted(schema);
        schema.put("$id", "https://cnpolicy.dev/schema/policy-document-" + PolicyDocument.SCHEMA_VERSION + ".json");
        schema.put("title", "cnpolicy PolicyDocument " + PolicyDocument.SCHEMA_VERSION);
        return schema.toPrettyString() + "\n";
    }

    /** Components added after 1.0 may be absent in documents written before them ({@link JsonShape#ADDED_LATER}). */
    private static void addedLaterAreOptional(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("required") instanceof ArrayNode required) {
            for (int i = required.size() - 1; i >= 0; i--) {
                if (JsonShape.ADDED_LATER.contains(required.get(i).asString())) {
                    required.remove(i);
                }
            }
        }
        for (JsonNode child : node.values()) {
            addedLaterAreOptional(child);
        }
    }

    /** No object of the document has properties other than its record's components. */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties")) {
            object.put("additionalProperties", false);
        }
        for (JsonNode child : node.values()) {
            closeObjects(child);
        }
    }

    /**
     * {@code text} is required unless {@code "textOmitted": true} says the document was written
     * without it ({@code --no-text}); then it is absent or null.
     */
    private static void textMayBeOmitted(ObjectNode schema) {
        ObjectNode properties = (ObjectNode) schema.get("properties");
        properties.putObject("text").putArray("type").add("string").add("null");
        ArrayNode required = (ArrayNode) schema.get("required");
        for (int i = required.size() - 1; i >= 0; i--) {
            if (required.get(i).asString().equals("text")) {
                required.remove(i);
            }
        }
        ObjectNode condition = schema.putObject("if");
        condition.putObject("properties").putObject("textOmitted").put("const", true);
        condition.putArray("required").add("textOmitted");
        schema.putObject("then").putObject("properties").putObject("text").put("type", "null");
        ObjectNode otherwise = schema.putObject("else");
        otherwise.putArray("required").add("text");
        otherwise.putObject("properties").putObject("text").put("type", "string");
    }

    @Test
    void committedSchemaIsCurrent() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("cnpolicy.updateSchema")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("the committed schema is stale; regenerate it with -Dcnpolicy.updateSchema=true")
                .isEqualTo(generated);
    }
}

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
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
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
            if (!type.isInstanceOf(YearMonth.class)) {
                return null;
            }
            ObjectNode month = context.getGeneratorConfig().createObjectNode()
                    .put("type", "string")
                    .put("pattern", "^\\d{4}-(0[1-9]|1[0-2])$");
            return new CustomDefinition(month, CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.YES);
        });
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(PolicyDocument.class);
        schema.put("$id", "https://cnpolicy.dev/schema/policy-document-" + PolicyDocument.SCHEMA_VERSION + ".json");
        schema.put("title", "cnpolicy PolicyDocument " + PolicyDocument.SCHEMA_VERSION);
        return schema.toPrettyString() + "\n";
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

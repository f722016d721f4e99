package dev.cnpolicy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.json.PolicyJson;
import dev.cnpolicy.parser.PolicyParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.junit.jupiter.api.Test;

/**
 * Spark brings Jackson 2 ({@code com.fasterxml.jackson}); the model writes its JSON with Jackson 3
 * ({@code tools.jackson}). The two live in different packages and work side by side in one JVM.
 */
class JacksonTwoAndThreeTest {

    @Test
    void bothJacksonsAreLoadedWithTheirOwnMajorVersions() {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);
    }

    @Test
    void sparkWritesJsonWithJacksonTwoWhileTheModelRoundTripsWithJacksonThree() throws Exception {
        PolicyDocument doc = PolicyParser.create().parse(Path.of("..", "seeds", "004_77ef637a5b3fa8c7.txt"));
        assertThat(PolicyJson.fromJson(PolicyJson.toJson(doc, PolicyJson.Option.COMPACT))).isEqualTo(doc);

        // Spark's schema JSON (json4s over Jackson 2) and a Dataset rendered as JSON by Spark
        DataType schema = DataType.fromJson(FileRows.SCHEMA.json());
        assertThat(schema).isEqualTo(FileRows.SCHEMA);
        Dataset<Row> tasks = SharedSpark.session().createDataFrame(
                List.of(FileRows.parsed("file:/seeds/004.txt", 1L, doc, false)), FileRows.SCHEMA)
                .select("tasks");
        String json = tasks.toJSON().first();
        Map<?, ?> parsed = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        assertThat((List<?>) parsed.get("tasks")).hasSize(doc.tasks().size());
    }
}

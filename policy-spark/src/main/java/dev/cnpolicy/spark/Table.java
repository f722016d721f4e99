package dev.cnpolicy.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables of a run, one folder each under {@code --out}. Column names are the CSV
 * export's ({@code tasks.csv} has {@code document_id, task_id, number, ...}); the types are real:
 * positions and years are integers, indicator values doubles, dates {@code DATE}, id lists arrays
 * of strings. Months ({@code 2023-06}) and deadlines ({@code 2025}, {@code 2023-06}) stay strings
 * in the JSON form's ISO notation.
 */
public enum Table {
    /** One row per parsed file: metadata, where it came from and how much was found. */
    DOCUMENTS(true, struct(
            text("document_id"), text("source_path"), text("source_name"), text("charset"), text("sha256"),
            text("script"), text("title"), text("document_number"), text("kind"), text("region"),
            date("issue_date"), date("publish_date"), integer("period_start"), integer("period_end"),
            texts("issuers"), texts("recipients"), integer("section_count"), integer("task_count"),
            integer("goal_count"), integer("indicator_count"), integer("phase_count"),
            integer("reference_count"), integer("diagnostic_count"), field("bytes", DataTypes.LongType))),
    /** One row per task, as {@code tasks.csv}. */
    TASKS(false, struct(
            text("document_id"), text("task_id"), text("number"), text("category"), text("title"),
            text("section_id"), text("deadline"), text("responsibility"), texts("indicator_ids"),
            integer("start"), integer("end"), integer("line"))),
    /** One row per task × department × role, as {@code responsibilities.csv}. */
    RESPONSIBILITIES(false, struct(
            text("document_id"), text("task_id"), text("role"), text("department"), text("as_written"),
            text("qualified_name"), text("kind"), text("official_name"))),
    /** One row per indicator, as {@code indicators.csv}. */
    INDICATORS(false, struct(
            text("document_id"), text("indicator_id"), text("metric"), text("comparator"),
            field("value", DataTypes.DoubleType), field("upper_value", DataTypes.DoubleType), text("unit"),
            text("kind"), integer("target_year"), integer("base_year"), text("text"),
            integer("start"), integer("end"), integer("line"))),
    /** One row per goal, as {@code goals.csv}. */
    GOALS(false, struct(
            text("document_id"), text("goal_id"), text("kind"), integer("target_year"), texts("indicator_ids"),
            text("section_id"), text("text"), integer("start"), integer("end"), integer("line"))),
    /** One row per phase, as {@code phases.csv}; {@code start} and {@code end} are months. */
    PHASES(false, struct(
            text("document_id"), text("phase_id"), text("name"), text("start"), text("end"), text("text"))),
    /** One row per diagnostic; the span columns are null for a diagnostic about the whole document. */
    DIAGNOSTICS(false, struct(
            text("document_id"), text("severity"), text("code"), text("message"),
            integer("start"), integer("end"), integer("line"))),
    /** One row per input file that could not be parsed: its path and the reason. */
    FAILURES(true, struct(text("path"), text("reason")));

    private final boolean onePerFile;
    private final StructType schema;

    Table(boolean onePerFile, StructType schema) {
        this.onePerFile = onePerFile;
        this.schema = schema;
    }

    /** The folder name under {@code --out}, e.g. {@code tasks}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The table's columns. */
    public StructType schema() {
        return schema;
    }

    /**
     * The type of this table's field in a parsed file's row: a nullable struct for a table with
     * at most one row per file, else an array of rows.
     */
    DataType fieldType() {
        return onePerFile ? schema : DataTypes.createArrayType(schema, false);
    }

    /** This table's rows, taken from the parsed files' rows ({@link FileRows#SCHEMA}). */
    Dataset<Row> rows(Dataset<Row> parsed) {
        if (onePerFile) {
            return parsed.where(col(folder()).isNotNull()).select(folder() + ".*");
        }
        return parsed.select(explode(col(folder())).as("row")).select("row.*");
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructField text(String name) {
        return field(name, DataTypes.StringType);
    }

    private static StructField integer(String name) {
        return field(name, DataTypes.IntegerType);
    }

    private static StructField date(String name) {
        return field(name, DataTypes.DateType);
    }

    private static StructField texts(String name) {
        return field(name, DataTypes.createArrayType(DataTypes.StringType, false));
    }
}

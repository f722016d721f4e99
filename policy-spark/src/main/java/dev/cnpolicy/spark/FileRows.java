package dev.cnpolicy.spark;

import dev.cnpolicy.model.Assignment;
import dev.cnpolicy.model.Diagnostic;
import dev.cnpolicy.model.DocumentMetadata;
import dev.cnpolicy.model.Goal;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.Organization;
import dev.cnpolicy.model.Phase;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.SourceSpan;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.model.json.PolicyJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One row per input file, holding that file's rows of every {@link Table} (a field per table,
 * named as the table's folder) and, when asked for, the document as one line of JSON. The job
 * parses each file once into such a row, keeps the result, and writes each table from it.
 */
final class FileRows {

    /** The field holding the document as compact JSON, or null. */
    static final String JSON = "json";

    /** The schema of a parsed file's row. */
    static final StructType SCHEMA;

    static {
        List<StructField> fields = new ArrayList<>();
        for (Table table : Table.values()) {
            fields.add(DataTypes.createStructField(table.folder(), table.fieldType(), true));
        }
        fields.add(DataTypes.createStructField(JSON, DataTypes.StringType, true));
        SCHEMA = DataTypes.createStructType(fields);
    }

    private FileRows() {
    }

    /** The row of a file that parsed. */
    static Row parsed(String sourcePath, long bytes, PolicyDocument doc, boolean withJson) {
        String id = doc.id();
        List<Row> tasks = new ArrayList<>();
        List<Row> responsibilities = new ArrayList<>();
        for (Task t : doc.tasks()) {
            SourceSpan s = t.span();
            tasks.add(RowFactory.create(id, t.id(), t.number(), t.category().name(), t.title(), t.sectionId(),
                    t.deadline(), t.responsibility() == null ? null : t.responsibility().text(),
                    strings(t.indicatorIds()), s.start(), s.end(), s.line()));
            if (t.responsibility() != null) {
                for (Assignment a : t.responsibility().assignments()) {
                    Organization d = a.department();
                    responsibilities.add(RowFactory.create(id, t.id(), a.role().name(), d.name(), d.asWritten(),
                            d.qualifiedName(), d.kind().name(), d.officialName()));
                }
            }
        }
        List<Row> indicators = new ArrayList<>();
        for (Indicator i : doc.indicators()) {
            SourceSpan s = i.span();
            indicators.add(RowFactory.create(id, i.id(), i.metric(), i.comparator().name(), number(i.value()),
                    number(i.upperValue()), i.unit(), i.kind().name(), i.targetYear(), i.baseYear(), i.text(),
                    s.start(), s.end(), s.line()));
        }
        List<Row> goals = new ArrayList<>();
        for (Goal g : doc.goals()) {
            SourceSpan s = g.span();
            goals.add(RowFactory.create(id, g.id(), g.kind().name(), g.targetYear(), strings(g.indicatorIds()),
                    g.sectionId(), g.text(), s.start(), s.end(), s.line()));
        }
        List<Row> phases = new ArrayList<>();
        for (Phase p : doc.phases()) {
            phases.add(RowFactory.create(id, p.id(), p.name(), month(p.start()), month(p.end()), p.text()));
        }
        List<Row> diagnostics = new ArrayList<>();
        for (Diagnostic d : doc.diagnostics()) {
            SourceSpan s = d.span();
            diagnostics.add(RowFactory.create(id, d.severity().name(), d.code(), d.message(),
                    s == null ? null : s.start(), s == null ? null : s.end(), s == null ? null : s.line()));
        }
        return RowFactory.create(document(sourcePath, bytes, doc), rows(tasks), rows(responsibilities),
                rows(indicators), rows(goals), rows(phases), rows(diagnostics), null,
                withJson ? PolicyJson.toJson(doc, PolicyJson.Option.COMPACT) : null);
    }

    /** The row of a file that could not be parsed. */
    static Row failed(String path, String reason) {
        Row[] none = new Row[0];
        return RowFactory.create(null, none, none, none, none, none, none, RowFactory.create(path, reason), null);
    }

    private static Row document(String sourcePath, long bytes, PolicyDocument doc) {
        DocumentMetadata m = doc.metadata();
        AtomicInteger sections = new AtomicInteger();
        doc.forEachSection(s -> sections.incrementAndGet());
        return RowFactory.create(doc.id(), sourcePath, doc.source().name(), doc.source().charset(),
                doc.source().sha256(), doc.source().script().name(), m.title(),
                m.documentNumber() == null ? null : m.documentNumber().text(), m.kind().name(), m.region(),
                date(m.issueDate()), date(m.publishDate()),
                m.period() == null ? null : m.period().startYear(), m.period() == null ? null : m.period().endYear(),
                names(m.issuers()), names(m.recipients()), sections.get(), doc.tasks().size(), doc.goals().size(),
                doc.indicators().size(), doc.phases().size(), doc.references().size(), doc.diagnostics().size(),
                bytes);
    }

    private static Row[] rows(List<Row> rows) {
        return rows.toArray(new Row[0]);
    }

    private static String[] strings(List<String> values) {
        return values.toArray(new String[0]);
    }

    private static String[] names(List<Organization> organizations) {
        return organizations.stream().map(Organization::name).toArray(String[]::new);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static String month(YearMonth month) {
        return month == null ? null : month.toString();
    }

    private static java.sql.Date date(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }
}

package dev.cnpolicy.examples.export;

import dev.cnpolicy.model.Assignment;
import dev.cnpolicy.model.Goal;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.Phase;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Task;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The five CSV tables of an export (RFC 4180, UTF-8, header row; Jackson does the quoting). Each
 * row starts with {@code document_id}; {@code responsibilities.csv} has one row per task ×
 * department × role. Beside them, {@code departments.csv} has one row per official name across
 * the run ({@link DepartmentTable}).
 */
final class CsvTables implements Closeable {

    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("tasks.csv", List.of("document_id", "task_id", "number", "category", "title", "section_id",
                "deadline", "responsibility", "indicator_ids", "start", "end", "line"));
        COLUMNS.put("responsibilities.csv", List.of("document_id", "task_id", "role", "department", "as_written",
                "qualified_name", "kind", "official_name"));
        COLUMNS.put("indicators.csv", List.of("document_id", "indicator_id", "metric", "comparator", "value",
                "upper_value", "unit", "kind", "target_year", "base_year", "text", "start", "end", "line"));
        COLUMNS.put("goals.csv", List.of("document_id", "goal_id", "kind", "target_year", "indicator_ids",
                "section_id", "text", "start", "end", "line"));
        COLUMNS.put("phases.csv", List.of("document_id", "phase_id", "name", "start", "end", "text"));
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Path dir;
    private final OutputFiles files;
    private final DepartmentTable departments = new DepartmentTable();

    CsvTables(Path dir, OutputFiles files) {
        this.dir = dir;
        this.files = files;
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, List<String>> e : COLUMNS.entrySet()) {
                tables.put(e.getKey(), new Table(dir.resolve(e.getKey()), e.getValue(), files));
            }
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException(e);
        }
    }

    void add(PolicyDocument doc) {
        String id = doc.id();
        for (Task t : doc.tasks()) {
            table("tasks.csv").row(id, t.id(), t.number(), t.category(), t.title(), t.sectionId(), t.deadline(),
                    t.responsibility() == null ? null : t.responsibility().text(), String.join(" ", t.indicatorIds()),
                    t.span().start(), t.span().end(), t.span().line());
            if (t.responsibility() != null) {
                for (Assignment a : t.responsibility().assignments()) {
                    table("responsibilities.csv").row(id, t.id(), a.role(), a.department().name(),
                            a.department().asWritten(), a.department().qualifiedName(), a.department().kind(),
                            a.department().officialName());
                }
            }
        }
        departments.add(doc);
        for (Indicator i : doc.indicators()) {
            table("indicators.csv").row(id, i.id(), i.metric(), i.comparator(), i.value().toPlainString(),
                    i.upperValue() == null ? null : i.upperValue().toPlainString(), i.unit(), i.kind(), i.targetYear(),
                    i.baseYear(), i.text(), i.span().start(), i.span().end(), i.span().line());
        }
        for (Goal g : doc.goals()) {
            table("goals.csv").row(id, g.id(), g.kind(), g.targetYear(), String.join(" ", g.indicatorIds()),
                    g.sectionId(), g.text(), g.span().start(), g.span().end(), g.span().line());
        }
        for (Phase p : doc.phases()) {
            table("phases.csv").row(id, p.id(), p.name(), p.start(), p.end(), p.text());
        }
    }

    private Table table(String name) {
        return tables.get(name);
    }

    /** Writes the departments table and renames the finished tables into place. */
    void commit() throws IOException {
        Table table = new Table(dir.resolve(DepartmentTable.FILE), DepartmentTable.COLUMNS, files);
        try (table) {
            departments.rows().forEach(table::row);
        }
        table.commit();
        for (Table t : tables.values()) {
            t.commit();
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Table t : tables.values()) {
            try {
                t.close();
            } catch (IOException | JacksonException e) {
                // close every table, even when one cannot flush its last rows (a full disk)
                IOException io = e instanceof IOException x ? x : new IOException(e.getMessage(), e);
                if (failure == null) {
                    failure = io;
                } else {
                    failure.addSuppressed(io);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // the constructor's own failure is the one reported
        }
    }

    private static final class Table implements Closeable {
        private final Path target;
        private final Path temp;
        private final OutputStream out;
        private final SequenceWriter writer;
        private final int width;

        Table(Path target, List<String> columns, OutputFiles files) throws IOException {
            this.target = target;
            this.temp = target.resolveSibling(target.getFileName() + ".tmp");
            this.out = files.create(temp);
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            columns.forEach(schema::addColumn);
            this.writer = MAPPER.writer(schema.build()).writeValues(out);
            this.width = columns.size();
        }

        void row(Object... cells) {
            List<String> values = new ArrayList<>(width);
            for (Object cell : cells) {
                values.add(cell == null ? "" : Objects.toString(cell));
            }
            try {
                writer.write(values);
            } catch (JacksonException e) {
                throw new UncheckedIOException(new IOException("cannot write " + target.getFileName(), e));
            }
        }

        void commit() throws IOException {
            close();
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void close() throws IOException {
            writer.close();
            out.close();
        }
    }
}

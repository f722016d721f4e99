package dev.cnpolicy.spark;

import dev.cnpolicy.parser.DocumentIds;
import dev.cnpolicy.parser.PolicyParseException;
import dev.cnpolicy.parser.PolicyParser;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Parses the rows of Spark's {@code binaryFile} source ({@code path}, {@code content}, and the
 * {@code root} column the job adds) into {@link FileRows}. Runs on the executors: the function
 * itself carries only its options; the parser is built once per JVM, on first use.
 *
 * <p>A file that cannot be parsed (binary, undecodable, or a parser bug) becomes a
 * {@link Table#FAILURES} row naming the path and the reason; the job goes on.
 */
final class ParseFiles implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** The input columns this function reads, in this order. */
    static final String[] COLUMNS = {"path", "content", "length", "root"};

    private final boolean withJson;

    /** @param withJson whether to keep each document's JSON ({@code --format jsonl}) */
    ParseFiles(boolean withJson) {
        this.withJson = withJson;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                return parse(input.next());
            }
        };
    }

    private Row parse(Row file) {
        String path = file.getString(0);
        String name = path.substring(path.lastIndexOf('/') + 1);
        try {
            String id = DocumentIds.fromRelativePath(InputPath.relativePath(file.getString(3), path));
            byte[] bytes = (byte[]) file.get(1);
            return FileRows.parsed(path, file.getLong(2), Parser.INSTANCE.parse(id, name, bytes), withJson);
        } catch (PolicyParseException e) {
            return FileRows.failed(path, e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            return FileRows.failed(path, e.toString());
        }
    }

    /**
     * The failure row of a file over the size limit ({@code path}, {@code length}), worded as the
     * parser words it: {@code too large: 80000000 bytes, the limit is 67108864}.
     */
    static final class TooLarge implements MapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final long maxBytes;

        TooLarge(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public Row call(Row file) {
            return FileRows.failed(file.getString(0),
                    "too large: " + file.getLong(1) + " bytes, the limit is " + maxBytes);
        }
    }

    /** The executor's parser: built when the first file of this JVM is parsed, then shared. */
    private static final class Parser {
        static final PolicyParser INSTANCE = PolicyParser.create();
    }
}

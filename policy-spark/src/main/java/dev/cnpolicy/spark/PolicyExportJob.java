package dev.cnpolicy.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.PrintWriter;
import dev.cnpolicy.parser.PolicyParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code policy-spark}: the export as a Spark job. Reads files, folders and globs of policy
 * documents ({@code *.txt}, {@code *.text}, {@code *.htm}, {@code *.html}, folders searched
 * recursively), parses each file once on the executors, and writes one Parquet folder per
 * {@link Table} under {@code --out}, e.g. {@code out/tasks/part-*.parquet}. A file that cannot be
 * parsed is a row of {@code failures}; it never fails the job.
 *
 * <pre>
 * java -jar policy-spark/target/policy-spark-local.jar seeds --out out/spark          # embedded, local[*]
 * spark-submit --class dev.cnpolicy.spark.PolicyExportJob policy-spark.jar s3a://crawl/2024 --out s3a://tables/2024
 * </pre>
 *
 * <p>Launched without {@code spark-submit}, the job runs on an embedded {@code local[*]} session
 * bound to 127.0.0.1 with the web UI off. Exit status: 0 when the tables were written (whatever
 * the failures), 1 when Spark failed, 2 on a usage error.
 */
@Command(name = "policy-spark", mixinStandardHelpOptions = true, version = "policy-spark 0.1.0",
        description = "Parses Chinese policy documents with Apache Spark into Parquet tables.")
public final class PolicyExportJob implements Callable<Integer> {

    /** The outputs {@code --format} can pick. */
    public enum Format {
        /** One Parquet folder per {@link Table}. */
        PARQUET,
        /** The full documents as JSON Lines, in {@code OUT/jsonl/part-*.txt}. */
        JSONL
    }

    /**
     * What a run wrote.
     *
     * @param documents     documents parsed
     * @param failures      files that could not be parsed
     * @param firstFailures up to 20 of them, as {@code path: reason}
     * @param out           the output folder as a qualified URI ({@code file:/home/me/out})
     */
    public record Summary(long documents, long failures, List<String> firstFailures, String out) {
        public Summary {
            firstFailures = List.copyOf(firstFailures);
        }
    }

    /** Names the input files of a folder or glob, whatever the case of the extension. */
    static final String EXTENSION_GLOB = "*.{[tT][xX][tT],[tT][eE][xX][tT],[hH][tT][mM],[hH][tT][mM][lL]}";

    private static final String LOCAL_LOGGING = "classpath:dev/cnpolicy/spark/log4j2-local.properties";
    private static final int FAILURES_SHOWN = 20;

    /**
     * What Spark counts a file as before its bytes when it packs files into partitions (4 MB by
     * default). Parsing costs by the byte, so the job counts a file as 64 KiB unless the session
     * sets it: 10,000 pages of 5 KB then make a few partitions of up to 128 MB, not hundreds of
     * partitions and hundreds of small Parquet files per table.
     */
    private static final String OPEN_COST = "spark.sql.files.openCostInBytes";
    private static final String DOCUMENT_OPEN_COST = "65536";

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, folders (searched recursively) or globs; any Hadoop file system URI.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    String out = "out";

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Outputs to write, any of ${COMPLETION-CANDIDATES} (default: parquet).")
    Set<Format> formats = EnumSet.of(Format.PARQUET);

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not launched by spark-submit (default: local[*]).")
    String master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the job and exits with its status; see the class comment. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the job as {@code main} would, returning the exit status. A session that already runs
     * in this JVM is used and left running; a session the job starts is stopped at the end.
     */
    public static int run(String... args) {
        return new CommandLine(new PolicyExportJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public Integer call() {
        boolean submitted = System.getProperty("spark.master") != null;
        if (!submitted && System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", LOCAL_LOGGING);
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = submitted && master == null ? SparkSession.builder().appName("policy-spark").getOrCreate()
                : localSession(master == null ? "local[*]" : master);
        try {
            Summary summary;
            try {
                summary = export(spark, inputs, out, formats);
            } catch (InputPath.NoSuchInputException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            summary.firstFailures().forEach(f -> err.println("policy-spark: " + f));
            if (summary.failures() > summary.firstFailures().size()) {
                err.println("policy-spark: ... " + (summary.failures() - summary.firstFailures().size())
                        + " more in " + Table.FAILURES.folder());
            }
            err.flush();
            PrintWriter stdout = spec.commandLine().getOut();
            List<String> written = new ArrayList<>();
            if (formats.contains(Format.PARQUET)) {
                written.add("{" + String.join(",", folders()) + "}");
            }
            if (formats.contains(Format.JSONL)) {
                written.add("jsonl");
            }
            stdout.println("policy-spark: " + summary.documents() + " documents, " + summary.failures()
                    + " failed; written to " + summary.out() + "/" + String.join(" and ", written));
            stdout.flush();
            return 0;
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }

    /**
     * A session on this machine: bound to 127.0.0.1, web UI off.
     *
     * @param master {@code local[*]}, {@code local[2]}, ...
     */
    public static SparkSession localSession(String master) {
        Objects.requireNonNull(master, "master");
        return SparkSession.builder()
                .appName("policy-spark")
                .master(master)
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", false)
                // the parsed rows have more fields than Spark prints in a plan by default, and it warns
                .config("spark.sql.debug.maxToStringFields", 200)
                // on one machine the driver lists folders faster than a Spark job of one task per folder
                .config("spark.sql.sources.parallelPartitionDiscovery.threshold", 100_000)
                .getOrCreate();
    }

    /**
     * Parses the inputs and writes the chosen outputs under {@code out}, replacing tables of an
     * earlier run there.
     *
     * @param spark   the session
     * @param inputs  files, folders or globs, local paths or Hadoop URIs
     * @param out     the output folder
     * @param formats what to write
     * @return the counts, and the output folder as a qualified URI
     * @throws IllegalArgumentException when an input names nothing
     */
    public static Summary export(SparkSession spark, List<String> inputs, String out, Set<Format> formats) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(out, "out");
        String target = qualified(out, spark.sparkContext().hadoopConfiguration());
        String openCost = spark.conf().contains(OPEN_COST) ? spark.conf().get(OPEN_COST) : null;
        if (openCost == null) {
            spark.conf().set(OPEN_COST, DOCUMENT_OPEN_COST);
        }
        Dataset<Row> parsed = null;
        try {
            parsed = parse(spark, inputs, formats.contains(Format.JSONL)).persist(StorageLevel.MEMORY_AND_DISK());
            if (formats.contains(Format.PARQUET)) {
                for (Table table : Table.values()) {
                    table.rows(parsed).write().mode(SaveMode.Overwrite).parquet(target + "/" + table.folder());
                }
            }
            if (formats.contains(Format.JSONL)) {
                parsed.where(col(FileRows.JSON).isNotNull()).select(FileRows.JSON)
                        .write().mode(SaveMode.Overwrite).text(target + "/jsonl");
            }
            long documents = parsed.where(col(Table.DOCUMENTS.folder()).isNotNull()).count();
            long failures = parsed.where(col(Table.FAILURES.folder()).isNotNull()).count();
            List<String> firstFailures = new ArrayList<>();
            for (Row f : Table.FAILURES.rows(parsed).limit(FAILURES_SHOWN).collectAsList()) {
                firstFailures.add(f.getString(0) + ": " + f.getString(1));
            }
            return new Summary(documents, failures, firstFailures, target);
        } finally {
            if (parsed != null) {
                parsed.unpersist();
            }
            if (openCost == null) {
                spark.conf().unset(OPEN_COST);
            }
        }
    }

    /**
     * One row per input file ({@link FileRows#SCHEMA}), parsed lazily: nothing is read until an
     * action runs. Files over {@code maxBytes} become failures without their bytes being read.
     */
    static Dataset<Row> parse(SparkSession spark, List<String> inputs, boolean withJson, long maxBytes) {
        if (inputs.isEmpty()) {
            throw new InputPath.NoSuchInputException("no input given");
        }
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Dataset<Row> files = null;
        for (String input : inputs) {
            Dataset<Row> read = read(spark, InputPath.resolve(input, conf));
            files = files == null ? read : files.union(read);
        }
        // binaryFile skips the bytes of files that a filter on length excludes
        Dataset<Row> parsed = files.where(col("length").leq(maxBytes))
                .select(Arrays.stream(ParseFiles.COLUMNS).map(functions::col).toArray(Column[]::new))
                .mapPartitions(new ParseFiles(withJson), Encoders.row(FileRows.SCHEMA));
        Dataset<Row> tooLarge = files.where(col("length").gt(maxBytes))
                .select(col("path"), col("length"))
                .map(new ParseFiles.TooLarge(maxBytes), Encoders.row(FileRows.SCHEMA));
        return parsed.union(tooLarge);
    }

    /** {@link #parse(SparkSession, List, boolean, long)} with the parser's size limit. */
    static Dataset<Row> parse(SparkSession spark, List<String> inputs, boolean withJson) {
        return parse(spark, inputs, withJson, PolicyParser.DEFAULT_MAX_INPUT_BYTES);
    }

    private static Dataset<Row> read(SparkSession spark, InputPath input) {
        DataFrameReader reader = spark.read().format("binaryFile").option("recursiveFileLookup", "true");
        if (!input.plainFile()) {
            reader = reader.option("pathGlobFilter", EXTENSION_GLOB);
        }
        return reader.load(input.input()).withColumn("root", lit(input.root()));
    }

    private static String qualified(String out, Configuration conf) {
        Path path = new Path(out);
        try {
            return path.getFileSystem(conf).makeQualified(path).toString();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot use --out " + out + ": " + e.getMessage(), e);
        }
    }

    private static List<String> folders() {
        List<String> names = new ArrayList<>();
        for (Table table : Table.values()) {
            names.add(table.folder());
        }
        return names;
    }
}

package dev.cnpolicy.examples.export;

import dev.cnpolicy.examples.html.HtmlExport;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.json.PolicyJson;
import dev.cnpolicy.parser.PolicyParseException;
import dev.cnpolicy.parser.PolicyParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code policy-export}: parses files and folders of policy documents and writes per-document
 * JSON, JSON Lines, CSV tables, HTML pages and a quality report. Parses in parallel with at most
 * {@code --jobs} documents in memory, writes in input order, and writes every file to a temporary
 * name first so an interrupted run leaves no truncated output. Exit status: 0 all parsed, 1 some
 * failed or fell below {@code --min-coverage}, 2 usage error.
 */
@Command(name = "policy-export", mixinStandardHelpOptions = true, version = "policy-export 0.1.0",
        description = "Parses Chinese policy documents into JSON, JSON Lines, CSV tables and HTML pages.")
public final class ExportCommand implements Callable<Integer> {

    /** The outputs {@code --format} can pick. */
    enum Format { JSON, JSONL, CSV, HTML }

    /** Hibernate Validator announces its version through java.util.logging; held so the level sticks. */
    private static final java.util.logging.Logger QUIET_VALIDATOR_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");
    private static final Set<String> EXTENSIONS = Set.of(".txt", ".text", ".htm", ".html");
    private static final JsonMapper REPORT = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (searched for *.txt, *.text, *.htm, *.html).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Outputs to write, any of ${COMPLETION-CANDIDATES} (default: all).")
    Set<Format> formats = EnumSet.allOf(Format.class);

    @Option(names = "--jobs", paramLabel = "N", description = "Documents parsed in parallel (default: processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-text", description = "Leave the normalised text out of the JSON.")
    boolean noText;

    @Option(names = "--keep-script", description = "Keep traditional script instead of converting to simplified.")
    boolean keepScript;

    @Option(names = "--min-coverage", paramLabel = "X",
            description = "Exit 1 and name documents whose section coverage (0..1) is below X.")
    Double minCoverage;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command as {@code main} would, returning the exit status. */
    public static int run(String... args) {
        QUIET_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        return new CommandLine(new ExportCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = collect(inputs, err);
        PolicyParser parser = PolicyParser.builder().keepOriginalScript(keepScript).build();
        Files.createDirectories(out);
        Path jsonDir = out.resolve("json");
        if (formats.contains(Format.JSON)) {
            Files.createDirectories(jsonDir);
        }
        PolicyJson.Option[] jsonOptions = noText ? new PolicyJson.Option[] {PolicyJson.Option.OMIT_TEXT}
                : new PolicyJson.Option[0];
        PolicyJson.Option[] lineOptions = noText
                ? new PolicyJson.Option[] {PolicyJson.Option.COMPACT, PolicyJson.Option.OMIT_TEXT}
                : new PolicyJson.Option[] {PolicyJson.Option.COMPACT};

        List<Map<String, String>> failed = new ArrayList<>();
        List<DocumentQuality> qualities = new ArrayList<>();
        Map<String, Integer> diagnostics = new TreeMap<>();
        Progress progress = new Progress(files.size(), !quiet && System.console() != null, err);
        Path jsonl = out.resolve("documents.jsonl");
        Path jsonlTemp = out.resolve("documents.jsonl.tmp");
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try (OutputStream lines = formats.contains(Format.JSONL) ? Files.newOutputStream(jsonlTemp) : OutputStream.nullOutputStream();
             CsvTables csv = formats.contains(Format.CSV) ? new CsvTables(out.resolve("csv")) : null) {
            HtmlExport html = formats.contains(Format.HTML) ? new HtmlExport(out.resolve("html")) : null;
            Deque<Future<PolicyDocument>> window = new ArrayDeque<>();
            Deque<Path> windowFiles = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < jobs) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> parser.parse(file)));
                    windowFiles.add(file);
                }
                Path file = windowFiles.poll();
                PolicyDocument doc;
                try {
                    doc = window.poll().get();
                } catch (ExecutionException e) {
                    String reason = e.getCause() instanceof PolicyParseException p ? p.reason() : String.valueOf(e.getCause());
                    failed.add(Map.of("file", file.toString(), "error", reason));
                    err.println("policy-export: " + file + ": " + reason);
                    progress.step();
                    continue;
                }
                if (formats.contains(Format.JSON)) {
                    Path target = jsonDir.resolve(doc.id() + ".json");
                    Path temp = jsonDir.resolve(doc.id() + ".json.tmp");
                    try (OutputStream o = Files.newOutputStream(temp)) {
                        PolicyJson.write(doc, o, jsonOptions);
                    }
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                PolicyJson.write(doc, lines, lineOptions);
                lines.write('\n');
                if (csv != null) {
                    csv.add(doc);
                }
                DocumentQuality quality = DocumentQuality.of(doc);
                qualities.add(quality);
                if (html != null) {
                    html.add(doc, quality.coverage());
                }
                quality.diagnostics().forEach((code, n) -> diagnostics.merge(code, n, Integer::sum));
                progress.step();
            }
            if (csv != null) {
                csv.commit();
            }
            if (html != null) {
                html.finish();
            }
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        if (formats.contains(Format.JSONL)) {
            Files.move(jsonlTemp, jsonl, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        List<String> belowCoverage = new ArrayList<>();
        if (minCoverage != null) {
            for (DocumentQuality q : qualities) {
                if (q.coverage() < minCoverage) {
                    belowCoverage.add(q.id());
                    err.println("policy-export: " + q.id() + ": coverage " + q.coverage() + " is below " + minCoverage);
                }
            }
        }
        writeReport(files.size(), qualities, failed, diagnostics, belowCoverage);
        return failed.isEmpty() && belowCoverage.isEmpty() ? 0 : 1;
    }

    private void writeReport(int documents, List<DocumentQuality> qualities, List<Map<String, String>> failed,
                             Map<String, Integer> diagnostics, List<String> belowCoverage) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("documents", documents);
        report.put("succeeded", qualities.size());
        report.put("failed", failed);
        report.put("diagnostics", diagnostics);
        report.put("belowCoverage", belowCoverage);
        report.put("quality", qualities);
        Path temp = out.resolve("report.json.tmp");
        REPORT.writeValue(temp.toFile(), report);
        Files.move(temp, out.resolve("report.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Path> collect(List<Path> paths, PrintWriter err) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ExportCommand::hasInputExtension).sorted().forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
            }
        }
        return files;
    }

    private static boolean hasInputExtension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** A one-line progress display on a terminal; silent otherwise. */
    private static final class Progress {
        private final int total;
        private final boolean enabled;
        private final PrintWriter err;
        private int done;

        Progress(int total, boolean enabled, PrintWriter err) {
            this.total = total;
            this.enabled = enabled;
            this.err = err;
        }

        void step() {
            done++;
            if (enabled) {
                int width = 30;
                int filled = total == 0 ? width : done * width / total;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
                err.flush();
            }
        }

        void done() {
            if (enabled) {
                err.println();
            }
        }
    }

}

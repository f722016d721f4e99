package dev.cnpolicy.examples.export;

import dev.cnpolicy.examples.QuietLogging;
import dev.cnpolicy.examples.html.HtmlExport;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.json.PolicyJson;
import dev.cnpolicy.parser.DocumentIds;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code policy-export}: parses files and folders of policy documents and writes per-document
 * JSON, JSON Lines, CSV tables, HTML pages and a quality report. Parses in parallel with at most
 * {@code --jobs} documents in memory, writes in input order, and writes every file to a temporary
 * name first so an interrupted run leaves no truncated output; {@code report.json} is written last,
 * so a folder without it holds an unfinished run. Document ids come from the path under the input
 * given ({@link DocumentIds}); a file whose id another file of the run already has, even in another
 * case, fails rather than overwrite it. Exit status: 0 all parsed, 1 some failed, fell below
 * {@code --min-coverage}, no input was found or the output could not be written, 2 usage error.
 */
@Command(name = "policy-export", mixinStandardHelpOptions = true, version = "policy-export 0.1.0",
        description = "Parses Chinese policy documents into JSON, JSON Lines, CSV tables and HTML pages.")
public final class ExportCommand implements Callable<Integer> {

    /** The outputs {@code --format} can pick. */
    enum Format { JSON, JSONL, CSV, HTML }

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

    /** Opens every file the run writes; a test puts a full disk here. */
    private final OutputFiles outputFiles;

    ExportCommand(OutputFiles outputFiles) {
        this.outputFiles = outputFiles;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command as {@code main} would, returning the exit status. */
    public static int run(String... args) {
        return run(OutputFiles.DISK, null, args);
    }

    /** Runs the command writing through {@code outputFiles}, and its messages to {@code err} (or stderr when null). */
    static int run(OutputFiles outputFiles, PrintWriter err, String... args) {
        QuietLogging.install();
        CommandLine command = new CommandLine(new ExportCommand(outputFiles)).setCaseInsensitiveEnumValuesAllowed(true);
        if (err != null) {
            command.setErr(err);
        }
        command.setParameterExceptionHandler((e, arguments) -> {
            // one line, not the whole usage: the message says what is wrong and --help the rest
            e.getCommandLine().getErr().println("policy-export: " + e.getMessage() + " (see --help)");
            return CommandLine.ExitCode.USAGE;
        });
        return command.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more");
        }
        if (minCoverage != null && !(minCoverage >= 0 && minCoverage <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--min-coverage must be between 0 and 1, not " + minCoverage);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out " + out + " is a file; it must name a folder");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Input> files = collect(inputs, err);
        if (files.isEmpty()) {
            err.println("policy-export: no documents (" + String.join(", ", EXTENSIONS.stream().sorted().toList())
                    + ") found in " + inputs.stream().map(Path::toString).toList());
            return 1;
        }
        PolicyParser parser = PolicyParser.builder().keepOriginalScript(keepScript).build();
        Path jsonDir = out.resolve("json");
        try {
            Files.createDirectories(out);
            if (formats.contains(Format.JSON)) {
                Files.createDirectories(jsonDir);
            }
            // a report marks a finished run: the old one goes until this run has finished
            Files.deleteIfExists(out.resolve("report.json"));
            OutputFiles.deleteLeftovers(out, jsonDir, out.resolve("csv"));
        } catch (IOException e) {
            err.println("policy-export: cannot write to " + out + ": " + OutputFiles.reason(e));
            return 1;
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
        int written = 0;
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try (OutputStream lines = formats.contains(Format.JSONL) ? outputFiles.create(jsonlTemp) : OutputStream.nullOutputStream();
             CsvTables csv = formats.contains(Format.CSV) ? new CsvTables(out.resolve("csv"), outputFiles) : null) {
            HtmlExport html = formats.contains(Format.HTML) ? new HtmlExport(out.resolve("html")) : null;
            Deque<Future<PolicyDocument>> window = new ArrayDeque<>();
            Deque<Input> windowFiles = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < jobs) {
                    Input input = files.get(next++);
                    window.add(input.clash() != null ? CompletableFuture.failedFuture(new IdTaken(input.clash()))
                            : pool.submit(() -> parser.parse(input.id(), input.file())));
                    windowFiles.add(input);
                }
                Path file = windowFiles.poll().file();
                PolicyDocument doc;
                try {
                    doc = window.poll().get();
                } catch (ExecutionException e) {
                    String reason = e.getCause() instanceof PolicyParseException p ? p.reason()
                            : e.getCause() instanceof IdTaken t ? t.getMessage() : String.valueOf(e.getCause());
                    failed.add(Map.of("file", file.toString(), "error", reason));
                    err.println("policy-export: " + file + ": " + reason);
                    progress.step();
                    continue;
                }
                if (formats.contains(Format.JSON)) {
                    Path target = jsonDir.resolve(doc.id() + ".json");
                    Path temp = jsonDir.resolve(doc.id() + ".json.tmp");
                    try (OutputStream o = outputFiles.create(temp)) {
                        PolicyJson.write(doc, o, jsonOptions);
                    }
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    written++;
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
                if (!formats.contains(Format.JSON)) {
                    written++;
                }
                progress.step();
            }
            if (csv != null) {
                csv.commit();
            }
            if (html != null) {
                html.finish();
            }
        } catch (IOException | UncheckedIOException | JacksonException e) {
            // a full disk, a lost mount: say so in one line and leave nothing that looks finished
            pool.shutdownNow();
            progress.done();
            OutputFiles.deleteLeftovers(out, jsonDir, out.resolve("csv"));
            err.println("policy-export: cannot write to " + out + ": " + OutputFiles.reason(e) + " (" + written + " of "
                    + files.size() + " documents were written" + (formats.contains(Format.JSON) ? " to json/" : "")
                    + "; the unfinished files were removed)");
            return 1;
        } finally {
            pool.shutdownNow();
            progress.done();
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
        try {
            if (formats.contains(Format.JSONL)) {
                Files.move(jsonlTemp, jsonl, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            writeReport(files.size(), qualities, failed, diagnostics, belowCoverage);
        } catch (IOException | UncheckedIOException | JacksonException e) {
            OutputFiles.deleteLeftovers(out, jsonDir, out.resolve("csv"));
            err.println("policy-export: cannot write to " + out + ": " + OutputFiles.reason(e) + " ("
                    + qualities.size() + " of " + files.size() + " documents were written; report.json was not)");
            return 1;
        }
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
        try (OutputStream o = outputFiles.create(temp)) {
            REPORT.writeValue(o, report);
        }
        Files.move(temp, out.resolve("report.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * One input file, the root its id is taken from, its id, and why it cannot have that id
     * ({@code null} when it can).
     */
    private record Input(Path root, Path file, String id, String clash) {
    }

    /** The file's id is already another file's. */
    private static final class IdTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IdTaken(String message) {
            super(message, null, false, false);
        }
    }

    private List<Input> collect(List<Path> paths, PrintWriter err) throws IOException {
        List<Input> files = new ArrayList<>();
        // disks may ignore case: Plan.txt and plan.txt would be one json/plan.json
        Map<String, Path> taken = new HashMap<>();
        for (Path p : paths) {
            List<Path> found = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ExportCommand::hasInputExtension).sorted().forEach(found::add);
                }
            } else if (Files.exists(p)) {
                found.add(p);
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
            }
            for (Path file : found) {
                String id = DocumentIds.of(p, file);
                Path first = taken.putIfAbsent(id.toLowerCase(Locale.ROOT), file);
                String clash = first == null ? null
                        : "its id " + id + " is already the id of " + first + " (ids must differ ignoring case)";
                files.add(new Input(p, file, id, clash));
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
        private boolean finished;

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
            if (enabled && !finished) {
                err.println();
            }
            finished = true;
        }
    }

}

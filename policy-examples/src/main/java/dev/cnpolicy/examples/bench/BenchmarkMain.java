package dev.cnpolicy.examples.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints the figures BENCHMARKS.md records: MB/s of input per thread for
 * the four stages, the ratio of the full parse to the floor, and the scaling series. Run from the
 * project root: {@code java -jar policy-examples/target/benchmarks.jar}. With arguments it is
 * plain JMH ({@code java -jar benchmarks.jar -h} lists JMH's options).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        if (args.length > 0) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        String folder = SeedCorpus.folder().toAbsolutePath().toString();
        long corpusBytes = SeedCorpus.load().totalBytes();
        Options options = new OptionsBuilder()
                .include(ParseBenchmark.class.getName())
                .include(ScalingBenchmark.class.getName())
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .threads(1)
                .jvmArgsAppend("-D" + SeedCorpus.FOLDER_PROPERTY + "=" + folder)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, Double> opsPerSecond = new LinkedHashMap<>();
        Map<Integer, Double> millisPerOp = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            double score = result.getPrimaryResult().getScore();
            if (method.equals("parseConcatenatedTaskSections")) {
                millisPerOp.put(Integer.parseInt(result.getParams().getParam("copies")), score);
            } else {
                opsPerSecond.put(method, score);
            }
        }
        System.out.printf(Locale.ROOT, "%n%d documents, %d bytes, one thread, %s, %s%n",
                SeedCorpus.load().documents().size(), corpusBytes,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-22s %10s %12s%n", "stage", "MB/s", "x floor");
        Double floor = opsPerSecond.get("decodeAndSplitLines");
        for (Map.Entry<String, Double> e : opsPerSecond.entrySet()) {
            double mbPerSecond = e.getValue() * corpusBytes / 1e6;
            double times = floor == null ? Double.NaN : floor / e.getValue();
            System.out.printf(Locale.ROOT, "%-22s %10.1f %12.1f%n", e.getKey(), mbPerSecond, times);
        }
        System.out.printf(Locale.ROOT, "%n%-8s %12s %10s %12s%n", "copies", "input bytes", "ms", "µs per KB");
        for (Map.Entry<Integer, Double> e : millisPerOp.entrySet()) {
            long bytes = ScalingBenchmark.inputBytes(e.getKey());
            System.out.printf(Locale.ROOT, "%-8d %12d %10.2f %12.2f%n", e.getKey(), bytes, e.getValue(),
                    e.getValue() * 1000 / (bytes / 1024.0));
        }
    }
}

package dev.cnpolicy.examples.bench;

import dev.cnpolicy.parser.PolicyParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parses one synthetic document made of the seeds' task sections repeated 1, 10 and 100 times.
 * Linear work shows as a constant time per kilobyte across the three sizes; quadratic work
 * (repeated substring copies, backtracking over the whole text) shows as a time per kilobyte that
 * grows with the size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {

    @Param({"1", "10", "100"})
    public int copies;

    private String text;
    private PolicyParser parser;

    @Setup
    public void setUp() {
        text = SeedCorpus.load().taskSections(copies);
        parser = PolicyParser.create();
    }

    @Benchmark
    public void parseConcatenatedTaskSections(Blackhole blackhole) {
        blackhole.consume(parser.parse("scaling", text));
    }

    /** The input size in UTF-8 bytes for a number of copies, for per-kilobyte figures. */
    static long inputBytes(int copies) {
        return SeedCorpus.load().taskSections(copies).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}

package dev.cnpolicy.examples.bench;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.json.PolicyJson;
import dev.cnpolicy.parser.PolicyParser;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation is one pass over every seed document, so operations per second times the corpus
 * size is MB/s of input per thread. The four benchmarks go from the floor (decode and split lines,
 * what any reader of the bytes must do) to the full job (parse to validated records and write
 * JSON); {@link BenchmarkMain} prints them as MB/s and as a ratio to the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

    private List<byte[]> documents;
    private PolicyParser parser;

    @Setup
    public void setUp() {
        documents = SeedCorpus.load().documents();
        parser = PolicyParser.create();
    }

    /** (a) The floor: UTF-8 decode and line split of the same bytes. */
    @Benchmark
    public void decodeAndSplitLines(Blackhole blackhole) {
        for (byte[] bytes : documents) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            blackhole.consume(text.split("\n", -1));
        }
    }

    /** (b) The text layer alone: charset detection, repairs, script, width, furniture. */
    @Benchmark
    public void textLayer(Blackhole blackhole) {
        for (byte[] bytes : documents) {
            blackhole.consume(parser.normalize("bench", bytes));
        }
    }

    /** (c) The full parse: bytes to validated records. */
    @Benchmark
    public void parse(Blackhole blackhole) {
        for (byte[] bytes : documents) {
            blackhole.consume(parser.parse("bench", bytes));
        }
    }

    /** (d) The full parse and the JSON form, as the export command writes it. */
    @Benchmark
    public void parseAndWriteJson() {
        for (byte[] bytes : documents) {
            PolicyDocument document = parser.parse("bench", bytes);
            PolicyJson.write(document, OutputStream.nullOutputStream());
        }
    }
}

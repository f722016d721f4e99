package dev.cnpolicy.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark input: the seed documents as bytes, read once from the folder named by the system
 * property {@code cnpolicy.seeds} (default {@code seeds}), and synthetic long documents made from
 * their task sections.
 */
final class SeedCorpus {

    /** The system property that names the folder of input documents. */
    static final String FOLDER_PROPERTY = "cnpolicy.seeds";

    private final List<byte[]> documents;
    private final long totalBytes;

    private SeedCorpus(List<byte[]> documents) {
        this.documents = List.copyOf(documents);
        this.totalBytes = documents.stream().mapToLong(d -> d.length).sum();
    }

    /** Reads every {@code *.txt} of the folder that {@link #FOLDER_PROPERTY} names. */
    static SeedCorpus load() {
        Path folder = folder();
        try (Stream<Path> files = Files.list(folder)) {
            List<byte[]> documents = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                documents.add(Files.readAllBytes(file));
            }
            if (documents.isEmpty()) {
                throw new IllegalStateException("no *.txt documents in " + folder.toAbsolutePath()
                        + "; run from the project root or set -D" + FOLDER_PROPERTY + "=DIR");
            }
            return new SeedCorpus(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark documents in " + folder.toAbsolutePath(), e);
        }
    }

    static Path folder() {
        return Path.of(System.getProperty(FOLDER_PROPERTY, "seeds"));
    }

    List<byte[]> documents() {
        return documents;
    }

    long totalBytes() {
        return totalBytes;
    }

    /**
     * A synthetic document: a title line, then the task-bearing part of every seed (from its
     * first {@code 二、} heading on, else from its first {@code 一、}) repeated {@code copies}
     * times, so that its length grows in proportion to {@code copies}.
     */
    String taskSections(int copies) {
        StringBuilder once = new StringBuilder();
        for (byte[] document : documents) {
            String text = new String(document, StandardCharsets.UTF_8);
            int from = lineStartingWith(text, "二、");
            if (from < 0) {
                from = Math.max(0, lineStartingWith(text, "一、"));
            }
            once.append(text, from, text.length()).append('\n');
        }
        StringBuilder all = new StringBuilder("某省重点任务分工方案\n");
        for (int i = 0; i < copies; i++) {
            all.append(once);
        }
        return all.toString();
    }

    private static int lineStartingWith(String text, String prefix) {
        if (text.startsWith(prefix)) {
            return 0;
        }
        int at = text.indexOf("\n" + prefix);
        return at < 0 ? -1 : at + 1;
    }
}

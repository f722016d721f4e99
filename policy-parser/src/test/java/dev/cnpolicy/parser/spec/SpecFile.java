package dev.cnpolicy.parser.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A literate spec in {@code src/test/resources/spec}: a first line naming its harness
 * ({@code <!-- harness: clause -->}), prose, {@code ## } sections, and fenced {@code example} blocks
 * holding input lines, a line with {@code .}, and the expected lines.
 *
 * @param harness  the harness named on the first line
 * @param examples the examples in file order
 */
record SpecFile(String harness, List<Example> examples) {

    /** The first line of a spec file: {@code <!-- harness: indicator -->}. */
    private static final Pattern HARNESS_LINE = Pattern.compile("^<!--\\s*harness:\\s*([a-z-]+)\\s*-->$");

    /** One example: where it stands, its input and what it must give. */
    record Example(String file, int section, String sectionTitle, int number, String input, List<String> expected) {
        @Override
        public String toString() {
            return file + " §" + section + " example " + number + " (" + sectionTitle + ")";
        }
    }

    /** The names of every {@code *.spec.md} in {@code /spec} on the test class path, sorted. */
    static List<String> all() {
        try {
            URL dir = SpecFile.class.getResource("/spec");
            if (dir == null) {
                throw new IllegalStateException("no /spec folder on the test class path");
            }
            try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".spec.md")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SpecFile read(String name) {
        String text;
        try (InputStream in = SpecFile.class.getResourceAsStream("/spec/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing spec file /spec/" + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String first = text.lines().findFirst().orElse("").strip();
        Matcher harness = HARNESS_LINE.matcher(first);
        if (!harness.matches()) {
            throw new IllegalStateException(name + ": the first line must name a harness, e.g. <!-- harness: clause -->; found: "
                    + first);
        }
        List<Example> examples = new ArrayList<>();
        int section = 0;
        String sectionTitle = "";
        int number = 0;
        List<String> block = null;
        for (String line : text.split("\n", -1)) {
            if (block == null && line.startsWith("## ")) {
                section++;
                sectionTitle = line.substring(3).strip();
                number = 0;
            } else if (block == null && line.strip().equals("```example")) {
                block = new ArrayList<>();
            } else if (block != null && line.strip().equals("```")) {
                int dot = block.indexOf(".");
                if (dot < 0) {
                    throw new IllegalStateException(name + " §" + section + ": an example has no '.' line");
                }
                examples.add(new Example(name, section, sectionTitle, ++number, String.join("\n", block.subList(0, dot)),
                        List.copyOf(block.subList(dot + 1, block.size()))));
                block = null;
            } else if (block != null) {
                block.add(line);
            }
        }
        if (examples.isEmpty()) {
            throw new IllegalStateException(name + ": no examples");
        }
        return new SpecFile(harness.group(1), List.copyOf(examples));
    }
}

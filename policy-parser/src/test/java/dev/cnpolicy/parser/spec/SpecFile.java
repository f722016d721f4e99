package dev.cnpolicy.parser.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A literate spec in {@code src/test/resources/spec}: prose, {@code ## } sections, and fenced
 * {@code example} blocks holding input lines, a line with {@code .}, and the expected lines.
 */
final class SpecFile {

    /** One example: where it stands, its input and what it must give. */
    record Example(String file, int section, String sectionTitle, int number, String input, List<String> expected) {
        @Override
        public String toString() {
            return file + " §" + section + " example " + number + " (" + sectionTitle + ")";
        }
    }

    private SpecFile() {
    }

    static List<Example> read(String name) {
        String text;
        try (InputStream in = SpecFile.class.getResourceAsStream("/spec/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing spec file /spec/" + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        return examples;
    }
}

package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic code the parser can emit is listed in docs/json.md, where data teams look codes up. */
class DiagnosticCodesDocumentedTest {

    private static final Pattern EMITTED = Pattern.compile("\\.(?:info|warn|error)\\(\"([A-Z_]+)\"");

    @Test
    void everyEmittedCodeIsDocumented() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = EMITTED.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        String docs = Files.readString(Path.of("..", "docs", "json.md"), StandardCharsets.UTF_8);
        assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(docs).contains("`" + code + "`"));
    }
}

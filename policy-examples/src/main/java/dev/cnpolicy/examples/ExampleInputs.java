package dev.cnpolicy.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the examples share: a file or a folder as the argument, and a usage line when none is given.
 * {@code seeds} gives every {@code .txt} file in it, in name order; {@code seeds/004.txt} gives that file.
 */
final class ExampleInputs {

    private ExampleInputs() {
    }

    /**
     * The files the argument names, or {@code null} after printing {@code usage} when there is no argument.
     *
     * @param args       the command line
     * @param usage      e.g. {@code ListIndicators FILE-OR-FOLDER}
     * @param extensions what a folder is searched for, e.g. {@code .txt}
     * @throws IOException when the folder cannot be listed
     */
    static List<Path> files(String[] args, String usage, String... extensions) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -cp policy-export.jar dev.cnpolicy.examples." + usage);
            return null;
        }
        Path input = Path.of(args[0]);
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return Stream.of(extensions).anyMatch(name::endsWith);
            }).sorted().toList();
        }
    }
}

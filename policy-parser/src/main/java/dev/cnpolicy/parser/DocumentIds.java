package dev.cnpolicy.parser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Document ids derived from where a file lies under the folder a run was given, so that two
 * {@code index.html} files in different folders stay two documents and a rerun gives the same ids.
 *
 * <p>The rule: take the path relative to the input root; drop the last extension of the file
 * name; join the folder names and the file name with {@code "__"}; replace every character that is
 * not a letter, a digit, {@code -}, {@code _} or {@code .} with {@code _}. A file given directly
 * (its root is its own folder) keeps its file name without extension as its id, as before:
 * {@code gov/2023/index.html} under {@code gov} is {@code 2023__index}, {@code 规划 (终稿).txt} is
 * {@code 规划__终稿_}.
 */
public final class DocumentIds {
    /** Joins the folder names and the file name of a relative path. */
    public static final String SEPARATOR = "__";

    private DocumentIds() {
    }

    /**
     * The id of {@code file} found under {@code root}.
     *
     * @param root the folder the run was given, or the file itself when a file was given
     * @param file the file, under {@code root}
     */
    public static String of(Path root, Path file) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(file, "file");
        Path relative = file.equals(root) || !file.startsWith(root) ? file.getFileName() : root.relativize(file);
        if (relative == null) {
            relative = file;
        }
        List<String> parts = new ArrayList<>();
        for (Path part : relative) {
            parts.add(part.toString());
        }
        return fromParts(parts);
    }

    /**
     * The id of a path relative to the input root, written with {@code /} (or the platform's
     * separator) between folder names, for callers that hold paths as strings (a Spark job).
     */
    public static String fromRelativePath(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        List<String> parts = new ArrayList<>();
        for (String part : relativePath.split("[/\\\\]+")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no file name in path: '" + relativePath + "'");
        }
        return fromParts(parts);
    }

    private static String fromParts(List<String> parts) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String part = i == parts.size() - 1 ? withoutExtension(parts.get(i)) : parts.get(i);
            if (i > 0) {
                id.append(SEPARATOR);
            }
            id.append(safe(part));
        }
        return id.toString();
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String safe(String part) {
        StringBuilder out = new StringBuilder(part.length());
        part.codePoints().forEach(c -> out.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_'));
        String s = out.toString();
        return s.isEmpty() || s.chars().allMatch(c -> c == '.') ? s.replace('.', '_') + "_" : s;
    }
}

package dev.cnpolicy.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One input of a run (a file, a folder or a glob such as {@code crawl/2024-??/*.html}) and the
 * root its document ids are taken from: the folder itself, a file's own folder, or for a glob the
 * folder before the first glob character ({@code crawl} in the example).
 *
 * @param input     the input as given, for {@code DataFrameReader.load}
 * @param root      the fully qualified root, as Spark writes paths ({@code file:/data/crawl})
 * @param plainFile whether the input names one file (read whatever its extension)
 */
record InputPath(String input, String root, boolean plainFile) {

    /** The characters that make a Hadoop path a glob pattern. */
    private static final String GLOB_CHARACTERS = "*?[{";

    InputPath {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(root, "root");
    }

    /** An input that names nothing: a usage error, exit status 2 on the command line. */
    static final class NoSuchInputException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NoSuchInputException(String message) {
            super(message);
        }
    }

    /**
     * Resolves an input on the file system it names.
     *
     * @throws NoSuchInputException when nothing exists at {@code input} or no file matches it
     */
    static InputPath resolve(String input, Configuration conf) {
        Objects.requireNonNull(input, "input");
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            int glob = firstGlobCharacter(input);
            if (glob >= 0) {
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new NoSuchInputException("no file matches: " + input);
                }
                int slash = input.lastIndexOf('/', glob);
                Path root = slash < 0 ? fs.getWorkingDirectory() : new Path(input.substring(0, slash + 1));
                return new InputPath(input, fs.makeQualified(root).toString(), false);
            }
            if (!fs.exists(path)) {
                throw new NoSuchInputException("no such file or folder: " + input);
            }
            Path qualified = fs.makeQualified(path);
            if (fs.getFileStatus(path).isDirectory()) {
                return new InputPath(input, qualified.toString(), false);
            }
            Path parent = qualified.getParent();
            return new InputPath(input, parent == null ? qualified.toString() : parent.toString(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input " + input + ": " + e.getMessage(), e);
        }
    }

    /**
     * The path of {@code file} (as Spark's {@code binaryFile} source gives it) relative to a root,
     * or its file name when it does not lie under the root.
     */
    static String relativePath(String root, String file) {
        String prefix = root.endsWith("/") ? root : root + "/";
        if (file.startsWith(prefix) && file.length() > prefix.length()) {
            return file.substring(prefix.length());
        }
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static int firstGlobCharacter(String input) {
        for (int i = 0; i < input.length(); i++) {
            if (GLOB_CHARACTERS.indexOf(input.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

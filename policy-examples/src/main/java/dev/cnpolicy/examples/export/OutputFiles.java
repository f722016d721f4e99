package dev.cnpolicy.examples.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the files an export writes: the disk itself, or in tests a disk that fills up after so
 * many bytes. Also removes the temporary files ({@code *.tmp}) an unfinished run leaves.
 */
@FunctionalInterface
interface OutputFiles {

    /** Files on the disk. */
    OutputFiles DISK = file -> Files.newOutputStream(file);

    /**
     * A new file, replacing one of that name.
     *
     * @throws IOException when it cannot be created
     */
    OutputStream create(Path file) throws IOException;

    /** Deletes the {@code *.tmp} files directly inside each of these folders; missing folders are skipped. */
    static void deleteLeftovers(Path... folders) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "*.tmp")) {
                for (Path temp : temps) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                // best effort: a folder that cannot be listed has nothing this run could remove
            }
        }
    }

    /**
     * Why a write failed, in words for one line: {@code no space left on the device} for a full
     * disk (Linux says {@code No space left on device}, Windows {@code There is not enough space
     * on the disk}), else the deepest message of the cause chain.
     */
    static String reason(Throwable failure) {
        String deepest = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t instanceof FileSystemException f && f.getReason() != null ? f.getReason() : t.getMessage();
            if (message == null) {
                continue;
            }
            String lower = message.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk full")) {
                return "no space left on the device";
            }
            deepest = t instanceof FileSystemException f ? f.getMessage() : message;
        }
        return deepest == null ? failure.getClass().getSimpleName() : deepest;
    }
}

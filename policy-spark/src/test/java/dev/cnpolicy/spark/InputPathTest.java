package dev.cnpolicy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPathTest {

    private static final Configuration CONF = new Configuration();

    @TempDir
    Path temp;

    @Test
    void aFolderIsItsOwnRoot() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("crawl"));
        InputPath input = InputPath.resolve(dir.toString(), CONF);
        assertThat(input.root()).isEqualTo("file:" + dir);
        assertThat(input.plainFile()).isFalse();
    }

    @Test
    void aFileHasItsFolderAsRoot() throws IOException {
        Path file = Files.writeString(Files.createDirectories(temp.resolve("a")).resolve("index.html"), "x");
        InputPath input = InputPath.resolve(file.toString(), CONF);
        assertThat(input.root()).isEqualTo("file:" + temp.resolve("a"));
        assertThat(input.plainFile()).isTrue();
    }

    @Test
    void aGlobHasTheFolderBeforeItsFirstGlobCharacterAsRoot() throws IOException {
        Files.writeString(Files.createDirectories(temp.resolve("crawl/2024-01")).resolve("a.html"), "x");
        InputPath input = InputPath.resolve(temp + "/crawl/2024-??/*.html", CONF);
        assertThat(input.root()).isEqualTo("file:" + temp.resolve("crawl"));
    }

    @Test
    void relativePathsAreTakenUnderTheRootElseTheFileNameStands() {
        assertThat(InputPath.relativePath("file:/data/crawl", "file:/data/crawl/gov/2023/index.html"))
                .isEqualTo("gov/2023/index.html");
        assertThat(InputPath.relativePath("file:/data/crawl/", "file:/data/crawl/a.txt")).isEqualTo("a.txt");
        assertThat(InputPath.relativePath("file:/data/crawl", "file:/data/crawler/a.txt")).isEqualTo("a.txt");
    }
}

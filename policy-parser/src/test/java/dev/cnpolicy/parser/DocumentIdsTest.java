package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentIdsTest {
    private final Path root = Path.of("crawl");

    @Test
    void aFileDirectlyUnderTheRootKeepsItsNameWithoutExtension() {
        assertThat(DocumentIds.of(root, root.resolve("001_plan.txt"))).isEqualTo("001_plan");
        assertThat(DocumentIds.of(Path.of("a/b.txt"), Path.of("a/b.txt"))).isEqualTo("b");
    }

    @Test
    void sameFileNameInTwoFoldersGivesTwoIds() {
        String a = DocumentIds.of(root, root.resolve("gov/2023/index.html"));
        String b = DocumentIds.of(root, root.resolve("gov/2024/index.html"));
        assertThat(a).isEqualTo("gov__2023__index");
        assertThat(b).isEqualTo("gov__2024__index");
    }

    @Test
    void unsafeCharactersBecomeUnderscores() {
        assertThat(DocumentIds.of(root, root.resolve("规划 (终稿).txt"))).isEqualTo("规划__终稿_");
        assertThat(DocumentIds.fromRelativePath("a b/c:d.htm")).isEqualTo("a_b__c_d");
    }

    @Test
    void stringPathsGiveTheSameIdsAsPaths() {
        assertThat(DocumentIds.fromRelativePath("gov/2023/index.html"))
                .isEqualTo(DocumentIds.of(root, root.resolve("gov/2023/index.html")));
        assertThatThrownBy(() -> DocumentIds.fromRelativePath("//")).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.validation.PolicyValidator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated and hostile inputs: the parser never throws anything but {@link PolicyParseException},
 * and what it returns validates (spans inside {@code text}). The number of generated inputs per
 * kind is {@code cnpolicy.tries} (default 300; the {@code stress} profile runs 25,000 per kind).
 *
 * <p>These are property tests written with seeded generators rather than jqwik: jqwik runs on
 * JUnit Platform 1.x only, and this build uses JUnit 6.
 */
class RobustnessTest {

    private static final PolicyParser PARSER = PolicyParser.create();
    private static final int TRIES = Integer.getInteger("cnpolicy.tries", 300);
    private static final String MARKERS = "一二三四五六七八九十（）()、。，；：〔〕【】《》1234567890.%年月日牵头配合负责省市局厅委"
            + "责任单位部门达到以上以下左右增长“”?\n\n\n";

    @Test
    void randomUnicodeNeverBreaksTheParser() {
        Random random = new Random(1);
        for (int i = 0; i < TRIES; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(400);
            for (int k = 0; k < n; k++) {
                s.appendCodePoint(random.nextInt(0x2FFFF) + 1);
            }
            check("unicode-" + i, s.toString());
        }
    }

    @Test
    void randomCjkWithBracketsAndMarkersNeverBreaksTheParser() {
        Random random = new Random(2);
        for (int i = 0; i < TRIES; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(600);
            for (int k = 0; k < n; k++) {
                s.append(random.nextInt(4) == 0 ? (char) (0x4E00 + random.nextInt(0x5000))
                        : MARKERS.charAt(random.nextInt(MARKERS.length())));
            }
            check("cjk-" + i, s.toString());
        }
    }

    @Test
    void damagedSeedsNeverBreakTheParser() throws IOException {
        Random random = new Random(3);
        List<List<String>> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path f : files.sorted().toList()) {
                seeds.add(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        for (int i = 0; i < TRIES; i++) {
            List<String> lines = new ArrayList<>(seeds.get(i % seeds.size()));
            int edits = 1 + random.nextInt(8);
            for (int e = 0; e < edits && !lines.isEmpty(); e++) {
                int at = random.nextInt(lines.size());
                switch (random.nextInt(3)) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                    default -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
                }
            }
            byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            if (i % 2 == 0 && bytes.length > 0) {
                for (int flips = random.nextInt(5); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            check("damaged-" + i, bytes);
        }
    }

    @Test
    void hostileInputsAreReadOrRejectedWithTheDocumentedException() {
        int lineLength = Integer.getInteger("cnpolicy.longLine", 2_000_000);
        check("long-line", "一、".repeat(lineLength / 2));
        check("nested", "（".repeat(100_000) + "省财政厅负责" + "）".repeat(10));
        check("utf16-no-bom", "一、总体要求\n1.推进数字化。（省数据局负责）".getBytes(StandardCharsets.UTF_16LE));
        PolicyDocument gb = PARSER.parse("gb", "一、重点任务\n1.推进数字化。（省数据局负责）".getBytes(Charset.forName("GB18030")));
        assertThat(gb.tasks()).singleElement().satisfies(t -> assertThat(t.responsibility()).isNotNull());
        assertThatThrownBy(() -> PARSER.parse("empty", new byte[0])).isInstanceOf(PolicyParseException.class)
                .hasMessageContaining("empty");
        byte[] png = new byte[2048];
        new Random(4).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
        assertThatThrownBy(() -> PARSER.parse("image.png", png)).isInstanceOf(PolicyParseException.class)
                .hasMessageStartingWith("image.png: ");
        assertThatThrownBy(() -> PolicyParser.builder().maxInputBytes(10).build().parse("big", new byte[11]))
                .isInstanceOf(PolicyParseException.class).hasMessageContaining("too large");
    }

    private static void check(String id, String text) {
        PolicyDocument doc = PARSER.parse(id, text);
        assertThat(PolicyValidator.validate(doc)).as(id).isEmpty();
    }

    private static void check(String id, byte[] bytes) {
        try {
            PolicyDocument doc = PARSER.parse(id, bytes);
            assertThat(PolicyValidator.validate(doc)).as(id).isEmpty();
        } catch (PolicyParseException expected) {
            assertThat(expected.getMessage()).startsWith(id + ": ");
        }
    }
}

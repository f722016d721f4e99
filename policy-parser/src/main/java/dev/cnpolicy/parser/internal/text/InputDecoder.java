package dev.cnpolicy.parser.internal.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns bytes into text: a BOM wins; otherwise strict UTF-8; otherwise whichever of GB18030,
 * Big5 and (for NUL-bearing input) UTF-16 decodes cleanly and reads most like Chinese prose by
 * {@link CharFrequencies}. Binary input is rejected.
 */
final class InputDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** Share of control characters above which decoded text is taken to be binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** Share of undecodable bytes a damaged file may have and still be read. */
    private static final double MAX_REPLACED_SHARE = 0.02;

    private final CharFrequencies frequencies;

    public InputDecoder(CharFrequencies frequencies) {
        this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
    }

    /**
     * Decodes {@code bytes}, naming {@code input} in any error.
     *
     * @throws UnreadableInputException for empty, binary or undecodable input
     */
    public DecodedInput decode(String input, byte[] bytes) {
        return decode(input, bytes, null);
    }

    /**
     * Decodes {@code bytes}, trying {@code declared} (from an HTML meta tag) first when given.
     *
     * @throws UnreadableInputException for empty, binary or undecodable input
     */
    public DecodedInput decode(String input, byte[] bytes, @Nullable Charset declared) {
        if (bytes.length == 0) {
            throw new UnreadableInputException(input, "empty input (0 bytes)");
        }
        DecodedInput bom = decodeWithBom(bytes);
        if (bom != null) {
            return checked(input, bom);
        }
        if (declared != null) {
            String text = strict(bytes, 0, declared);
            if (text != null) {
                return checked(input, new DecodedInput(text, declared.name()));
            }
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(input, new DecodedInput(utf8, "UTF-8"));
        }
        List<DecodedInput> candidates = new ArrayList<>();
        if (hasNul(bytes)) {
            addIfClean(candidates, bytes, StandardCharsets.UTF_16LE);
            addIfClean(candidates, bytes, StandardCharsets.UTF_16BE);
        }
        addIfClean(candidates, bytes, GB18030);
        addIfClean(candidates, bytes, BIG5);
        if (candidates.isEmpty()) {
            // a few damaged bytes: take the charset that loses least, if it loses little
            for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030, BIG5)) {
                String text = lenient(bytes, 0, charset);
                if (replacements(text) <= MAX_REPLACED_SHARE * text.length()) {
                    candidates.add(new DecodedInput(text, charset.name()));
                }
            }
        }
        DecodedInput best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (DecodedInput candidate : candidates) {
            double score = frequencies.meanScore(sample(candidate.text()));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new UnreadableInputException(input, "undecodable input: not UTF-8, GB18030, Big5 or UTF-16");
        }
        return checked(input, best);
    }

    private static int replacements(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                n++;
            }
        }
        return n;
    }

    private static @Nullable DecodedInput decodeWithBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new DecodedInput(lenient(b, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new DecodedInput(lenient(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new DecodedInput(lenient(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    private DecodedInput checked(String input, DecodedInput decoded) {
        String text = decoded.text();
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new UnreadableInputException(input, "binary input (NUL characters after decoding as "
                        + decoded.charset() + ")");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > MAX_CONTROL_SHARE * text.length() + 2) {
            throw new UnreadableInputException(input, "binary input (" + control + " control characters)");
        }
        return decoded;
    }

    private static void addIfClean(List<DecodedInput> candidates, byte[] bytes, Charset charset) {
        String text = strict(bytes, 0, charset);
        if (text != null) {
            candidates.add(new DecodedInput(text, charset.name()));
        }
    }

    private static String sample(String text) {
        return text.length() <= 20_000 ? text : text.substring(0, 20_000);
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}

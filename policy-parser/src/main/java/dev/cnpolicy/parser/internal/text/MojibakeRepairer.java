package dev.cnpolicy.parser.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Objects;

/**
 * Repairs GBK/GB18030 text that lost its byte alignment: one byte dropped (shown as {@code ?}),
 * so every following pair was read across two characters until an ASCII byte resynchronised the
 * stream. {@code ?!彩≈R產權局} was {@code 。〔省知識產權局}.
 *
 * <p>For each {@code ?} followed by non-ASCII text, the garbled run is re-encoded as GB18030 and
 * decoded again with each possible lead byte in front; an ASCII character in the run is tried both
 * as the raw byte that ends the run and as a full-width character that a site narrowed
 * ({@code ！} shown as {@code !}). A realignment is accepted only when it reads better by
 * {@link CharFrequencies}. Work per {@code ?} is bounded by {@link #MAX_RUN}.
 */
final class MojibakeRepairer {

    /** The longest garbled run looked at after one {@code ?}. */
    static final int MAX_RUN = 64;
    /** How much better, in summed log probability, a repair must read to be taken. */
    private static final double MIN_GAIN = 6.0;
    /** The lowest mean log probability a repair may have. */
    private static final double MIN_MEAN = -10.5;

    private static final char[] PAIR_TO_CHAR = pairTable();
    private static final char[] CHAR_TO_PAIR = reverse(PAIR_TO_CHAR);

    private final CharFrequencies frequencies;

    MojibakeRepairer(CharFrequencies frequencies) {
        this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
    }

    /**
     * The text with every repairable run repaired; the decoded-input offset of each repair is
     * added to {@code repairedAt}.
     */
    MappedText repair(MappedText in, List<Integer> repairedAt) {
        String text = in.text();
        if (text.indexOf('?') < 0) {
            return in;
        }
        MappedText.Builder out = null;
        int copied = 0;
        int i = text.indexOf('?');
        while (i >= 0 && i + 1 < text.length()) {
            Candidate best = isTrigger(text, i) ? best(text, i) : null;
            if (best == null) {
                i = text.indexOf('?', i + 1);
                continue;
            }
            if (out == null) {
                out = in.edit();
            }
            out.copy(copied, i);
            out.replace(best.repaired, i, best.end);
            repairedAt.add(in.originOf(i));
            copied = best.end;
            i = text.indexOf('?', best.end);
        }
        if (out == null) {
            return in;
        }
        out.copy(copied, text.length());
        return out.build();
    }

    private static boolean isTrigger(String text, int q) {
        char next = text.charAt(q + 1);
        if (next >= 0x80) {
            return !Character.isWhitespace(next);
        }
        return q + 2 < text.length() && isPunctuation(next) && text.charAt(q + 2) >= 0x80;
    }

    private Candidate best(String text, int q) {
        int limit = Math.min(text.length(), q + 1 + MAX_RUN);
        int lineEnd = text.indexOf('\n', q);
        if (lineEnd >= 0 && lineEnd < limit) {
            limit = lineEnd;
        }
        Candidate best = null;
        StringBuilder out = new StringBuilder(MAX_RUN);
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            out.setLength(0);
            int pending = lead;
            int j = q + 1;
            for (; j < limit; j++) {
                char c = text.charAt(j);
                if (c < 0x80) {
                    char synced = pair(pending, c);
                    if (synced != 0) {
                        best = better(best, text, q, j + 1, out.toString() + synced);
                    }
                    if (c <= 0x20 || c == 0x7F || pair(pending, 0xA3) == 0) {
                        break;
                    }
                    out.append(pair(pending, 0xA3));
                    pending = c | 0x80;
                } else {
                    char code = CHAR_TO_PAIR[c];
                    char decoded = code == 0 ? 0 : pair(pending, code >> 8);
                    if (decoded == 0) {
                        break;
                    }
                    out.append(decoded);
                    pending = code & 0xFF;
                }
            }
            if (out.length() > 0 && (j == limit || text.charAt(j) >= 0x80)) {
                // the run ends without an ASCII byte to resynchronise: the pending byte is lost
                best = better(best, text, q, j, out.toString());
            }
        }
        return best;
    }

    private Candidate better(Candidate best, String text, int from, int to, String repaired) {
        double before = 0;
        for (int k = from; k < to; k++) {
            before += frequencies.score(text.charAt(k));
        }
        double after = 0;
        for (int k = 0; k < repaired.length(); k++) {
            char c = repaired.charAt(k);
            if (CharFrequencies.isGarbage(c)) {
                return best;
            }
            after += frequencies.score(c);
        }
        double gain = after - before;
        if (gain < MIN_GAIN || after / repaired.length() < MIN_MEAN) {
            return best;
        }
        return best == null || gain > best.gain ? new Candidate(repaired, to, gain) : best;
    }

    private static char pair(int lead, int trail) {
        return PAIR_TO_CHAR[((lead & 0xFF) << 8) | (trail & 0xFF)];
    }

    private static boolean isPunctuation(char c) {
        return c > 0x20 && c < 0x7F && !Character.isLetterOrDigit(c);
    }

    private static char[] pairTable() {
        char[] table = new char[65536];
        CharsetDecoder decoder = Charset.forName("GB18030").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] bytes = new byte[2];
        CharBuffer out = CharBuffer.allocate(4);
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                bytes[0] = (byte) lead;
                bytes[1] = (byte) trail;
                decoder.reset();
                out.clear();
                CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
                if (!result.isError()) {
                    decoder.flush(out);
                    if (out.position() == 1 && out.get(0) != '\uFFFD') {
                        table[(lead << 8) | trail] = out.get(0);
                    }
                }
            }
        }
        return table;
    }

    private static char[] reverse(char[] pairs) {
        char[] table = new char[65536];
        for (int code = 0; code < pairs.length; code++) {
            char c = pairs[code];
            if (c != 0 && table[c] == 0) {
                table[c] = (char) code;
            }
        }
        // Older GBK decoders (GB18030-2000, CP936) gave these codes private-use characters that
        // GB18030-2005 maps elsewhere; garbled text made by such a decoder still holds them.
        table[0xE7C7] = 0xA8BC;
        for (int trail = 0x8A; trail <= 0x95; trail++) {
            table[0xE7E8 + trail - 0x8A] = (char) (0xA900 | trail);
        }
        return table;
    }

    private record Candidate(String repaired, int end, double gain) {
    }
}

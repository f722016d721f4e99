package dev.cnpolicy.parser.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * How typical each character is of Chinese policy prose, as a log probability, learned from clean
 * text ({@code char-frequency.tsv}, made by {@code CharFrequencyTableGenerator}). Used to choose
 * between decodings and to accept a mojibake repair only when it reads better.
 */
public final class CharFrequencies {

    private static final String RESOURCE = "char-frequency.tsv";
    /** Score of a private-use, box-drawing or replacement character: worse than any unseen one. */
    private static final float GARBAGE = -30f;

    private final float[] logProbability = new float[65536];

    private CharFrequencies(int[] counts, long total) {
        double denominator = total + 65536.0;
        for (int c = 0; c < counts.length; c++) {
            logProbability[c] = (float) Math.log((counts[c] + 1) / denominator);
        }
        for (int c = 0; c < 0x80; c++) {
            logProbability[c] = (float) Math.log(Math.max(counts[c], total / 200 + 1) / denominator);
        }
        for (int c = 0xE000; c <= 0xF8FF; c++) {
            logProbability[c] = GARBAGE;
        }
        for (int c = 0x2500; c <= 0x257F; c++) {
            logProbability[c] = GARBAGE;
        }
        logProbability[0xFFFD] = GARBAGE;
        // the ideographic space opens most paragraphs of GBK text: as typical as a full stop
        logProbability[0x3000] = logProbability['。'];
        logProbability['?'] = GARBAGE / 2;
    }

    /** The table shipped with the parser. */
    public static CharFrequencies load() {
        try (InputStream in = CharFrequencies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            int[] counts = new int[65536];
            long total = 0;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab != 1) {
                    continue;
                }
                int count = Integer.parseInt(line.substring(tab + 1));
                counts[line.charAt(0)] += count;
                total += count;
            }
            return new CharFrequencies(counts, total);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Log probability of one char. */
    public float score(char c) {
        return logProbability[c];
    }

    /** Mean log probability of the non-whitespace chars of {@code text} in {@code from..to}. */
    public double meanScore(CharSequence text, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                sum += logProbability[c];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Mean log probability of all of {@code text}. */
    public double meanScore(CharSequence text) {
        return meanScore(text, 0, text.length());
    }

    /** Whether {@code c} is a private-use, box-drawing or replacement character. */
    public static boolean isGarbage(char c) {
        return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0x2500 && c <= 0x257F) || c == 0xFFFD;
    }
}

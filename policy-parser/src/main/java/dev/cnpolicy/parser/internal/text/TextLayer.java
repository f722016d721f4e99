package dev.cnpolicy.parser.internal.text;

import dev.cnpolicy.model.Repair;
import dev.cnpolicy.model.Script;
import dev.cnpolicy.parser.internal.diagnostics.Diagnostics;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bytes or a string in, one clean {@link NormalizedText} out: decode (or extract HTML), repair
 * misaligned GBK, remove pinyin glosses, convert to simplified script, normalise width and
 * spacing, join lines a PDF wrapped at a fixed width, and mark web-page furniture lines. Stateless and thread-safe.
 *
 * <p>The later stages always read the simplified text, so keeping the original script changes only
 * the text given back ({@link TextResult#givenBack()}), never what is extracted.
 */
public final class TextLayer {

    /** Repair kind names as reported in {@code source.repairs}. */
    public static final String MOJIBAKE_REALIGNED = "MOJIBAKE_REALIGNED";
    public static final String PINYIN_GLOSS_REMOVED = "PINYIN_GLOSS_REMOVED";
    public static final String SCRIPT_CONVERTED = "TRADITIONAL_TO_SIMPLIFIED";
    public static final String LINE_WRAPS_JOINED = "LINE_WRAPS_JOINED";
    public static final String GLUED_HEADINGS_SPLIT = "GLUED_HEADINGS_SPLIT";
    public static final String CRAWLED_LINES_SPLIT = "CRAWLED_LINES_SPLIT";

    private final InputDecoder decoder;
    private final MojibakeRepairer mojibake;
    private final boolean keepScript;

    public TextLayer(CharFrequencies frequencies, boolean keepScript) {
        Objects.requireNonNull(frequencies, "frequencies");
        this.decoder = new InputDecoder(frequencies);
        this.mojibake = new MojibakeRepairer(frequencies);
        this.keepScript = keepScript;
    }

    /** Reads bytes; {@code html} forces HTML extraction, else HTML is sniffed. */
    public TextResult read(String input, byte[] bytes, boolean html, Diagnostics diagnostics) {
        boolean isHtml = html || HtmlTextExtractor.looksLikeHtml(bytes);
        Charset declared = isHtml ? HtmlTextExtractor.declaredCharset(bytes) : null;
        DecodedInput decoded = decoder.decode(input, bytes, declared);
        String text = isHtml ? HtmlTextExtractor.extract(decoded.text()) : decoded.text();
        return normalize(text, decoded.charset(), diagnostics);
    }

    /** Reads a string that is already decoded. */
    public TextResult read(String text, Diagnostics diagnostics) {
        return normalize(text, "UTF-16", diagnostics);
    }

    private TextResult normalize(String decoded, String charset, Diagnostics diagnostics) {
        List<Repair> repairs = new ArrayList<>();
        MappedText text = MappedText.identity(decoded);

        List<Integer> realigned = new ArrayList<>();
        text = mojibake.repair(text, realigned);
        if (!realigned.isEmpty()) {
            repairs.add(new Repair(MOJIBAKE_REALIGNED, realigned.size()));
        }
        text = counted(PinyinGlossRemover.remove(text), PINYIN_GLOSS_REMOVED, repairs);
        Script script = ScriptConverter.detect(text.text());
        MappedText beforeConversion = null;
        MappedText converted = null;
        if (script != Script.SIMPLIFIED) {
            beforeConversion = text;
            text = ScriptConverter.toSimplified(text);
            converted = text;
            if (!keepScript) {
                repairs.add(new Repair(SCRIPT_CONVERTED, 1));
            }
        }
        text = WidthNormalizer.normalize(text);
        text = counted(LineWrapJoiner.join(text), LINE_WRAPS_JOINED, repairs);
        text = counted(CrawledLineSplitter.split(text), CRAWLED_LINES_SPLIT, repairs);
        text = counted(GluedHeadingSplitter.split(text), GLUED_HEADINGS_SPLIT, repairs);

        NormalizedText normalized = new NormalizedText(text);
        for (int at : realigned) {
            int index = normalized.indexOfInput(at);
            diagnostics.info("MOJIBAKE_REPAIRED", "realigned GBK bytes that had lost a byte",
                    normalized.span(index, Math.min(normalized.text().length(), index + 1)));
        }
        reportGarbage(normalized, diagnostics);
        String givenBack = keepScript && converted != null
                ? ScriptConverter.restoreOriginal(beforeConversion, converted, text)
                : normalized.text();
        return new TextResult(normalized, charset, script, repairs, givenBack);
    }

    /** The text after a repair pass, noting how many places it changed when it changed any. */
    private static MappedText counted(Repaired pass, String kind, List<Repair> repairs) {
        if (pass.count() > 0) {
            repairs.add(new Repair(kind, pass.count()));
        }
        return pass.text();
    }

    private static void reportGarbage(NormalizedText text, Diagnostics diagnostics) {
        String s = text.text();
        int i = 0;
        while (i < s.length()) {
            if (!CharFrequencies.isGarbage(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && end - i < 40 && s.charAt(end) != '\n'
                    && (CharFrequencies.isGarbage(s.charAt(end)) || s.charAt(end) >= 0x80)) {
                end++;
            }
            diagnostics.warn("UNREPAIRED_MOJIBAKE", "characters that look like damaged encoding were left as they are",
                    text.span(i, end));
            i = Math.max(end, i + 1);
        }
    }
}

package dev.cnpolicy.parser;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.validation.PolicyValidator;
import dev.cnpolicy.model.validation.Violation;
import dev.cnpolicy.parser.internal.DocumentAssembler;
import dev.cnpolicy.parser.internal.text.UnreadableInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads Chinese policy documents (plain text or HTML, UTF-8, GB18030, Big5 or UTF-16) into
 * validated {@link PolicyDocument}s.
 *
 * <pre>{@code
 * PolicyParser parser = PolicyParser.create();
 * PolicyDocument doc = parser.parse(Path.of("seeds/004_77ef637a5b3fa8c7.txt"));
 * doc.tasks().forEach(t -> System.out.println(t.number() + " " + t.title()));
 * }</pre>
 *
 * <p>Thread-safe and reusable: build one and share it. Malformed text never throws; what the
 * parser skipped or guessed is in {@link PolicyDocument#diagnostics()}. Only input that cannot be
 * read at all (empty, binary, undecodable, over {@link Builder#maxInputBytes}) raises a
 * {@link PolicyParseException} naming the input and the reason.
 */
public final class PolicyParser {

    /** Default upper bound on input size: 64 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 64L << 20;

    private final long maxInputBytes;
    private final DocumentAssembler assembler;

    private PolicyParser(Builder builder) {
        this.maxInputBytes = builder.maxInputBytes;
        this.assembler = new DocumentAssembler(builder.keepOriginalScript);
    }

    /** A parser with default options. */
    public static PolicyParser create() {
        return builder().build();
    }

    /** A builder for a parser with options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a file, detecting its charset; {@code .htm} and {@code .html} files (and files that
     * start like HTML) have their text extracted first. The document id is the file name without
     * extension.
     *
     * @throws PolicyParseException when the file cannot be read or is not a readable document
     */
    public PolicyDocument parse(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return parse(idOf(name), file);
    }

    /**
     * Parses a file as {@link #parse(Path)} does, under the given id: for callers that read many
     * folders and derive unique ids from paths ({@link DocumentIds}).
     *
     * @throws PolicyParseException when the file cannot be read or is not a readable document
     */
    public PolicyDocument parse(String id, Path file) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            checkSize(name, size);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PolicyParseException(name, "cannot read file: " + e, e);
        }
        return parse(id, name, bytes);
    }

    /**
     * Parses bytes read elsewhere (an object store, a Spark {@code binaryFile} row) as
     * {@link #parse(Path)} parses a file: the source name's extension ({@code .htm}, {@code .html})
     * decides whether text is first extracted from HTML, and the charset is detected.
     *
     * @param id         the document id
     * @param sourceName the file name, kept as {@code source.name}
     * @param bytes      the input
     * @throws PolicyParseException when the bytes are not a readable document
     */
    public PolicyDocument parse(String id, String sourceName, byte[] bytes) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(bytes, "bytes");
        checkSize(sourceName, bytes.length);
        String lower = sourceName.toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".htm") || lower.endsWith(".html");
        return readable(sourceName, () -> validated(assembler.assemble(id, sourceName, bytes, html)));
    }

    /**
     * Parses bytes, detecting their charset.
     *
     * @param id    the document id, also used as source name
     * @param bytes the input
     * @throws PolicyParseException when the bytes are not a readable document
     */
    public PolicyDocument parse(String id, byte[] bytes) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bytes, "bytes");
        checkSize(id, bytes.length);
        return readable(id, () -> validated(assembler.assemble(id, id, bytes, false)));
    }

    /**
     * Parses text that is already decoded.
     *
     * @param id   the document id, also used as source name
     * @param text the document text
     */
    public PolicyDocument parse(String id, String text) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        return readable(id, () -> validated(assembler.assemble(id, text)));
    }

    /**
     * Only the text layer: decodes the bytes and returns the normalised text that a parse of the
     * same bytes would put in {@link PolicyDocument#text()} (repaired, simplified unless the
     * parser keeps the script, width-normalised). For users who want clean text without the
     * extraction, and for measuring the text layer on its own.
     *
     * @param id    names the input in an exception
     * @param bytes the input
     * @throws PolicyParseException when the bytes are not a readable document
     */
    public String normalize(String id, byte[] bytes) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bytes, "bytes");
        checkSize(id, bytes.length);
        return readable(id, () -> assembler.normalize(id, bytes));
    }

    /** Runs a parse, turning the text layer's unreadable-input failure into the public exception. */
    private static <T> T readable(String input, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (UnreadableInputException e) {
            throw new PolicyParseException(e.input(), e.reason(), e);
        }
    }

    private void checkSize(String input, long size) {
        if (size > maxInputBytes) {
            throw new PolicyParseException(input, "too large: " + size + " bytes, the limit is " + maxInputBytes);
        }
    }

    private static PolicyDocument validated(PolicyDocument document) {
        List<Violation> violations = PolicyValidator.validate(document);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("parser produced an invalid document " + document.id()
                    + " (please report this): " + violations);
        }
        return document;
    }

    private static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Options for a {@link PolicyParser}. */
    public static final class Builder {
        private boolean keepOriginalScript;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;

        private Builder() {
        }

        /**
         * Keep traditional script in {@code text} instead of converting to simplified. Extraction
         * rules are written for simplified text, so expect fewer facts from traditional input.
         */
        public Builder keepOriginalScript(boolean keep) {
            this.keepOriginalScript = keep;
            return this;
        }

        /** Inputs larger than this are rejected with a {@link PolicyParseException}. */
        public Builder maxInputBytes(long max) {
            if (max <= 0) {
                throw new IllegalArgumentException("maxInputBytes must be positive: " + max);
            }
            this.maxInputBytes = max;
            return this;
        }

        public PolicyParser build() {
            return new PolicyParser(this);
        }
    }
}

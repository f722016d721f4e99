package dev.cnpolicy.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.validation.PolicyValidator;
import dev.cnpolicy.model.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads the stable JSON form of a {@link PolicyDocument} (see {@code docs/json.md}).
 *
 * <p>Dates are ISO ({@code 2023-11-06}), months {@code 2016-02}, enums their names, absent scalars
 * {@code null}, collections never {@code null}. Reading is as strict as the JSON Schema
 * ({@code policy-document.schema.json}) and stricter: it rejects unknown properties, missing
 * required ones, {@code null} collections, values of the wrong type and enum values that are not
 * one of the names, then checks the model's rules (blank strings, ranges, ids that resolve, spans
 * inside the text), and throws one {@link PolicyJsonException} naming every violation with its
 * JSON path. Thread-safe.
 */
public final class PolicyJson {

    /** How to write a document. */
    public enum Option {
        /** One line with no indentation, as in JSON Lines; the default is indented. */
        COMPACT,
        /**
         * Leave out {@code text} and say so with {@code "textOmitted": true}: smaller JSON that reads
         * back as {@link PolicyDocument#withoutText()}, whose spans are checked for order only.
         */
        OMIT_TEXT
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // a missing textOmitted is false; a missing number is reported by the shape check first
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // textOmitted is written only when true: a document with its text looks as it always has
            .withConfigOverride(boolean.class, o -> o.setInclude(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.NON_DEFAULT)))
            .build();

    private PolicyJson() {
    }

    /**
     * Writes the document as indented UTF-8 JSON. The stream is flushed, not closed.
     *
     * @param document the document
     * @param out      where to write
     * @param options  {@link Option#COMPACT}, {@link Option#OMIT_TEXT}
     * @throws UncheckedIOException when the stream fails
     */
    public static void write(PolicyDocument document, OutputStream out, Option... options) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        Set<Option> chosen = options.length == 0 ? EnumSet.noneOf(Option.class) : EnumSet.of(options[0], options);
        try {
            var writer = chosen.contains(Option.COMPACT)
                    ? MAPPER.writer()
                    : MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
            if (chosen.contains(Option.OMIT_TEXT)) {
                ObjectNode tree = MAPPER.valueToTree(document);
                tree.remove("text");
                tree.put(JsonShape.TEXT_OMITTED, true);
                writer.writeValue(out, tree);
            } else {
                writer.writeValue(out, document);
            }
            out.flush();
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("cannot write document " + document.id(), e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write document " + document.id(), e);
        }
    }

    /**
     * The document as a JSON string.
     *
     * @param document the document
     * @param options  {@link Option#COMPACT}, {@link Option#OMIT_TEXT}
     * @return its JSON
     */
    public static String toJson(PolicyDocument document, Option... options) {
        var out = new java.io.ByteArrayOutputStream();
        write(document, out, options);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Reads one document from UTF-8 JSON and validates it. The stream is not closed.
     *
     * @param in the JSON
     * @return the document, valid
     * @throws PolicyJsonException when the JSON is malformed or the document breaks a rule
     */
    public static PolicyDocument read(InputStream in) {
        Objects.requireNonNull(in, "in");
        JsonNode tree;
        try {
            tree = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new PolicyJsonException(List.of(new Violation(path(e), e.getOriginalMessage())), e);
        }
        return fromTree(tree);
    }

    /**
     * Reads one document from a JSON string and validates it.
     *
     * @param json the JSON
     * @return the document, valid
     * @throws PolicyJsonException when the JSON is malformed or the document breaks a rule
     */
    public static PolicyDocument fromJson(String json) {
        Objects.requireNonNull(json, "json");
        return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static PolicyDocument fromTree(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new PolicyJsonException(List.of(new Violation("", "expected a JSON object")), null);
        }
        // the shape first, as the schema sees it; its offending values are removed so that the rest
        // still binds and every rule of the model is checked in the same pass
        ObjectNode checked = (ObjectNode) tree.deepCopy();
        List<Violation> violations = new ArrayList<>(JsonShape.check(checked));
        PolicyDocument document;
        try {
            document = MAPPER.treeToValue(checked, PolicyDocument.class);
        } catch (JacksonException e) {
            if (!violations.isEmpty()) {
                throw new PolicyJsonException(violations, null);
            }
            Throwable root = rootCause(e);
            String message = root instanceof IllegalArgumentException || root instanceof NullPointerException
                    ? describe(root)
                    : e.getOriginalMessage();
            throw new PolicyJsonException(List.of(new Violation(path(e), message)), e);
        }
        for (Violation v : PolicyValidator.validate(document)) {
            // a value the shape check removed would be reported again as missing or empty
            if (violations.stream().noneMatch(shape -> within(v.path(), shape.path()))) {
                violations.add(v);
            }
        }
        if (!violations.isEmpty()) {
            throw new PolicyJsonException(violations, null);
        }
        return document;
    }

    private static boolean within(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
    }

    private static String describe(Throwable root) {
        return root instanceof NullPointerException ? "missing " + root.getMessage() : root.getMessage();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}

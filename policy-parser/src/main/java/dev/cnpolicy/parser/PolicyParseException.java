package dev.cnpolicy.parser;

import java.util.Objects;

/**
 * Input that cannot be read as a document at all: empty, binary, undecodable or too large. The
 * message names the input and the reason, e.g. {@code report.png: binary input (NUL bytes)}.
 * Malformed but readable text never raises it; it yields diagnostics instead.
 */
public final class PolicyParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String reason;

    /**
     * @param input  the file name or id of the input
     * @param reason why it cannot be read
     */
    public PolicyParseException(String input, String reason) {
        this(input, reason, null);
    }

    /**
     * @param input  the file name or id of the input
     * @param reason why it cannot be read
     * @param cause  the underlying failure, or {@code null}
     */
    public PolicyParseException(String input, String reason, Throwable cause) {
        super(Objects.requireNonNull(input, "input") + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.input = input;
        this.reason = reason;
    }

    /** The file name or id of the input. */
    public String input() {
        return input;
    }

    /** Why it cannot be read, without the input's name. */
    public String reason() {
        return reason;
    }
}

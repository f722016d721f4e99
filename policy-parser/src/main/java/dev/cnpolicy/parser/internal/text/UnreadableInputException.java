package dev.cnpolicy.parser.internal.text;

import java.util.Objects;

/**
 * Input the text layer cannot read as text at all: empty, binary or undecodable, e.g.
 * {@code report.png: binary input (NUL bytes)}. The front door turns it into the public
 * {@code PolicyParseException} with the same input and reason, so that the text layer does not
 * depend on the public package.
 */
public final class UnreadableInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String reason;

    UnreadableInputException(String input, String reason) {
        super(Objects.requireNonNull(input, "input") + ": " + Objects.requireNonNull(reason, "reason"));
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

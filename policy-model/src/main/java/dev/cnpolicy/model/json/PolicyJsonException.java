package dev.cnpolicy.model.json;

import dev.cnpolicy.model.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON that is not a valid policy document: malformed, of the wrong shape, or breaking a model
 * rule. The message lists every violation found, each with its JSON path, e.g.
 * {@code metadata.title: must not be blank}.
 */
public final class PolicyJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The violations, never empty. */
    private final transient List<Violation> violations;

    PolicyJsonException(List<Violation> violations, Throwable cause) {
        super(message(violations), cause);
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, each with its path. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(List<Violation> violations) {
        return "not a valid policy document (" + violations.size() + " violation"
                + (violations.size() == 1 ? "" : "s") + "):"
                + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining());
    }
}

package dev.cnpolicy.model.validation;

import dev.cnpolicy.model.PolicyDocument;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a {@link PolicyDocument} against every rule a consumer of its JSON may rely on: the
 * constraint annotations on the records (Hibernate Validator, without Expression Language) and the
 * cross-record rules they cannot express (ids resolve, spans lie inside {@code text}).
 *
 * <p>Thread-safe; the validator factory is built once.
 */
public final class PolicyValidator {

    private static final Validator VALIDATOR = buildValidator();

    private PolicyValidator() {
    }

    /**
     * All violations of the document, ordered by path; empty when it is valid.
     *
     * @param document the document to check
     * @return the violations, an unmodifiable list
     */
    public static List<Violation> validate(PolicyDocument document) {
        Objects.requireNonNull(document, "document");
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<PolicyDocument> v : VALIDATOR.validate(document)) {
            violations.add(new Violation(jsonPath(v.getPropertyPath()), v.getMessage()));
        }
        violations.addAll(CrossReferenceRules.check(document));
        violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return List.copyOf(violations);
    }

    /** Whether the document breaks no rule. */
    public static boolean isValid(PolicyDocument document) {
        return validate(document).isEmpty();
    }

    private static String jsonPath(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            String name = node.getName();
            if (node.getIndex() != null && node.isInIterable()) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (name != null && !name.startsWith("<")) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    private static Validator buildValidator() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        return factory.getValidator();
    }
}

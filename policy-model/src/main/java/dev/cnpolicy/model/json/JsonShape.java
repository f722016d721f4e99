package dev.cnpolicy.model.json;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.validation.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the shape of a JSON document before it is bound to the records, as the JSON Schema does:
 * no unknown property, every required property present and not {@code null}, collections never
 * {@code null}, each value of its type, enums one of their names, dates and months well formed.
 * The rules are read from the records themselves (a component is required when it is annotated
 * {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}, or is a primitive number), so they
 * cannot drift from the model or from the schema generated from it.
 *
 * <p>Every violation is collected, and each offending value is removed from the tree (or, where one
 * is required, replaced by a placeholder), so that the rest can still be bound and checked:
 * {@code tasks[0].category: must be one of KEY_TASK, SAFEGUARD, not "TASK"}. A violation the
 * placeholder causes later lies under the same path and is dropped by the reader.
 */
final class JsonShape {

    /** Set on a text-less document (written with {@code OMIT_TEXT}); {@code text} is then absent or null. */
    static final String TEXT_OMITTED = "textOmitted";

    private final List<Violation> violations = new ArrayList<>();

    private JsonShape() {
    }

    /**
     * The shape violations of {@code document}, removing each offending value from it.
     *
     * @param document the document's JSON object, edited in place
     */
    static List<Violation> check(ObjectNode document) {
        JsonShape shape = new JsonShape();
        shape.checkText(document);
        shape.checkRecord(document, PolicyDocument.class, "");
        return shape.violations;
    }

    private void checkText(ObjectNode document) {
        JsonNode omitted = document.get(TEXT_OMITTED);
        JsonNode text = document.get("text");
        if (omitted != null && omitted.isBoolean() && omitted.booleanValue()) {
            if (text != null && !text.isNull()) {
                violations.add(new Violation("text", "must be absent when textOmitted is true"));
                document.remove("text");
            }
        } else if (text == null) {
            // one message, not one per span: without its text no span can be checked
            violations.add(new Violation("text", "is missing (a document written without its text says \"textOmitted\": true)"));
            document.put(TEXT_OMITTED, true);
        }
    }

    private void checkRecord(ObjectNode node, Class<?> type, String path) {
        Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        List<String> unknown = new ArrayList<>();
        node.propertyNames().forEach(name -> {
            if (!components.containsKey(name)) {
                unknown.add(name);
            }
        });
        for (String name : unknown) {
            violations.add(new Violation(join(path, name), "unknown property; known are "
                    + String.join(", ", components.keySet().stream().sorted().toList())));
            node.remove(name);
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String at = join(path, name);
            JsonNode value = node.get(name);
            boolean required = isRequired(type, component);
            if (type == PolicyDocument.class && name.equals("text") && isTextOmitted(node)) {
                required = false;
            }
            if (value == null || value.isNull()) {
                if (required) {
                    violations.add(new Violation(at, value == null ? "is missing"
                            : List.class.isAssignableFrom(component.getType()) ? "must be an array, not null"
                            : "must not be null"));
                    node.set(name, placeholder(component.getGenericType()));
                }
                continue;
            }
            if (!checkValue(value, component.getGenericType(), at)) {
                if (required) {
                    node.set(name, placeholder(component.getGenericType()));
                } else {
                    node.remove(name);
                }
            }
        }
    }

    private static boolean isTextOmitted(ObjectNode node) {
        JsonNode omitted = node.get(TEXT_OMITTED);
        return omitted != null && omitted.isBoolean() && omitted.booleanValue();
    }

    /** Whether the value has the shape of {@code type}; reports it and returns false when not. */
    private boolean checkValue(JsonNode value, Type type, String path) {
        Class<?> raw = raw(type);
        String problem = null;
        if (raw == String.class) {
            problem = value.isString() ? null : "must be a string";
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            problem = value.isIntegralNumber() || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0
                    ? null : "must be a whole number";
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            problem = value.isNumber() ? null : "must be a number";
        } else if (raw == boolean.class || raw == Boolean.class) {
            problem = value.isBoolean() ? null : "must be true or false";
        } else if (raw == LocalDate.class) {
            problem = isDate(value) ? null : "must be a date like 2023-11-06, not " + value;
        } else if (raw == YearMonth.class) {
            problem = isMonth(value) ? null : "must be a month like 2016-02, not " + value;
        } else if (raw.isEnum()) {
            List<String> names = Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            problem = value.isString() && names.contains(value.stringValue()) ? null
                    : "must be one of " + String.join(", ", names) + ", not " + value;
        } else if (List.class.isAssignableFrom(raw)) {
            if (!value.isArray()) {
                problem = "must be an array";
            } else {
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                ArrayNode items = (ArrayNode) value;
                for (int i = 0; i < items.size(); i++) {
                    JsonNode item = items.get(i);
                    if (item.isNull()) {
                        violations.add(new Violation(path + "[" + i + "]", "must not be null"));
                        items.set(i, placeholder(element));
                    } else if (!checkValue(item, element, path + "[" + i + "]")) {
                        items.set(i, placeholder(element));
                    }
                }
            }
        } else if (raw.isRecord()) {
            if (value.isObject()) {
                checkRecord((ObjectNode) value, raw, path);
            } else {
                problem = "must be an object";
            }
        }
        if (problem != null) {
            violations.add(new Violation(path, problem));
            return false;
        }
        return true;
    }

    /** A value of the type that binds: the least the records accept, for a value that was reported. */
    private static JsonNode placeholder(Type type) {
        Class<?> raw = raw(type);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (raw == String.class) {
            return nodes.stringNode("?");
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return nodes.numberNode(1);
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return nodes.numberNode(BigDecimal.ONE);
        } else if (raw == boolean.class || raw == Boolean.class) {
            return nodes.booleanNode(false);
        } else if (raw == LocalDate.class) {
            return nodes.stringNode("2000-01-01");
        } else if (raw == YearMonth.class) {
            return nodes.stringNode("2000-01");
        } else if (raw.isEnum()) {
            return nodes.stringNode(((Enum<?>) raw.getEnumConstants()[0]).name());
        } else if (List.class.isAssignableFrom(raw)) {
            return nodes.arrayNode();
        }
        ObjectNode object = nodes.objectNode();
        for (RecordComponent component : raw.getRecordComponents()) {
            if (isRequired(raw, component)) {
                object.set(component.getName(), placeholder(component.getGenericType()));
            }
        }
        return object;
    }

    /**
     * Components added after schema 1.0 whose record fills them when absent: a document written
     * before they existed still reads ({@code Organization.officialName} repeats the qualified name,
     * unresolved). Writers always write them.
     */
    static final Set<String> ADDED_LATER = Set.of("officialName", "officialNameResolved");

    private static boolean isRequired(Class<?> type, RecordComponent component) {
        if (ADDED_LATER.contains(component.getName())) {
            return false;
        }
        Class<?> raw = component.getType();
        if (raw.isPrimitive() && raw != boolean.class) {
            return true;
        }
        Field field;
        try {
            field = type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record component without its field: " + component, e);
        }
        return field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                || field.isAnnotationPresent(NotEmpty.class);
    }

    private static boolean isDate(JsonNode value) {
        if (!value.isString() || !value.stringValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(value.stringValue());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isMonth(JsonNode value) {
        return value.isString() && value.stringValue().matches("\\d{4}-(0[1-9]|1[0-2])");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        // an annotated or wildcard type does not occur in the model
        throw new IllegalStateException("unsupported type in the model: " + type);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}

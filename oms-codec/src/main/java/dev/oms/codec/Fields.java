// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * Typed reads from one stored JSON object. A missing or mistyped field is corrupt storage and throws
 * {@link Malformed}, naming the field by its path ({@code shipTo.lines[0]}) and never its value.
 */
final class Fields {
    private final JsonNode object;
    private final String path;

    /** The object {@code node}, found at {@code path} ("" for the stored value itself). */
    Fields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new Malformed((path.isEmpty() ? "the stored value" : "field '" + path + "'") + " is not an object");
        }
        this.object = node;
        this.path = path;
    }

    String string(String name) {
        JsonNode value = required(name);
        if (!value.isTextual()) {
            throw mistyped(name, "a string");
        }
        return value.textValue();
    }

    /** Absent and {@code null} are both empty: the encoders write {@code null} for an empty optional. */
    Optional<String> optionalString(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw mistyped(name, "a string");
        }
        return Optional.of(value.textValue());
    }

    /** Whether the field is there and not {@code null}: an object later formats added is written only when present. */
    boolean has(String name) {
        JsonNode value = object.get(name);
        return value != null && !value.isNull();
    }

    /** A boolean every stored form of its object has. */
    boolean bool(String name) {
        JsonNode value = required(name);
        if (!value.isBoolean()) {
            throw mistyped(name, "a boolean");
        }
        return value.booleanValue();
    }

    /** A boolean that older stored forms lack: absent is {@code absent}; present, it must be {@code true} or {@code false}. */
    boolean flag(String name, boolean absent) {
        JsonNode value = object.get(name);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw mistyped(name, "a boolean");
        }
        return value.booleanValue();
    }

    /** An integer, exactly: {@code 2.0} or {@code 2e0} is a float and refused, as is anything past a long. */
    long number(String name) {
        JsonNode value = required(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw mistyped(name, "a 64-bit integer");
        }
        return value.longValue();
    }

    int integer(String name) {
        long value = number(name);
        if (value != (int) value) {
            throw mistyped(name, "a 32-bit integer");
        }
        return (int) value;
    }

    Instant instant(String name) {
        return parsed(name, Instant::parse, "an ISO-8601 instant");
    }

    LocalDate date(String name) {
        return parsed(name, LocalDate::parse, "an ISO-8601 date");
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return parsed(name, text -> Enum.valueOf(type, text), "a " + type.getSimpleName());
    }

    java.math.BigDecimal decimal(String name) {
        return parsed(name, java.math.BigDecimal::new, "a decimal");
    }

    Money money(String name) {
        return Values.money(object(name));
    }

    Fields object(String name) {
        return new Fields(required(name), path(name));
    }

    List<Fields> objects(String name) {
        JsonNode array = array(name);
        List<Fields> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            objects.add(new Fields(array.get(i), path(name) + "[" + i + "]"));
        }
        return objects;
    }

    List<String> strings(String name) {
        JsonNode array = array(name);
        List<String> strings = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                throw mistyped(name, "an array of strings");
            }
            strings.add(element.textValue());
        }
        return strings;
    }

    /** A failure naming a field of this object; its value is never quoted. */
    Malformed invalid(String name, String problem) {
        return new Malformed("field '" + path(name) + "' " + problem);
    }

    private <T> T parsed(String name, Function<String, T> parse, String what) {
        String text = string(name);
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw mistyped(name, what);
        }
    }

    private JsonNode array(String name) {
        JsonNode value = required(name);
        if (!value.isArray()) {
            throw mistyped(name, "an array");
        }
        return value;
    }

    private JsonNode required(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw invalid(name, "is missing");
        }
        return value;
    }

    private Malformed mistyped(String name, String what) {
        return invalid(name, "is not " + what);
    }

    private String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}

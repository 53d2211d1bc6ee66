package dev.oms.postgres.codec;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;

/** Typed reads from one decoded JSON object; a missing or mistyped field is corrupt storage and throws. */
final class Fields {
    private final Map<String, Object> object;

    Fields(Map<String, Object> object) {
        this.object = object;
    }

    String string(String name) {
        return as(name, String.class);
    }

    Optional<String> optionalString(String name) {
        return Optional.ofNullable((String) object.get(name));
    }

    long number(String name) {
        return as(name, Long.class);
    }

    int integer(String name) {
        return Math.toIntExact(number(name));
    }

    Instant instant(String name) {
        return Instant.parse(string(name));
    }

    Money money(String name) {
        return Values.money(map(name));
    }

    Map<String, Object> map(String name) {
        return Values.map(as(name, Object.class));
    }

    List<Map<String, Object>> maps(String name) {
        return Values.list(as(name, Object.class)).stream().map(Values::map).toList();
    }

    List<String> strings(String name) {
        return Values.list(as(name, Object.class)).stream().map(String.class::cast).toList();
    }

    private <T> T as(String name, Class<T> type) {
        Object value = object.get(name);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("stored field '" + name + "' is not a " + type.getSimpleName());
        }
        return type.cast(value);
    }
}

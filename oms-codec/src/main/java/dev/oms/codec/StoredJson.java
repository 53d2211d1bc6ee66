// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The one configured Jackson mapper for stored JSON, used as a tree model only: stored forms are written
 * and read field by field by the codecs, never bound to classes. Reading is strict, because a stored row
 * that is not exactly what oms wrote is corrupt: duplicate keys, trailing tokens and anything past the
 * limits below are refused, and the problem is told without quoting the payload.
 */
final class StoredJson {
    /** A commit's array, an event, its address and the address's lines are 4 deep; room for growth. */
    static final int MAX_NESTING_DEPTH = 8;
    /** Stored integers are Java longs: 19 digits at most. Money is a decimal string, not a number. */
    static final int MAX_NUMBER_LENGTH = 19;
    /** Far above any id, reason, address line or gift message oms stores. */
    static final int MAX_STRING_LENGTH = 16_384;
    /** Stored keys are short field names. */
    static final int MAX_NAME_LENGTH = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    // Locations must not quote the stored text, which holds personal data.
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNameLength(MAX_NAME_LENGTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StoredJson() {}

    /** A new object whose {@code "type"} names its stored record. */
    static ObjectNode typed(String type) {
        ObjectNode o = object();
        o.put("type", type);
        return o;
    }

    /** A new object to write a stored form in (not one to read: parsed objects are Jackson's own). */
    static ObjectNode object() {
        return new WrittenObject();
    }

    /** The stored forms of {@code items}, in order. */
    static <T> ArrayNode array(List<T> items, Function<? super T, ? extends JsonNode> form) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(items.size());
        items.forEach(item -> array.add(form.apply(item)));
        return array;
    }

    static String write(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** Writes each of {@code values} on a line of its own to {@code out}, as UTF-8: one writer for them all. */
    static void writeLines(List<? extends JsonNode> values, OutputStream out) {
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller's stream, not ours
            generator.setRootValueSeparator(null);
            SerializerProvider provider = MAPPER.getSerializerProviderInstance();
            for (JsonNode value : values) {
                value.serialize(generator, provider);
                generator.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("JSON trees could not be written", e);
        }
    }

    /** The one JSON value of the UTF-8 text at {@code offset} of {@code text}, {@code length} bytes long. */
    static JsonNode read(byte[] text, int offset, int length) {
        return read(() -> MAPPER.readTree(text, offset, length));
    }

    /** The one JSON value of {@code text}. */
    static JsonNode read(String text) {
        if (text == null) {
            throw new Malformed("no stored text");
        }
        return read(() -> MAPPER.readTree(text));
    }

    /** Jackson's reading of one stored text. */
    private interface TreeRead {
        JsonNode read() throws IOException;
    }

    private static JsonNode read(TreeRead reading) {
        try {
            JsonNode value = reading.read();
            if (value == null || value.isMissingNode()) {
                throw new Malformed("no JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new Malformed(describe(e));
        } catch (IOException e) {
            throw new IllegalStateException("a stored text in memory could not be read", e);
        }
    }

    /** Jackson's own messages may quote a stored token; only those known to quote none are passed on. */
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return message;
        }
        if (message != null && message.startsWith("Duplicate field '")) {
            String name = message.substring("Duplicate field '".length(), Math.max(message.lastIndexOf('\''), 17));
            return "duplicate key" + Malformed.quoted(name) + at(e.getLocation());
        }
        if (e instanceof MismatchedInputException && message != null && message.startsWith("Trailing token")) {
            return "trailing content after the JSON value" + at(e.getLocation());
        }
        return "malformed JSON" + at(e.getLocation());
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * An object node the codecs build to write a stored form: its fields kept in a {@link FieldList} and written
 * from it in order, with no entry made per field. It reads, compares and prints like any {@code ObjectNode}.
 */
@SuppressWarnings("unchecked") // ObjectNode's own deepCopy() override, inherited, narrows JsonNode's generic one
final class WrittenObject extends ObjectNode {
    private static final long serialVersionUID = 1L;

    WrittenObject() {
        super(JsonNodeFactory.instance, new FieldList());
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
        FieldList fields = (FieldList) _children;
        int size = fields.size();
        generator.writeStartObject(this, size);
        for (int i = 0; i < size; i++) {
            generator.writeFieldName(fields.name(i));
            fields.value(i).serialize(generator, provider);
        }
        generator.writeEndObject();
    }
}

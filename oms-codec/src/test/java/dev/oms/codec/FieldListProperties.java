// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fields a stored form is written from behave as a {@code LinkedHashMap} would under every {@code Map}
 * operation, and an object built on them writes and compares as Jackson's own object with the same fields.
 */
class FieldListProperties {
    private static final List<String> NAMES = List.of("type", "orderId", "lines", "amount", "a", "b", "c", "d", "e",
            "f", "g", "h", "i", "j", "k");

    /** One operation on a map: what it does, on which name or position, with which value. */
    record Op(int kind, int name, long value) {
        JsonNode node() {
            return value % 3 == 0 ? JsonNodeFactory.instance.textNode("v" + value) : JsonNodeFactory.instance.numberNode(value);
        }

        @Override
        public String toString() {
            return switch (kind) {
                case 0, 1, 2 -> "put(" + NAMES.get(name) + ", " + node() + ")";
                case 3 -> "remove(" + NAMES.get(name) + ")";
                case 4 -> "remove every " + (name % 3 + 1) + "th field in one walk";
                case 5 -> "entry " + name + " setValue(" + node() + ")";
                default -> "clear()";
            };
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, NAMES.size() - 1),
                Arbitraries.longs().between(-1_000, 1_000)).as(Op::new);
        return op.list().ofMaxSize(60);
    }

    @Property(tries = 2_000)
    void everyMapOperationLeavesTheSameFieldsInTheSameOrderAsALinkedHashMap(@ForAll("operations") List<Op> ops) {
        FieldList fields = new FieldList();
        Map<String, JsonNode> model = new LinkedHashMap<>();
        for (Op op : ops) {
            Object answer = apply(op, fields);
            Object expected = apply(op, model);
            assertThat(answer).as("%s answers", op).isEqualTo(expected);
            assertThat(new ArrayList<>(fields.entrySet())).as("after %s", op).containsExactlyElementsOf(model.entrySet());
            assertThat(fields).isEqualTo(model);
            assertThat(model).isEqualTo(fields);
            assertThat(fields.hashCode()).isEqualTo(model.hashCode());
            for (String name : NAMES) {
                assertThat(fields.get(name)).isEqualTo(model.get(name));
                assertThat(fields.containsKey(name)).isEqualTo(model.containsKey(name));
            }
            for (int i = 0; i < fields.size(); i++) {
                assertThat(fields.name(i)).isEqualTo(new ArrayList<>(model.keySet()).get(i));
            }
        }
    }

    @Property(tries = 1_000)
    void anObjectOnTheFieldsWritesAndComparesAsJacksonsOwn(@ForAll("operations") List<Op> ops) {
        ObjectNode written = StoredJson.object();
        ObjectNode jacksons = JsonNodeFactory.instance.objectNode();
        ObjectNode nestedWritten = StoredJson.object();
        ObjectNode nestedJacksons = JsonNodeFactory.instance.objectNode();
        for (Op op : ops) {
            String name = NAMES.get(op.name());
            if (op.kind() == 3) {
                written.remove(name);
                jacksons.remove(name);
            } else if (op.kind() == 4) {
                nestedWritten.put(name, op.value());
                nestedJacksons.put(name, op.value());
                written.set(name, nestedWritten);
                jacksons.set(name, nestedJacksons);
            } else {
                written.set(name, op.node());
                jacksons.set(name, op.node());
            }
        }

        assertThat(StoredJson.write(written)).isEqualTo(StoredJson.write(jacksons));
        assertThat(written).isEqualTo(jacksons);
        assertThat(jacksons).isEqualTo(written);
        // Read back, small numbers are Jackson's int nodes, which equal no long node: compare the texts.
        assertThat(StoredJson.write(StoredJson.read(StoredJson.write(written)))).isEqualTo(StoredJson.write(jacksons));
    }

    @Example
    void aValueSetThroughAnEntryAfterAnEarlierFieldWasRemovedLandsOnItsOwnField() {
        FieldList fields = new FieldList();
        Map<String, JsonNode> model = new LinkedHashMap<>();
        for (Map<String, JsonNode> map : List.of(fields, model)) {
            map.put("a", JsonNodeFactory.instance.numberNode(1L));
            map.put("b", JsonNodeFactory.instance.numberNode(2L));
            map.put("c", JsonNodeFactory.instance.numberNode(3L));
            Map.Entry<String, JsonNode> b = new ArrayList<>(map.entrySet()).get(1);
            map.remove("a");
            b.setValue(JsonNodeFactory.instance.textNode("set"));
        }

        assertThat(new ArrayList<>(fields.entrySet())).containsExactlyElementsOf(model.entrySet());
        assertThat(fields.get("b")).isEqualTo(JsonNodeFactory.instance.textNode("set"));
    }

    private static Object apply(Op op, Map<String, JsonNode> map) {
        String name = NAMES.get(op.name());
        switch (op.kind()) {
            case 0, 1, 2:
                return map.put(name, op.node());
            case 3:
                return map.remove(name);
            case 4: {
                // One walk removing every (name % 3 + 1)th field it passes: the walk must go on past each removal.
                List<String> removed = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> it = map.entrySet().iterator();
                for (int i = 0; it.hasNext(); i++) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    if (i % (op.name() % 3 + 1) == 0) {
                        it.remove();
                        removed.add(entry.getKey());
                    }
                }
                return removed;
            }
            case 5: {
                int i = 0;
                for (Map.Entry<String, JsonNode> entry : map.entrySet()) {
                    if (i++ == op.name() % Math.max(1, map.size())) {
                        return entry.setValue(op.node());
                    }
                }
                return null;
            }
            default:
                map.clear();
                return map.size();
        }
    }
}

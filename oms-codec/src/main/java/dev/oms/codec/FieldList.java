// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a stored form being written, in the order they were put, in one array of names and values in
 * turn. A stored form has a dozen fields at most, so finding one by a scan costs less than hashing; and a
 * {@code LinkedHashMap}'s table and entry per field were most of what writing a stored form allocated. Most
 * forms (money, a line's items, a header) have four fields or fewer. Every {@code Map} operation works.
 */
final class FieldList extends AbstractMap<String, JsonNode> {
    private static final int FIRST_CAPACITY = 4;

    /** The name of field {@code i} at {@code 2 * i}, its value at {@code 2 * i + 1}. */
    private Object[] slots = new Object[2 * FIRST_CAPACITY];
    private int size;

    @Override
    public int size() {
        return size;
    }

    /** {@return the name of the field at {@code index}, in the order put} */
    String name(int index) {
        Objects.checkIndex(index, size);
        return (String) slots[2 * index];
    }

    /** {@return the value of the field at {@code index}, in the order put} */
    JsonNode value(int index) {
        Objects.checkIndex(index, size);
        return (JsonNode) slots[2 * index + 1];
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            if (slots[2 * i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public JsonNode get(Object name) {
        int index = indexOf(name);
        return index < 0 ? null : value(index);
    }

    @Override
    public JsonNode put(String name, JsonNode value) {
        Objects.requireNonNull(name, "name");
        int index = indexOf(name);
        if (index >= 0) {
            JsonNode previous = value(index);
            slots[2 * index + 1] = value;
            return previous;
        }
        if (2 * size == slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
        slots[2 * size] = name;
        slots[2 * size + 1] = value;
        size++;
        return null;
    }

    @Override
    public JsonNode remove(Object name) {
        int index = indexOf(name);
        if (index < 0) {
            return null;
        }
        JsonNode previous = value(index);
        removeAt(index);
        return previous;
    }

    private void removeAt(int index) {
        System.arraycopy(slots, 2 * index + 2, slots, 2 * index, 2 * (size - index - 1));
        size--;
        slots[2 * size] = null;
        slots[2 * size + 1] = null;
    }

    @Override
    public void clear() {
        Arrays.fill(slots, 0, 2 * size, null);
        size = 0;
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, JsonNode>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, JsonNode> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        return new Field(last);
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException("no field to remove");
                        }
                        removeAt(last);
                        next = last;
                        last = -1;
                    }
                };
            }
        };
    }

    /**
     * A field as a map entry: its value can be set through it, as through a {@code LinkedHashMap}'s. The field is
     * found again by name, as a removal before the set may have moved it.
     */
    private final class Field extends SimpleEntry<String, JsonNode> {
        private static final long serialVersionUID = 1L;

        Field(int index) {
            super(name(index), value(index));
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            int index = indexOf(getKey());
            if (index >= 0) {
                slots[2 * index + 1] = value;
            }
            return super.setValue(value);
        }
    }
}

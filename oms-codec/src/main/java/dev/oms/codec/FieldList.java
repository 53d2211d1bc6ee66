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
 * The fields of a stored form being written, in the order they were put, in two arrays. A stored form has a
 * dozen fields at most, so finding one by a scan costs less than hashing; and a {@code LinkedHashMap}'s table
 * and entry per field were most of what writing a stored form allocated. Every {@code Map} operation works.
 */
final class FieldList extends AbstractMap<String, JsonNode> {
    private static final int FIRST_CAPACITY = 8;

    private String[] names = new String[FIRST_CAPACITY];
    private JsonNode[] values = new JsonNode[FIRST_CAPACITY];
    private int size;

    @Override
    public int size() {
        return size;
    }

    /** {@return the name of the field at {@code index}, in the order put} */
    String name(int index) {
        Objects.checkIndex(index, size);
        return names[index];
    }

    /** {@return the value of the field at {@code index}, in the order put} */
    JsonNode value(int index) {
        Objects.checkIndex(index, size);
        return values[index];
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
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
        return index < 0 ? null : values[index];
    }

    @Override
    public JsonNode put(String name, JsonNode value) {
        Objects.requireNonNull(name, "name");
        int index = indexOf(name);
        if (index >= 0) {
            JsonNode previous = values[index];
            values[index] = value;
            return previous;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        return null;
    }

    @Override
    public JsonNode remove(Object name) {
        int index = indexOf(name);
        if (index < 0) {
            return null;
        }
        JsonNode previous = values[index];
        removeAt(index);
        return previous;
    }

    private void removeAt(int index) {
        int after = size - index - 1;
        System.arraycopy(names, index + 1, names, index, after);
        System.arraycopy(values, index + 1, values, index, after);
        size--;
        names[size] = null;
        values[size] = null;
    }

    @Override
    public void clear() {
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
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

    /** A field as a map entry: its value can be set through it, as through a {@code LinkedHashMap}'s. */
    private final class Field extends SimpleEntry<String, JsonNode> {
        private static final long serialVersionUID = 1L;
        private final int index;

        Field(int index) {
            super(names[index], values[index]);
            this.index = index;
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            values[index] = value;
            return super.setValue(value);
        }
    }
}

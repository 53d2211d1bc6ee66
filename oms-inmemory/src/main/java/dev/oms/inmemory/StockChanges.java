// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One SKU's stock changes, in the order applied, as one growing byte stream. A shop keeps them as long as its
 * orders, two or more per order line, so each change is written as what differs from the change before it: the
 * location's and bin's numbers in this SKU's tables, the time since the previous change, and the counts minus
 * those the previous change at the same location left, each as a variable-length integer. A change takes about
 * 7 bytes (10 when the clock moves between changes) where columns of primitives took 44. Reading walks the stream
 * from the start, as both readers of the history do. Not thread-safe: the caller holds the SKU's lock.
 */
final class StockChanges {
    private byte[] bytes = new byte[16];
    private int length;
    private final List<LocationId> locations = new ArrayList<>(1);
    private final Map<LocationId, Integer> locationNumbers = new HashMap<>(2);
    private final List<String> bins = new ArrayList<>(1);
    private final Map<String, Integer> binNumbers = new HashMap<>(2);
    /** What the last change at each location (by number) left, for the next change's differences. */
    private long[] lastCounts = new long[3];
    private long lastSecond;
    private long lastNano;

    /** Appends the record as a change at {@code at} left it. */
    void add(Instant at, StockLevel level) {
        int location = numberOf(level.locationId(), locations, locationNumbers);
        int bin = numberOf(level.bin(), bins, binNumbers);
        if (lastCounts.length < locations.size() * 3) {
            lastCounts = Arrays.copyOf(lastCounts, locations.size() * 6);
        }
        writeVarint(location);
        writeVarint(bin);
        writeSigned(at.getEpochSecond() - lastSecond);
        writeSigned(at.getNano() - lastNano);
        writeCount(location * 3, level.onHand());
        writeCount(location * 3 + 1, level.reserved());
        writeCount(location * 3 + 2, level.ringFenced());
        lastSecond = at.getEpochSecond();
        lastNano = at.getNano();
    }

    /** What a reader is shown of a change: when, what it left, and what the change before it at the location left. */
    interface Visitor {
        /**
         * Sees one change.
         *
         * @param at when it was made
         * @param after the record as it left it
         * @param before the record as the previous change at the same location left it; null for the first there
         */
        void visit(Instant at, StockLevel after, StockLevel before);
    }

    /** Shows every change, oldest first. */
    void forEach(Sku sku, Visitor visitor) {
        StockLevel[] lastAt = new StockLevel[locations.size()];
        long second = 0;
        long nano = 0;
        int[] position = {0};
        while (position[0] < length) {
            int location = (int) readVarint(position);
            String bin = bins.get((int) readVarint(position));
            second += readSigned(position);
            nano += readSigned(position);
            StockLevel before = lastAt[location];
            long onHand = (before == null ? 0 : before.onHand()) + readSigned(position);
            long reserved = (before == null ? 0 : before.reserved()) + readSigned(position);
            long ringFenced = (before == null ? 0 : before.ringFenced()) + readSigned(position);
            StockLevel after = new StockLevel(sku, locations.get(location), onHand, reserved, ringFenced, bin);
            lastAt[location] = after;
            visitor.visit(Instant.ofEpochSecond(second, nano), after, before);
        }
    }

    private static <T> int numberOf(T value, List<T> table, Map<T, Integer> numbers) {
        return numbers.computeIfAbsent(value, added -> {
            table.add(added);
            return table.size() - 1;
        });
    }

    private void writeCount(int slot, long count) {
        writeSigned(count - lastCounts[slot]);
        lastCounts[slot] = count;
    }

    // Zig-zag: small negative differences take as few bytes as small positive ones.
    private void writeSigned(long value) {
        writeVarint((value << 1) ^ (value >> 63));
    }

    private void writeVarint(long value) {
        if (bytes.length - length < 10) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes[length++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes[length++] = (byte) rest;
    }

    private long readSigned(int[] position) {
        long zigzag = readVarint(position);
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    private long readVarint(int[] position) {
        long value = 0;
        int shift = 0;
        byte next;
        do {
            next = bytes[position[0]++];
            value |= (long) (next & 0x7F) << shift;
            shift += 7;
        } while (next < 0);
        return value;
    }
}

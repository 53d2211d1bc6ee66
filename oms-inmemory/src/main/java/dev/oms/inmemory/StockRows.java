// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stock records of {@link InMemoryInventoryStore}: written only under the lock of the row's SKU, which the
 * store holds. Rows are immutable, so point reads need no lock.
 */
final class StockRows {
    private static final Comparator<StockLevel> BY_KEY = Comparator
            .comparing((StockLevel l) -> l.sku().code()).thenComparing(l -> l.locationId().value());

    private final Map<StockKey, StockLevel> stock = new ConcurrentHashMap<>();
    // The same levels per SKU, by location id, so a SKU is read without scanning them all. Each inner map is
    // read and written only under its SKU's lock: a read is one consistent snapshot.
    private final Map<Sku, SortedMap<LocationId, StockLevel>> bySku = new ConcurrentHashMap<>();
    private final StockLog log;

    StockRows(StockLog log) {
        this.log = log;
    }

    Option<StockLevel> at(StockKey key) {
        return Option.of(stock.get(key));
    }

    long available(StockKey key) {
        return at(key).map(StockLevel::available).getOrElse(0L);
    }

    /** The SKU's records by location id; the caller holds the SKU's lock. */
    List<StockLevel> of(Sku sku) {
        SortedMap<LocationId, StockLevel> levels = bySku.get(sku);
        return levels == null ? List.of() : List.copyOf(levels.values());
    }

    /** Records promised beyond on hand, in SKU and location order. */
    List<StockLevel> overpromised() {
        return stock.values().stream().filter(l -> l.reserved() + l.ringFenced() > l.onHand()).sorted(BY_KEY).toList();
    }

    /** Sets a record and logs the change, when it is one. */
    void put(StockKey key, StockLevel level) {
        if (level.equals(stock.get(key))) {
            return;
        }
        log.logged(level);
        stock.put(key, level);
        bySku.computeIfAbsent(key.sku(), sku -> new TreeMap<>()).put(key.locationId(), level);
    }

    /**
     * Sets on hand and the bin, keeping what is promised; the caller holds the SKU's lock.
     *
     * @throws IllegalArgumentException when {@code onHand} is below what is already promised
     */
    StockKey set(StockKey key, long onHand, String bin) {
        StockLevel current = stock.get(key);
        long reserved = current == null ? 0 : current.reserved();
        long ringFenced = current == null ? 0 : current.ringFenced();
        if (onHand < reserved + ringFenced) {
            throw new IllegalArgumentException("onHand " + onHand + " is below the " + (reserved + ringFenced)
                    + " units already promised at " + key.locationId());
        }
        put(key, new StockLevel(key.sku(), key.locationId(), onHand, reserved, ringFenced, bin));
        return key;
    }

    /** Applies deltas that the caller already checked; StockLevel itself rejects negative counts. */
    void change(StockKey key, long onHandDelta, long reservedDelta, long ringFencedDelta) {
        StockLevel current = stock.get(key);
        StockLevel base = current != null ? current
                : new StockLevel(key.sku(), key.locationId(), 0, 0, 0, InMemoryInventoryStore.DEFAULT_BIN);
        put(key, new StockLevel(base.sku(), base.locationId(), Math.addExact(base.onHand(), onHandDelta),
                Math.addExact(base.reserved(), reservedDelta), Math.addExact(base.ringFenced(), ringFencedDelta),
                base.bin()));
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.inventory.StockChange;
import dev.oms.spi.inventory.StockHistory;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stock changes of {@link InMemoryInventoryStore}, per SKU in the order applied: written by {@link StockRows}
 * under the lock of the row's SKU, and read here under the same lock, so a read sees whole changes only. Each SKU's
 * changes are kept as one compact stream ({@link StockChanges}): a shop keeps them as long as it keeps its orders.
 * What a change moved is worked out on reading, from the change before it at the same location.
 */
final class StockLog implements StockHistory {
    /** A SKU with no changes: read only, never added to. */
    private static final StockChanges NONE = new StockChanges();

    private final SkuLocks locks;
    private final Map<Sku, StockChanges> bySku = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.systemUTC();

    StockLog(SkuLocks locks) {
        this.locks = locks;
    }

    void tellTimeBy(Clock clock) {
        this.clock = Require.nonNull(clock, "clock");
    }

    /** Logs the record as a change left it; the caller holds the SKU's lock. */
    void logged(StockLevel after) {
        bySku.computeIfAbsent(after.sku(), sku -> new StockChanges()).add(clock.instant(), after);
    }

    @Override
    public List<StockLevel> stockAsOf(Sku sku, Instant at) {
        Require.nonNull(at, "at");
        return locks.with(Require.nonNull(sku, "sku"), () -> {
            Map<LocationId, StockLevel> levels = new TreeMap<>();
            changesOf(sku).forEach(sku, (when, after, before) -> {
                if (!when.isAfter(at)) {
                    levels.put(after.locationId(), after);
                }
            });
            return List.copyOf(levels.values());
        });
    }

    @Override
    public List<StockChange> changes(Sku sku, Instant from, Instant until) {
        Require.nonNull(from, "from");
        Require.nonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
        return locks.with(Require.nonNull(sku, "sku"), () -> {
            List<StockChange> changes = new ArrayList<>();
            changesOf(sku).forEach(sku, (at, after, before) -> {
                if (at.isAfter(from) && !at.isAfter(until)) {
                    changes.add(new StockChange(at, after, after.onHand() - (before == null ? 0 : before.onHand()),
                            after.reserved() - (before == null ? 0 : before.reserved()),
                            after.ringFenced() - (before == null ? 0 : before.ringFenced())));
                }
            });
            return changes;
        });
    }

    private StockChanges changesOf(Sku sku) {
        return bySku.getOrDefault(sku, NONE);
    }
}

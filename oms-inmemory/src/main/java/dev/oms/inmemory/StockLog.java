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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stock changes of {@link InMemoryInventoryStore}, per SKU in the order applied: written by {@link StockRows}
 * under the lock of the row's SKU, and read here under the same lock, so a read sees whole changes only. Each SKU's
 * changes are kept in columns of primitives (about 44 bytes a change, where objects would take three times that):
 * a shop keeps them as long as it keeps its orders. What a change moved is worked out on reading, from the change
 * before it at the same location.
 */
final class StockLog implements StockHistory {
    private final SkuLocks locks;
    private final Map<Sku, Columns> bySku = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.systemUTC();

    StockLog(SkuLocks locks) {
        this.locks = locks;
    }

    void tellTimeBy(Clock clock) {
        this.clock = Require.nonNull(clock, "clock");
    }

    /** Logs the record as a change left it; the caller holds the SKU's lock. */
    void logged(StockLevel after) {
        bySku.computeIfAbsent(after.sku(), sku -> new Columns()).add(clock.instant(), after);
    }

    @Override
    public List<StockLevel> stockAsOf(Sku sku, Instant at) {
        Require.nonNull(at, "at");
        return locks.with(Require.nonNull(sku, "sku"), () -> {
            Map<LocationId, StockLevel> levels = new TreeMap<>();
            Columns columns = bySku.get(sku);
            for (int i = 0; columns != null && i < columns.size; i++) {
                if (!columns.at(i).isAfter(at)) {
                    levels.put(columns.locations[i], columns.level(sku, i));
                }
            }
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
            Map<LocationId, StockLevel> last = new HashMap<>();
            Columns columns = bySku.get(sku);
            for (int i = 0; columns != null && i < columns.size; i++) {
                StockLevel after = columns.level(sku, i);
                StockLevel before = last.put(after.locationId(), after);
                Instant at = columns.at(i);
                if (at.isAfter(from) && !at.isAfter(until)) {
                    changes.add(new StockChange(at, after, after.onHand() - (before == null ? 0 : before.onHand()),
                            after.reserved() - (before == null ? 0 : before.reserved()),
                            after.ringFenced() - (before == null ? 0 : before.ringFenced())));
                }
            }
            return changes;
        });
    }

    /** One SKU's changes, a column per field, grown by doubling. */
    private static final class Columns {
        private long[] seconds = new long[4];
        private int[] nanos = new int[4];
        private long[] onHand = new long[4];
        private long[] reserved = new long[4];
        private long[] ringFenced = new long[4];
        private LocationId[] locations = new LocationId[4];
        private String[] bins = new String[4];
        private int size;

        void add(Instant at, StockLevel level) {
            if (size == seconds.length) {
                int grown = size * 2;
                seconds = Arrays.copyOf(seconds, grown);
                nanos = Arrays.copyOf(nanos, grown);
                onHand = Arrays.copyOf(onHand, grown);
                reserved = Arrays.copyOf(reserved, grown);
                ringFenced = Arrays.copyOf(ringFenced, grown);
                locations = Arrays.copyOf(locations, grown);
                bins = Arrays.copyOf(bins, grown);
            }
            seconds[size] = at.getEpochSecond();
            nanos[size] = at.getNano();
            onHand[size] = level.onHand();
            reserved[size] = level.reserved();
            ringFenced[size] = level.ringFenced();
            locations[size] = level.locationId();
            bins[size] = level.bin();
            size++;
        }

        Instant at(int i) {
            return Instant.ofEpochSecond(seconds[i], nanos[i]);
        }

        StockLevel level(Sku sku, int i) {
            return new StockLevel(sku, locations[i], onHand[i], reserved[i], ringFenced[i], bins[i]);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.order.WaitingTotal;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Running sums of the units waiting per SKU, channel, bucket and location waited at: the in-memory store's
 * answer to {@link dev.oms.spi.order.WaitingLines#waitingTotals}, which costs the shop's channels and locations
 * instead of the queue's length. Kept from each order's previous and next waiting lines as its summary is
 * replaced (serialised per order by the caller). Each SKU's totals change and are copied under that SKU's lock, so a
 * reader counting a cap meanwhile sees an order's change whole or not at all, never a unit missing mid-move.
 */
final class WaitingSums {
    private final Map<Sku, Map<Key, Long>> sums = new ConcurrentHashMap<>();

    /** Applies one order's change from its {@code previous} waiting lines to its {@code next} ones, each SKU's at once. */
    void change(List<WaitingLine> previous, List<WaitingLine> next) {
        Map<Sku, Map<Key, Long>> deltas = new HashMap<>();
        next.forEach(line -> deltas.computeIfAbsent(line.sku(), sku -> new HashMap<>()).merge(Key.of(line), line.quantity(), Long::sum));
        previous.forEach(line -> deltas.computeIfAbsent(line.sku(), sku -> new HashMap<>()).merge(Key.of(line), -line.quantity(), Long::sum));
        deltas.forEach((sku, changes) -> {
            Map<Key, Long> totals = sums.computeIfAbsent(sku, s -> new HashMap<>());
            // One lock per SKU: a reader copies the SKU's totals whole, never half of a line's move between keys.
            synchronized (totals) {
                changes.forEach((key, delta) -> add(sku, totals, key, delta));
            }
        });
    }

    /** The SKU's totals, less the units of the {@code excepted} lines (an order's own, as its summary has them). */
    List<WaitingTotal> totals(Sku sku, List<WaitingLine> excepted) {
        Map<Key, Long> kept = sums.get(sku);
        Map<Key, Long> snapshot;
        if (kept == null) {
            snapshot = new HashMap<>();
        } else {
            synchronized (kept) {
                snapshot = new HashMap<>(kept);
            }
        }
        excepted.stream().filter(line -> line.sku().equals(sku))
                .forEach(line -> snapshot.merge(Key.of(line), -line.quantity(), Long::sum));
        List<WaitingTotal> totals = new ArrayList<>(snapshot.size());
        snapshot.forEach((key, units) -> {
            if (units > 0) {
                totals.add(new WaitingTotal(sku, key.channel(), key.bucket(), key.waitsAt(), units));
            }
        });
        return totals;
    }

    private static void add(Sku sku, Map<Key, Long> totals, Key key, long delta) {
        long sum = totals.getOrDefault(key, 0L) + delta;
        if (sum < 0) {
            throw new IllegalStateException("waiting units of " + sku + " " + key + " below zero: " + sum);
        }
        if (sum == 0) {
            totals.remove(key);
        } else {
            totals.put(key, sum);
        }
    }

    private record Key(Channel channel, Bucket bucket, Optional<LocationId> waitsAt) {
        static Key of(WaitingLine line) {
            return new Key(line.channel(), line.bucket(), line.waitsAt());
        }
    }
}

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
 * replaced (serialised per order by the caller); increases are applied before decreases, so a reader counting a
 * cap meanwhile may count a moved unit twice, never miss one.
 */
final class WaitingSums {
    private final Map<Sku, Map<Key, Long>> sums = new ConcurrentHashMap<>();

    /** Applies one order's change from its {@code previous} waiting lines to its {@code next} ones. */
    void change(List<WaitingLine> previous, List<WaitingLine> next) {
        Map<Place, Long> deltas = new HashMap<>();
        next.forEach(line -> deltas.merge(Place.of(line), line.quantity(), Long::sum));
        previous.forEach(line -> deltas.merge(Place.of(line), -line.quantity(), Long::sum));
        deltas.forEach((place, delta) -> {
            if (delta > 0) {
                add(place, delta);
            }
        });
        deltas.forEach((place, delta) -> {
            if (delta < 0) {
                add(place, delta);
            }
        });
    }

    /** The SKU's totals, less the units of the {@code excepted} lines (an order's own, as its summary has them). */
    List<WaitingTotal> totals(Sku sku, List<WaitingLine> excepted) {
        Map<Key, Long> snapshot = new HashMap<>(sums.getOrDefault(sku, Map.of()));
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

    private void add(Place place, long delta) {
        sums.computeIfAbsent(place.sku(), sku -> new ConcurrentHashMap<>())
                .compute(place.key(), (key, units) -> {
                    long sum = (units == null ? 0 : units) + delta;
                    if (sum < 0) {
                        throw new IllegalStateException("waiting units of " + place.sku() + " " + key + " below zero: " + sum);
                    }
                    return sum == 0 ? null : sum;
                });
    }

    private record Key(Channel channel, Bucket bucket, Optional<LocationId> waitsAt) {
        static Key of(WaitingLine line) {
            return new Key(line.channel(), line.bucket(), line.waitsAt());
        }
    }

    private record Place(Sku sku, Key key) {
        static Place of(WaitingLine line) {
            return new Place(line.sku(), Key.of(line));
        }
    }
}

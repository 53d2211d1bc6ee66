// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.value.OrderId;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The last evolved state of recently used orders, so that loading an order reads and applies only the commits
 * stored since it was last seen ({@link OrderStore#commitsAfter}) instead of reading and replaying its whole
 * log. The facade loads an order once per command and once per side effect, so without this a lifecycle
 * replays its growing log dozens of times.
 *
 * <p>Sound because an {@code OrderStore} returns what was appended unchanged and in append order: the first
 * {@code v} commits of the log are the ones a remembered state of version {@code v} was evolved from. Always
 * asking the store for newer commits keeps it right when other instances append to the same orders. Bounded:
 * the least recently used order of a segment is dropped. Segmented by order id, so callers working on
 * different orders rarely wait for one another; reading and evolving happen outside the locks.
 */
final class EvolvedOrders {
    /** Segments of a large cache, each an LRU map under its own lock: enough to keep cores from queueing on one. */
    private static final int SEGMENTS = 16;
    /** Below this a cache is one segment, so that its least recently used order is exactly the one dropped. */
    private static final int SEGMENTED_FROM = 1_024;

    private final int capacity;
    private final Segment[] segments;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    EvolvedOrders(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity cannot be negative, was " + capacity);
        }
        this.capacity = capacity;
        int count = capacity >= SEGMENTED_FROM ? SEGMENTS : 1;
        this.segments = new Segment[count];
        for (int i = 0; i < count; i++) {
            // The capacity is shared out; the first segments take what does not divide evenly.
            segments[i] = new Segment(capacity / count + (i < capacity % count ? 1 : 0));
        }
    }

    /** The order as the store now holds it: the remembered state caught up, or the whole log replayed. */
    Option<Order> load(OrderStore store, OrderId id) {
        Order known = segmentOf(id).get(id);
        Option<Order> order;
        if (known == null) {
            misses.increment();
            order = Option.ofOptional(store.load(id)).map(stored -> applied(Option.none(), stored.commits()).get());
        } else {
            hits.increment();
            order = applied(Option.some(known), store.commitsAfter(id, known.version()));
        }
        order.forEach(this::remember);
        return order;
    }

    /** Remembers an order's state, unless a newer version of it is already remembered. */
    void remember(Order order) {
        segmentOf(order.id()).remember(order);
    }

    /** Forgets an order's state: it may name a commit that was rolled back after all. */
    void forget(OrderId id) {
        segmentOf(id).forget(id);
    }

    /** How often a load found the order remembered, and how full the cache is. */
    EvolvedOrdersStatistics statistics() {
        int size = 0;
        for (Segment segment : segments) {
            size += segment.size();
        }
        return new EvolvedOrdersStatistics(hits.sum(), misses.sum(), size, capacity);
    }

    private Segment segmentOf(OrderId id) {
        return segments[segmentIndex(id.hashCode(), segments.length)];
    }

    /**
     * The segment of a key's hash: the top bits of a multiplicative hash of it. Each segment's map buckets its keys
     * by the low bits of the same hash, so those must not choose the segment: taking it from them left every map
     * with one bucket in {@value #SEGMENTS} in use, its bins turned into trees.
     */
    static int segmentIndex(int hash, int segmentCount) {
        long mixed = (hash * 0x9E3779B97F4A7C15L) >>> 32; // 32 well-mixed bits, as an unsigned number
        return (int) ((mixed * segmentCount) >>> 32); // scaled into [0, segmentCount)
    }

    private static Option<Order> applied(Option<Order> from, List<OrderCommit> commits) {
        Option<Order> order = from;
        for (OrderCommit commit : commits) {
            order = Option.some(OrderEvolution.apply(order, commit));
        }
        return order;
    }

    /** One part of the cache: an access-ordered map (a read reorders it, so reads lock too). */
    private static final class Segment {
        private final int capacity;
        private final Map<OrderId, Order> recent;

        Segment(int capacity) {
            this.capacity = capacity;
            this.recent = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<OrderId, Order> eldest) {
                    return size() > Segment.this.capacity;
                }
            };
        }

        synchronized Order get(OrderId id) {
            return recent.get(id);
        }

        synchronized void remember(Order order) {
            if (capacity > 0) {
                recent.merge(order.id(), order, (kept, offered) -> offered.version() >= kept.version() ? offered : kept);
            }
        }

        synchronized void forget(OrderId id) {
            recent.remove(id);
        }

        synchronized int size() {
            return recent.size();
        }
    }
}

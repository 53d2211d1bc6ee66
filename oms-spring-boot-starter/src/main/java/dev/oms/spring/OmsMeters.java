// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.core.application.OrderManagement;
import dev.oms.spi.order.OwingOrders;
import dev.oms.spi.order.PageRequest;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gauges and counters oms reads from its state (the command and port meters are recorded as calls
 * happen, by {@link CommandScope} and {@link MeteredPorts}):
 * <ul>
 *   <li>{@code oms.evolved.cache.hits} / {@code .misses} (function counters) and {@code oms.evolved.cache.size}: the
 *       facade's cache of evolved orders ({@code queries().cacheStatistics()});</li>
 *   <li>{@code oms.effects.owing}: orders owing side effects (counted up to {@value #OWING_COUNT_LIMIT});</li>
 *   <li>{@code oms.outbox.pending} and {@code oms.outbox.lag} (seconds), with PostgreSQL stores.</li>
 * </ul>
 * A gauge whose store cannot be read keeps its last value (the health indicator reports the failure).
 */
public final class OmsMeters implements MeterBinder {
    /** Owing orders are counted page by page up to this many, so a scrape stays cheap however large the backlog. */
    public static final int OWING_COUNT_LIMIT = 10_000;

    private final OrderManagement oms;
    private final OwingOrders owing;
    private final Optional<OutboxMonitor> outbox;
    private final AtomicLong lastOwing = new AtomicLong();
    private final AtomicLong lastPending = new AtomicLong();
    private final AtomicLong lastLagMillis = new AtomicLong();

    /**
     * The meters of a facade and its stores.
     *
     * @param oms the facade, for its cache of evolved orders
     * @param owing the orders owing side effects
     * @param outbox the outbox's backlog, with PostgreSQL stores; empty otherwise
     */
    public OmsMeters(OrderManagement oms, OwingOrders owing, Optional<OutboxMonitor> outbox) {
        this.oms = oms;
        this.owing = owing;
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("oms.evolved.cache.hits", oms, o -> o.queries().cacheStatistics().hits())
                .description("Loads answered from the cache of evolved orders").register(registry);
        FunctionCounter.builder("oms.evolved.cache.misses", oms, o -> o.queries().cacheStatistics().misses())
                .description("Loads that read and replayed an order whole").register(registry);
        Gauge.builder("oms.evolved.cache.size", oms, o -> o.queries().cacheStatistics().size())
                .description("Orders whose evolved state is kept").register(registry);
        Gauge.builder("oms.effects.owing", this, OmsMeters::owingOrders)
                .description("Orders owing side effects (reservations, payments, labels, notices)").register(registry);
        outbox.ifPresent(monitor -> {
            Gauge.builder("oms.outbox.pending", this, meters -> meters.outboxPending(monitor))
                    .description("Stored events the outbox relay has not delivered yet").register(registry);
            Gauge.builder("oms.outbox.lag", this, meters -> meters.outboxLagSeconds(monitor)).baseUnit("seconds")
                    .description("How long the oldest undelivered event has waited").register(registry);
        });
    }

    /**
     * Counts the orders owing effects now, page by page, up to {@link #OWING_COUNT_LIMIT}.
     *
     * @param owing the store to count in
     * @return the orders owing effects, at most {@link #OWING_COUNT_LIMIT}
     */
    public static long countOwing(OwingOrders owing) {
        long count = 0;
        Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
        while (next.isPresent() && count < OWING_COUNT_LIMIT) {
            var page = owing.owingEffects(next.get());
            count += page.items().size();
            next = page.nextPage(PageRequest.MAX_SIZE);
        }
        return Math.min(count, OWING_COUNT_LIMIT);
    }

    private double owingOrders() {
        try {
            lastOwing.set(countOwing(owing));
        } catch (RuntimeException e) {
            // keep the last value; the health indicator reports the store as unreachable
        }
        return lastOwing.get();
    }

    private double outboxPending(OutboxMonitor monitor) {
        try {
            lastPending.set(monitor.backlog().pending());
        } catch (RuntimeException e) {
            // keep the last value
        }
        return lastPending.get();
    }

    private double outboxLagSeconds(OutboxMonitor monitor) {
        try {
            lastLagMillis.set(monitor.lag().toMillis());
        } catch (RuntimeException e) {
            // keep the last value
        }
        return lastLagMillis.get() / 1000.0;
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.spi.order.Page;
import dev.oms.spi.value.OrderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovery, for the host's operations: running the side effects orders still owe after a crash or a port
 * outage. A port that failed left its effect pending; resuming runs it again under the same idempotency
 * key, so nothing is lost and nothing happens twice. Reached through {@link OrderManagement#recovery()}.
 */
public final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    /** Orders owing effects read per page: small enough to bound memory, big enough to read rarely. */
    private static final int PAGE_SIZE = 200;

    private final Settling settling;
    private final HoldDesk holds;
    private final Stocktaking stocktaking;

    Recovery(Settling settling, HoldDesk holds, Stocktaking stocktaking) {
        this.settling = settling;
        this.holds = holds;
        this.stocktaking = stocktaking;
    }

    /**
     * Runs whatever side effects the order still owes (after a crash or a port outage). When it owed a
     * reservation (which may come up short and leave units waiting, or cancel the order and free its
     * stock) or a release of stock, or it has units waiting, the queues of its SKUs are then filled from
     * the stock available, so stock it freed or left goes to waiting orders first.
     *
     * @param orderId the order
     * @return the order as it then stands; empty for an order never placed
     */
    public Optional<Order> resume(OrderId orderId) {
        return settling.resume(orderId).toJavaOptional();
    }

    /**
     * Resumes every order that owes side effects, read page by page from the store's read model of them
     * ({@link dev.oms.spi.order.OwingOrders}), so a run costs the orders owing, not the orders ever stored; then
     * fills every restock queue from the stock available. An order that fails (it cannot be loaded, or a port
     * throws in a way the effect runner does not absorb) is reported and the run goes on with the next one.
     * Checkout holds are settled first: those whose time ran out expire, and units of ended holds whose release
     * failed go back. Stock records an adjustment left promised beyond what is on hand (a crash cut its settling
     * short) are settled after the orders, as {@link Stocktaking#adjust} would have. Last, back-in-stock alerts still
     * owed (subscribers told, then a failed send or a crash) are sent again under their keys.
     *
     * @return how many orders were resumed, which still owe effects and which could not be resumed
     */
    public ResumeReport resumeAll() {
        try {
            holds.expire();
        } catch (RuntimeException holdsFailing) {
            LOG.warn("checkout holds not settled, resuming orders anyway: {}", holdsFailing.toString());
        }
        List<OrderId> resumed = new ArrayList<>();
        List<OrderId> stillOwing = new ArrayList<>();
        List<ResumeReport.Failure> failed = new ArrayList<>();
        Page.forEach(settling.ports().orders()::owingEffects, PAGE_SIZE, id -> {
            try {
                io.vavr.control.Option<Order> order = settling.resume(id);
                resumed.add(id);
                if (order.exists(o -> !PendingEffects.of(o).isEmpty())) {
                    stillOwing.add(id);
                }
            } catch (RuntimeException failure) {
                LOG.error("order {} could not be resumed: {}", id, failure.toString());
                failed.add(new ResumeReport.Failure(id, failure.toString()));
            }
        });
        try {
            stocktaking.settleOverpromised();
        } catch (RuntimeException failure) {
            LOG.error("stock promised beyond what is on hand could not be settled: {}", failure.toString());
        }
        try {
            settling.fillEveryQueue();
        } catch (RuntimeException failure) {
            LOG.error("restock queues could not be filled: {}", failure.toString());
        }
        try {
            settling.alerts().sendOwed();
        } catch (RuntimeException failure) {
            LOG.error("back-in-stock alerts owed could not be sent: {}", failure.toString());
        }
        return new ResumeReport(resumed.size(), stillOwing, failed);
    }

    /**
     * Rebuilds the store's read models from every order's log: each order is loaded, its summary computed and
     * stored unless a command moved the order on meanwhile (that command stored a fresh summary itself). For
     * after an upgrade that changed a read model's schema, or an import of orders; it reads every stored
     * order, so it belongs in a maintenance window or a background job, never on a command's path.
     *
     * @return how many orders' summaries were stored
     */
    public long rebuildReadModels() {
        AtomicLong rebuilt = new AtomicLong();
        Page.forEach(settling.ports().orders()::orderIds, PAGE_SIZE, id -> {
            io.vavr.control.Option<Order> order = settling.execution().loadIsolated(id);
            if (order.isDefined() && settling.ports().orders().rebuildSummary(OrderSummaries.of(order.get()))) {
                rebuilt.incrementAndGet();
            }
        });
        LOG.info("read models rebuilt for {} orders", rebuilt.get());
        return rebuilt.get();
    }
}

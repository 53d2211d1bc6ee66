// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Units that waited for something: pre-ordered, backordered or bought from a supplier. The totals and the
 * queue come from the events the order store kept; the units still waiting from the orders as oms
 * rebuilds them; the supply from the host's receipts. A test checks them against each other.
 *
 * @param preorders units pre-ordered, and what became of them
 * @param backorders units backordered, and what became of them
 * @param indents purchases from suppliers
 * @param queue every line's units that joined a restock queue, in placement order
 * @param ringFences per SKU and warehouse that received goods for a purchase: who got the units
 */
public record WaitingReport(Queue preorders, Queue backorders, Indents indents, List<QueuedUnits> queue,
        List<RingFence> ringFences) {

    public WaitingReport {
        Objects.requireNonNull(preorders, "preorders");
        Objects.requireNonNull(backorders, "backorders");
        Objects.requireNonNull(indents, "indents");
        queue = List.copyOf(queue);
        ringFences = List.copyOf(ringFences);
    }

    /**
     * Units that joined one kind of restock queue (PREORDERED or BACKORDERED).
     *
     * @param orders orders with units in the queue at some point
     * @param units units that joined it (events)
     * @param filled units filled from it by a receipt or a release (events)
     * @param cancelled units cancelled while in it (events)
     * @param stillWaiting units in it now (the orders oms rebuilds)
     */
    public record Queue(int orders, long units, long filled, long cancelled, long stillWaiting) {}

    /**
     * Purchases from suppliers for indent orders.
     *
     * @param purchases purchase requests sent
     * @param requested units requested
     * @param committed units the suppliers committed
     * @param received units received against the purchases, ring-fenced (events)
     */
    public record Indents(int purchases, long requested, long committed, long received) {}

    /**
     * One line's units in one restock queue and how they left it.
     *
     * @param placement the order's position in placement order
     * @param queuedAt when the units first joined the queue
     * @param units units that joined the queue (events)
     * @param exits fills and cancellations, in the order they happened (events)
     * @param waitingNow units of the line in the queue's bucket now (the order oms rebuilds)
     */
    public record QueuedUnits(OrderId order, int placement, LineId line, Sku sku, Bucket queue, Instant queuedAt,
            long units, List<Exit> exits, long waitingNow) {
        public QueuedUnits {
            exits = List.copyOf(exits);
        }

        /** Units still in the queue once everything recorded up to {@code at} happened. */
        public long waitingAt(Instant at) {
            return units - exits.stream().filter(exit -> !exit.at().isAfter(at)).mapToLong(Exit::units).sum();
        }

        public long filled() {
            return exits.stream().filter(Exit::filled).mapToLong(Exit::units).sum();
        }

        public long cancelled() {
            return exits.stream().filter(exit -> !exit.filled()).mapToLong(Exit::units).sum();
        }
    }

    /**
     * Units that left a queue.
     *
     * @param filled true when a receipt or release filled them, false when they were cancelled
     */
    public record Exit(Instant at, boolean filled, long units) {}

    /**
     * Who got a SKU's units at a warehouse where goods arrived for a purchase.
     *
     * @param ordinarySupply units that were anyone's: opening stock and ordinary receipts (host)
     * @param receivedForPurchases units received ring-fenced against purchases (host)
     * @param toIndentOrders units held or shipped there for orders that bought from a supplier (oms)
     * @param toOtherOrders units held or shipped there for every other order (oms)
     */
    public record RingFence(Sku sku, LocationId warehouse, long ordinarySupply, long receivedForPurchases,
            long toIndentOrders, long toOtherOrders) {}
}

package dev.oms.core.application;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.OrderStore;
import dev.oms.core.order.Order;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;

/**
 * The restock queues, read from the stored orders. The order store has no query for waiting units, so
 * this replays every stored order: linear in the number of orders, which suits the in-memory store and
 * small shops; a store-side index of waiting lines is the way to scale it.
 */
final class WaitingOrders {
    private final CommandExecution execution;
    private final OrderStore orders;

    WaitingOrders(CommandExecution execution, OrderStore orders) {
        this.execution = execution;
        this.orders = orders;
    }

    /** Every queue entry of these SKUs, in any order other than {@code except}. */
    WaitingDemand demandFor(List<Sku> skus, OrderId except) {
        if (skus.isEmpty()) {
            return WaitingDemand.none();
        }
        return new WaitingDemand(entries().filter(e -> skus.contains(e.sku()) && !e.orderId().equals(except)));
    }

    /** The queue entries of one SKU. */
    List<WaitingUnits> queueOf(Sku sku) {
        return entries().filter(e -> e.sku().equals(sku));
    }

    /** Orders with pre-ordered units of the SKU. */
    List<Order> preorderedOf(Sku sku) {
        return List.ofAll(orders.orderIds()).flatMap(execution::load)
                .filter(o -> o.lines().values().exists(l -> l.sku().equals(sku) && l.count(Bucket.PREORDERED) > 0));
    }

    private List<WaitingUnits> entries() {
        return List.ofAll(orders.orderIds()).flatMap(execution::load).flatMap(WaitingUnits::of);
    }
}

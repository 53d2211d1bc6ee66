// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.application.AdjustmentReport;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.order.AllocatedLine;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The midday stock count: a shelf of enamel mugs in the north warehouse came down, and the count finds every mug
 * nobody was promised gone, and {@link #PROMISED_GONE} that were. The newest orders holding mugs there give theirs
 * up, and oms routes them to the south warehouse (or lets them wait, or cancels them where they can do neither).
 * The host never counts more promised mugs gone than orders could give up (mugs on a pick list, picked or packed
 * are in someone's hands), so nothing stays promised beyond what is on hand.
 */
final class StockCount {
    static final Sku COUNTED = Sku.of("MUG-ENAMEL");
    static final LocationId AT = Shop.NORTH;
    static final long PROMISED_GONE = 2;

    private final OrderManagement oms;
    private final InMemoryAdapters adapters;
    private final HostLedger ledger;

    StockCount(OrderManagement oms, InMemoryAdapters adapters, HostLedger ledger) {
        this.oms = oms;
        this.adapters = adapters;
        this.ledger = ledger;
    }

    /** Counts, records the adjustment in the host's books, and what became of the orders that gave units up. */
    void count() {
        StockLevel books = adapters.inventory().stockAt(COUNTED, AT).get();
        Map<OrderId, Order> holders = adapters.orders().allocatedAt(COUNTED, AT).stream().map(AllocatedLine::orderId)
                .distinct().map(id -> oms.queries().find(id).get()).collect(Collectors.toMap(Order::id, Function.identity()));
        long givable = holders.values().stream().mapToLong(StockCount::onNoPickList).sum();
        long counted = Math.max(0, books.reserved() + books.ringFenced() - Math.min(PROMISED_GONE, givable));
        AdjustmentReport report = Simulation.expect(oms.stocktaking()
                .adjust(StockAdjustment.counted(COUNTED, AT, counted), "midday-count:" + COUNTED + "@" + AT), "midday count");
        ledger.adjusted(COUNTED, AT, counted - books.onHand());
        long rerouted = 0;
        long backordered = 0;
        long cancelled = 0;
        for (Order after : report.ordersShort()) {
            Order before = holders.get(after.id());
            rerouted += change(before, after, line -> line.count(Bucket.ALLOCATED) - line.count(Bucket.ALLOCATED, AT));
            backordered += change(before, after, line -> line.count(Bucket.BACKORDERED));
            cancelled += change(before, after, line -> line.count(Bucket.CANCELLED));
        }
        ledger.counted(new SimulationReport.Count(COUNTED, AT, books.onHand(), counted, report.stock().shortfall(),
                report.ordersShort().size(), rerouted, backordered, cancelled, report.unsettled()));
    }

    /** Mugs the order holds at the counted location that no pick list covers: what it could give up. */
    private static long onNoPickList(Order order) {
        return order.lines().values().filter(l -> l.sku().equals(COUNTED)).map(l -> order.unlistedAllocated(l.id(), AT))
                .sum().longValue();
    }

    /** How much a measure of the counted SKU's lines grew from one state of the order to the next. */
    private static long change(Order before, Order after, Function<Line, Long> measure) {
        return sum(after, measure) - sum(before, measure);
    }

    private static long sum(Order order, Function<Line, Long> measure) {
        List<Line> lines = order.lines().values().filter(l -> l.sku().equals(COUNTED)).toJavaList();
        return lines.stream().mapToLong(measure::apply).sum();
    }
}

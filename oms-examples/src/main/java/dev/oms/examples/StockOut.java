// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.application.Cancelled;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;

/**
 * A stock-out with backorders: the north warehouse has ten kitchen scales and six orders want nineteen.
 * The first two ship in full; the third ships one and backorders two; the last three wait entirely. One
 * of those customers gives up and cancels. Two receipts, four units in the north and then three in the
 * south, fill the backorders oldest first, and those orders ship.
 */
final class StockOut {
    static final int ORDERS = 6;
    private static final long[] UNITS = {4, 5, 3, 2, 3, 2};

    private final WaitingStories stories;
    private final OrderManagement oms;
    private OrderId last;

    StockOut(WaitingStories stories, OrderManagement oms) {
        this.stories = stories;
        this.oms = oms;
    }

    void placeOrders() {
        for (int i = 0; i < UNITS.length; i++) {
            Channel channel = i % 2 == 0 ? Channel.WEB : Channel.MARKETPLACE;
            last = stories.place(channel, "SCALE-" + (i + 1), Shop.SCALE, UNITS[i]).id();
        }
    }

    /** The last customer would rather not wait for the restock. */
    void oneCustomerGivesUp() {
        Order order = oms.queries().find(last).get();
        stories.cancelRequested(order.lines().values().map(line -> line.quantity()).sum().longValue());
        Simulation.expect(oms.orders().cancel(last, CancelRequest.wholeOrder("cancel:" + last, "will not wait for the restock")).map(Cancelled::order),
                "cancel a backorder");
    }

    void firstReceipt() {
        stories.receive("scale-receipt-1", Shop.SCALE, Shop.NORTH, 4);
    }

    void secondReceipt() {
        stories.receive("scale-receipt-2", Shop.SCALE, Shop.SOUTH, 3);
    }
}

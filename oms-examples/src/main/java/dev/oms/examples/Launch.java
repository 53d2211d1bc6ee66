// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.application.OrderManagement;
import dev.oms.spi.value.Channel;

/**
 * A pre-order launch: the burr grinder is announced for {@link Shop#LAUNCH_RELEASE} with a cap of
 * {@link Shop#LAUNCH_CAP} pre-ordered units. Six orders pre-order the whole cap; the two that come after
 * it are backordered behind them. Six grinders arrive before the release and sell nothing until it; the
 * release fills the first four pre-orders in placement order, and the last two are told they still wait.
 * Three more grinders fill those two pre-orders first and then the first backorder; the second backorder
 * keeps waiting.
 */
final class Launch {
    static final int ORDERS = 8;
    private static final long[] PREORDERED_UNITS = {1, 2, 1, 2, 1, 1};

    private final WaitingStories stories;
    private final OrderManagement oms;

    Launch(WaitingStories stories, OrderManagement oms) {
        this.stories = stories;
        this.oms = oms;
    }

    void placeOrders() {
        for (int i = 0; i < PREORDERED_UNITS.length; i++) {
            stories.place(Channel.WEB, "LAUNCH-" + (i + 1), Shop.GRINDER, PREORDERED_UNITS[i]);
        }
        stories.place(Channel.WEB, "LAUNCH-7", Shop.GRINDER, 1);
        stories.place(Channel.PHONE, "LAUNCH-8", Shop.GRINDER, 1);
    }

    /** The first grinders reach the north warehouse a day early: they wait for the release like the orders. */
    void firstShipmentBeforeTheRelease() {
        stories.receive("grinder-shipment-1", Shop.GRINDER, Shop.NORTH, 6);
    }

    void release() {
        oms.inbound().release(Shop.GRINDER.sku(), "grinder-launch")
                .getOrElseThrow(rejection -> new IllegalStateException("the launch was refused: " + rejection))
                .forEach(order -> stories.deliver(order.id()));
    }

    void secondShipment() {
        stories.receive("grinder-shipment-2", Shop.GRINDER, Shop.SOUTH, 3);
    }
}

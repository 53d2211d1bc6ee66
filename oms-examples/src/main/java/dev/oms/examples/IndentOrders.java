// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PurchaseReceipt;
import dev.oms.inmemory.InMemorySupplierGateway;
import dev.oms.spi.supplier.PurchaseRequest;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Indent orders: a restaurant orders twelve knife sets and a hotel ten, so the shop buys them from the
 * knife maker for those customers. The north warehouse holds three of its own: one web customer takes two,
 * another wants three and gets one, the other two backordered. The knife maker commits all twelve for the
 * restaurant but only six for the hotel, whose other four are backordered. The goods arrive ring-fenced,
 * the restaurant's in two deliveries; they go to the two indent orders only, which then ship, and the
 * backorders keep waiting for the shop's own restock. A cookery school's order for ten, placed last, is
 * still waiting for the knife maker's answer when the run ends.
 */
final class IndentOrders {
    static final int ORDERS = 5;
    private static final LocalDate EXPECTED = LocalDate.parse("2026-03-05");

    private final WaitingStories stories;
    private final OrderManagement oms;
    private final InMemorySupplierGateway supplier;
    private OrderId restaurant;
    private OrderId hotel;

    IndentOrders(WaitingStories stories, OrderManagement oms, InMemorySupplierGateway supplier) {
        this.stories = stories;
        this.oms = oms;
        this.supplier = supplier;
    }

    void placeOrders() {
        stories.place(Channel.WEB, "KNIVES-1", Shop.KNIFE_SET, 2);
        restaurant = stories.place(Channel.PHONE, "KNIVES-2", Shop.KNIFE_SET, 12).id();
        hotel = stories.place(Channel.PHONE, "KNIVES-3", Shop.KNIFE_SET, 10).id();
        stories.place(Channel.WEB, "KNIVES-4", Shop.KNIFE_SET, 3);
        stories.place(Channel.PHONE, "KNIVES-5", Shop.KNIFE_SET, 10);
    }

    void supplierAnswers() {
        Simulation.expect(oms.inbound().recordSupplierAnswer(restaurant,
                SupplierConfirmation.committed(purchaseOf(restaurant).purchaseId(), 12, EXPECTED)), "supplier answer");
        Simulation.expect(oms.inbound().recordSupplierAnswer(hotel, new SupplierConfirmation(purchaseOf(hotel).purchaseId(), 6,
                Optional.of(EXPECTED), Optional.of("allocation cut"))), "supplier answer");
    }

    void goodsArrive() {
        receive(restaurant, "knives-gr-1", 8);
        receive(restaurant, "knives-gr-2", 4);
        receive(hotel, "knives-gr-3", 6);
        stories.deliver(restaurant);
        stories.deliver(hotel);
    }

    private void receive(OrderId order, String receiptId, long units) {
        stories.receivedForPurchase(Shop.KNIFE_SET, Shop.NORTH, units);
        Simulation.expect(oms.inbound().receivePurchase(order, new PurchaseReceipt(receiptId, purchaseOf(order).purchaseId(),
                Shop.NORTH, units)), "receive purchased goods");
    }

    private PurchaseRequest purchaseOf(OrderId order) {
        return supplier.requests().stream().filter(request -> request.orderId().equals(order)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no purchase was requested for order " + order));
    }
}

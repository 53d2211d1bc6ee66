// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The limit: the lifecycle's work written by hand as plain mutable Java. Maps and counters, money in
 * cents, no validation, no events, no idempotency, no history, single-threaded. It reserves, authorises,
 * lists, picks, packs, labels, captures, consumes stock and counts notifications, as oms does, and
 * nothing more.
 */
final class HandWrittenShop {
    /** Where an order's units are; all lines move together in this lifecycle. */
    enum Stage { ALLOCATED, PICKING, PICKED, PACKED, SHIPPED, DELIVERED }

    /** One SKU's stock at the single warehouse. */
    static final class Stock {
        long onHand;
        long reserved;
        final String bin;

        Stock(long onHand, String bin) {
            this.onHand = onHand;
            this.bin = bin;
        }
    }

    /** An order as mutable fields. */
    static final class HandOrder {
        final long id;
        final String[] skus;
        final long[] quantities;
        final long[] unitCents;
        Stage stage = Stage.ALLOCATED;
        long authorizedCents;
        long capturedCents;
        List<String> pickList;
        String trackingNumber;

        HandOrder(long id, String[] skus, long[] quantities, long[] unitCents) {
            this.id = id;
            this.skus = skus;
            this.quantities = quantities;
            this.unitCents = unitCents;
        }
    }

    private static final long[] UNIT_CENTS = {5000, 1250, 399};

    private final Map<String, Stock> stock = new HashMap<>();
    private final Map<Long, HandOrder> orders = new HashMap<>();
    private final Map<String, Long> byExternalId = new HashMap<>();
    private long nextId;
    private long notificationsSent;

    HandWrittenShop(int skus, long unitsPerSku) {
        for (int i = 0; i < skus; i++) {
            stock.put("SKU-" + i, new Stock(unitsPerSku, "BIN-" + i));
        }
    }

    /** Place (reserve, authorise), pick list, pick, pack, ship (label, capture, consume), deliver. */
    HandOrder lifecycle(String externalId) {
        HandOrder order = place(externalId, new String[] {"SKU-0", "SKU-1", "SKU-2"});
        createPickList(order.id);
        pick(order.id);
        pack(order.id);
        ship(order.id);
        deliver(order.id);
        if (order.stage != Stage.DELIVERED) {
            throw new IllegalStateException("lifecycle ended in " + order.stage + " for " + externalId);
        }
        return order;
    }

    HandOrder place(String externalId, String[] skus) {
        for (int i = 0; i < skus.length; i++) {
            Stock s = stock.get(skus[i]);
            if (s.onHand - s.reserved < OmsShop.QUANTITIES[i]) {
                throw new IllegalStateException("out of stock: " + skus[i]);
            }
        }
        long total = 0;
        for (int i = 0; i < skus.length; i++) {
            stock.get(skus[i]).reserved += OmsShop.QUANTITIES[i];
            total += OmsShop.QUANTITIES[i] * UNIT_CENTS[i];
        }
        HandOrder order = new HandOrder(++nextId, skus, OmsShop.QUANTITIES, UNIT_CENTS);
        order.authorizedCents = total;
        orders.put(order.id, order);
        byExternalId.put(externalId, order.id);
        notificationsSent++;
        return order;
    }

    void createPickList(long id) {
        HandOrder order = orders.get(id);
        List<String> list = new ArrayList<>(order.skus.length);
        for (int i = 0; i < order.skus.length; i++) {
            list.add(stock.get(order.skus[i]).bin + ":" + order.quantities[i]);
        }
        order.pickList = list;
        order.stage = Stage.PICKING;
    }

    void pick(long id) {
        orders.get(id).stage = Stage.PICKED;
    }

    void pack(long id) {
        orders.get(id).stage = Stage.PACKED;
    }

    void ship(long id) {
        HandOrder order = orders.get(id);
        order.trackingNumber = "TRK-" + id;
        long due = 0;
        for (int i = 0; i < order.skus.length; i++) {
            Stock s = stock.get(order.skus[i]);
            s.onHand -= order.quantities[i];
            s.reserved -= order.quantities[i];
            due += order.quantities[i] * order.unitCents[i];
        }
        order.capturedCents = due;
        order.stage = Stage.SHIPPED;
        notificationsSent++;
    }

    void deliver(long id) {
        orders.get(id).stage = Stage.DELIVERED;
        notificationsSent++;
    }
}

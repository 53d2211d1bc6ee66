// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi;

import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.notification.NotificationSender;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.value.Require;
import java.time.Clock;

/**
 * Every port oms needs, in one value: what a host (or an adapter module) hands to the facade. Time is a
 * port too: oms reads it only from {@code clock}.
 *
 * @param orders where orders and their read models are stored
 * @param inventory locations and stock
 * @param payments the payment provider
 * @param carrier the shipping carrier
 * @param notifications what tells customers
 * @param catalog the products sold
 * @param ids where new order ids come from
 * @param clock the only time oms reads
 */
public record Ports(OrderStore orders, InventoryStore inventory, PaymentGateway payments, ShippingCarrier carrier,
        NotificationSender notifications, Catalog catalog, IdGenerator ids, Clock clock) {
    /**
     * Bundles the ports.
     *
     * @param orders where orders and their read models are stored
     * @param inventory locations and stock
     * @param payments the payment provider
     * @param carrier the shipping carrier
     * @param notifications what tells customers
     * @param catalog the products sold
     * @param ids where new order ids come from
     * @param clock the only time oms reads
     * @throws NullPointerException when any port is null
     */
    public Ports {
        Require.nonNull(orders, "orders");
        Require.nonNull(inventory, "inventory");
        Require.nonNull(payments, "payments");
        Require.nonNull(carrier, "carrier");
        Require.nonNull(notifications, "notifications");
        Require.nonNull(catalog, "catalog");
        Require.nonNull(ids, "ids");
        Require.nonNull(clock, "clock");
    }
}

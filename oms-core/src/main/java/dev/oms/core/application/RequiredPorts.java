// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.IdGenerator;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.notification.NotificationSender;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.shipping.ShippingCarrier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The ports a builder was given, checked all at once: a host missing several hears of every one. */
final class RequiredPorts {
    private RequiredPorts() {}

    static Ports of(OrderStore orders, InventoryStore inventory, PaymentGateway payments, ShippingCarrier carrier,
            NotificationSender notifications, Catalog catalog, IdGenerator ids, Clock clock) {
        List<String> missing = new ArrayList<>();
        missingIfNull(orders, "orders", missing);
        missingIfNull(inventory, "inventory", missing);
        missingIfNull(payments, "payments", missing);
        missingIfNull(carrier, "carrier", missing);
        missingIfNull(notifications, "notifications", missing);
        missingIfNull(catalog, "catalog", missing);
        missingIfNull(ids, "ids", missing);
        missingIfNull(clock, "clock", missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("OrderManagement.builder() is missing required ports: "
                    + String.join(", ", missing) + " (set each, or all at once with ports(Ports))");
        }
        return new Ports(orders, inventory, payments, carrier, notifications, catalog, ids, clock);
    }

    /**
     * Refuses a policy without the port it works through: an indent policy without a supplier gateway, a dropship
     * policy without a fulfilment service.
     */
    static void checkPoliciesHaveTheirPorts(Object indentPolicy, Object supplierGateway, Object dropshipPolicy,
            Object fulfilmentService) {
        if (indentPolicy != null && supplierGateway == null) {
            throw new IllegalStateException("an indent policy needs a supplier gateway to send purchase requests to");
        }
        if (dropshipPolicy != null && fulfilmentService == null) {
            throw new IllegalStateException("a dropship policy needs a fulfilment service to send the suppliers' requests to");
        }
    }

    private static void missingIfNull(Object port, String name, List<String> missing) {
        if (port == null) {
            missing.add(name);
        }
    }
}

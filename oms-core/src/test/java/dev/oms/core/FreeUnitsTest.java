// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.Shipped;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.event.PaymentEvent.CashCollected;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Free units (a gift, a promotion at a price of zero) move through the lifecycle like any other. */
class FreeUnitsTest {

    @Test
    void aCashOnDeliveryPackageOfFreeUnitsIsDeliveredWithNoCashCollected() {
        TestShop shop = new TestShop().stock("MUG", 5, 0).stock("GIFT", 5, 0);
        Order placed = shop.oms.orders().place(order("F-1", PaymentMethod.cashOnDelivery(),
                line("MUG", 1, "EUR 10.00"), line("GIFT", 1, "EUR 0.00"))).get();
        Order delivered = deliverEachLineInItsOwnPackage(shop, placed);

        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        List<CashCollected> collected = delivered.handledCommands().values().flatMap(events -> events)
                .filter(CashCollected.class::isInstance).map(CashCollected.class::cast).toJavaList();
        assertThat(collected).extracting(c -> c.amount().toString()).containsExactly("EUR 10.00");
    }

    @Test
    void aCardOrderOfOnlyFreeUnitsShipsWithNothingToCapture() {
        TestShop shop = new TestShop().stock("GIFT", 5, 0);
        Order placed = shop.oms.orders().place(order("F-2", line("GIFT", 2, "EUR 0.00"))).get();

        Order delivered = deliverEachLineInItsOwnPackage(shop, placed);

        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.payment().captured().isZero()).isTrue();
    }

    private static Order deliverEachLineInItsOwnPackage(TestShop shop, Order placed) {
        Order order = shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        order = shop.oms.warehouse().confirmPicked(placed.id(), order.pickLists().keySet().head()).get();
        for (var line : order.lines().values()) {
            order = shop.oms.warehouse().confirmPacked(placed.id(), PackRequest.of("pack-" + line.id(), EAST,
                    List.of(new PackageItem(LineId.of(line.id().value()), line.quantity())))).map(Packed::order).get();
        }
        for (OrderPackage pkg : order.packages().values()) {
            order = shop.oms.warehouse().ship(placed.id(), pkg.id(), "ground").map(Shipped::order).get();
            order = shop.oms.warehouse().confirmDelivery(placed.id(), pkg.id()).get();
        }
        return order;
    }
}

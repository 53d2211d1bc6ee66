// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.BackInStock;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.order.Order;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.subscription.BackInStockAlert;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Returned units restocked come back like any other: one waiting subscriber told per unit, the oldest first. */
class ReturnedUnitsBackInStockTest {
    private static final Sku MUG = Sku.of("MUG");

    @Test
    void aRestockedReturnedMugTellsTheOldestSubscriberAndAWrittenOffOneNobody() {
        AfterSaleShop shop = new AfterSaleShop(ReturnPolicy.withinDays(30));
        Order order = shop.delivered("web-1", 3);
        OrderManagement oms = OrderManagement.builder().ports(shop.adapters.ports(shop.clock))
                .backInStock(BackInStock.of(shop.adapters.backInStockSubscriptions(), shop.adapters.backInStockAlerts())).build();
        oms.subscriptions().subscribe("k-ada", MUG, CustomerRef.of("ada")).get();
        oms.subscriptions().subscribe("k-bob", MUG, CustomerRef.of("bob")).get();
        ReturnId rma = shop.approved(order, 2);

        oms.returns().receive(order.id(), new ReturnArrival("in-1", rma, AfterSaleShop.WH, List.of(
                new ReturnArrival.Line(AfterSaleShop.MUGS, 1, Disposition.RESTOCK),
                new ReturnArrival.Line(AfterSaleShop.MUGS, 1, Disposition.WRITE_OFF)))).get();

        assertThat(shop.adapters.backInStockAlerts().delivered()).extracting(BackInStockAlert::customer)
                .containsExactly(CustomerRef.of("ada"));
    }
}

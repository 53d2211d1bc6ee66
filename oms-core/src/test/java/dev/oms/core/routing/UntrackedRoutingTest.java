// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import static dev.oms.core.routing.Places.GLASGOW;
import static dev.oms.core.routing.Places.LONDON;
import static dev.oms.core.routing.Places.MANCHESTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing needs no stock for an untracked line: it routes the tracked lines, and the untracked one goes with them. */
class UntrackedRoutingTest {
    private final InMemoryAdapters adapters = InMemoryAdapters.create();

    private OrderManagement shop(RoutingStrategy strategy) {
        adapters.inventory()
                .addLocation(Places.warehouse("GLA", 1, GLASGOW))
                .addLocation(Places.warehouse("MAN", 2, MANCHESTER));
        adapters.catalog().add(new Product(Sku.of("SHOE"), "Shoe"));
        adapters.catalog().add(Product.untracked(Sku.of("CARE-PLAN"), "Shoe care plan"));
        adapters.inventory().setStock(Sku.of("SHOE"), Places.id("GLA"), 10, "G-1");
        adapters.inventory().setStock(Sku.of("SHOE"), Places.id("MAN"), 10, "M-1");
        return OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).allocationPolicy(new RoutedAllocation(strategy)).build();
    }

    private static PlaceOrder londonOrder(TestShopLine... lines) {
        return PlaceOrder.builder().channel(Channel.WEB).externalId("W-1").customer(CustomerRef.of("C-1"))
                .shipTo(Places.address("GB", LONDON)).paymentMethod(PaymentMethod.card("tok_ok"))
                .lines(java.util.Arrays.stream(lines).map(l -> TestShop.line(l.sku(), l.quantity(), "EUR 50.00")).toList()).build();
    }

    private record TestShopLine(String sku, long quantity) {}

    @Test
    void theCarePlanGoesWhereTheNearestWarehouseShipsTheShoesFrom() {
        OrderManagement oms = shop(Strategies.nearest());
        Order order = oms.orders().place(londonOrder(new TestShopLine("CARE-PLAN", 1), new TestShopLine("SHOE", 2))).get();

        assertThat(order.line(LineId.of("L2")).get().count(Bucket.ALLOCATED, Places.id("MAN"))).isEqualTo(2);
        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("MAN"))).isEqualTo(1);
        assertThat(adapters.inventory().stockOf(Sku.of("CARE-PLAN"))).isEmpty();
    }

    @Test
    void fewestShipmentsRoutesTheTrackedLinesAloneAndTheCarePlanFollowsTheLargerShipment() {
        OrderManagement oms = shop(Strategies.fewestShipments());
        Order order = oms.orders().place(londonOrder(new TestShopLine("SHOE", 14), new TestShopLine("CARE-PLAN", 3))).get();

        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED)).isEqualTo(14);
        long atGla = order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("GLA"));
        String larger = atGla >= 7 ? "GLA" : "MAN";
        assertThat(order.line(LineId.of("L2")).get().count(Bucket.ALLOCATED, Places.id(larger))).isEqualTo(3);
        assertThat(oms.sourcing().explainRouting(order.id()).isRight()).isTrue();
    }

    @Test
    void anOrderOfTheCarePlanAloneIsRoutedWithoutStock() {
        OrderManagement oms = shop(Strategies.nearest());
        Order order = oms.orders().place(londonOrder(new TestShopLine("CARE-PLAN", 2))).get();

        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("GLA")))
                .as("no stock decides: the host's most preferred location").isEqualTo(2);
        assertThat(List.of(order.reservationAttempts())).containsExactly(0);
    }
}

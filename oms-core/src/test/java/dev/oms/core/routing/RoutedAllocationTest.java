// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.event.AllocationEvent;

import static dev.oms.core.routing.Places.GLASGOW;
import static dev.oms.core.routing.Places.LONDON;
import static dev.oms.core.routing.Places.MANCHESTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
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

/** Routing plugged into the facade as its allocation policy, on the in-memory adapters. */
class RoutedAllocationTest {
    private final InMemoryAdapters adapters = InMemoryAdapters.create();

    private OrderManagement shop(RoutedAllocation policy) {
        return shop(policy, BackorderPolicy.none());
    }

    private OrderManagement shop(RoutedAllocation policy, BackorderPolicy backorders) {
        adapters.inventory()
                .addLocation(Places.warehouse("GLA", 1, GLASGOW))
                .addLocation(Places.warehouse("MAN", 2, MANCHESTER))
                .addLocation(Places.warehouse("PAUSED", 0, LONDON).withActive(false));
        adapters.catalog().add(new Product(Sku.of("SHOE"), "Shoe"));
        adapters.inventory().setStock(Sku.of("SHOE"), Places.id("GLA"), 10, "G-1");
        adapters.inventory().setStock(Sku.of("SHOE"), Places.id("MAN"), 10, "M-1");
        adapters.inventory().setStock(Sku.of("SHOE"), Places.id("PAUSED"), 10, "P-1");
        return OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).allocationPolicy(policy).backorderPolicy(backorders).build();
    }

    private static PlaceOrder londonOrder(String externalId, long pairs) {
        return PlaceOrder.builder().channel(Channel.WEB).externalId(externalId).customer(CustomerRef.of("C-1"))
                .shipTo(Places.address("GB", LONDON)).paymentMethod(PaymentMethod.card("tok_ok"))
                .lines(List.of(TestShop.line("SHOE", pairs, "EUR 50.00"))).build();
    }

    @Test
    void anOrderPlacedThroughTheFacadeIsAllocatedAtTheNearestActiveWarehouse() {
        OrderManagement oms = shop(new RoutedAllocation(Strategies.nearest()));
        Order order = oms.orders().place(londonOrder("W-1", 3)).get();

        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("MAN"))).isEqualTo(3);
        assertThat(adapters.inventory().stockAt(Sku.of("SHOE"), Places.id("MAN")).get().reserved()).isEqualTo(3);
        assertThat(adapters.inventory().stockAt(Sku.of("SHOE"), Places.id("GLA")).get().reserved()).isZero();
    }

    @Test
    void theOperatorCanAskWhyAnAllocatedOrderShipsFromWhereItDoes() {
        OrderManagement oms = shop(new RoutedAllocation(Strategies.nearest()));
        Order order = oms.orders().place(londonOrder("W-1", 12)).get();

        RoutingDecision why = oms.sourcing().explainRouting(order.id()).get();
        assertThat(why.toAllocationPlan().reservations()).containsExactlyInAnyOrderElementsOf(
                order.lines().values().flatMap(l -> l.slots(Bucket.ALLOCATED).map(slot ->
                        new dev.oms.spi.event.AllocationEvent.Reservation(l.id(), l.sku(), slot.location().get(), l.count(slot)))));
        assertThat(why.traceOf(Places.id("PAUSED")).reason()).isEqualTo("excluded by rule 'active'");
        assertThat(why.explain()).contains("ship from MAN: L1 x10", "ship from GLA: L1 x2");
    }

    @Test
    void aRerouteSendsTheFailedWarehousesUnitsToTheNextNearestActiveOneAndTheExplanationFollows() {
        OrderManagement oms = shop(new RoutedAllocation(Strategies.nearest()));
        Order order = oms.orders().place(londonOrder("W-1", 3)).get();
        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("MAN"))).isEqualTo(3);

        Order rerouted = oms.sourcing().reroute(order.id(), Places.id("MAN"), "count-1", "stock count came up short").get();

        assertThat(rerouted.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("GLA"))).isEqualTo(3);
        assertThat(adapters.inventory().stockAt(Sku.of("SHOE"), Places.id("MAN")).get().reserved()).isZero();
        assertThat(adapters.inventory().stockAt(Sku.of("SHOE"), Places.id("PAUSED")).get().reserved()).isZero();
        assertThat(oms.sourcing().explainRouting(order.id()).get().explain()).contains("ship from GLA: L1 x3").doesNotContain("ship from MAN");
    }

    @Test
    void fillingByPriorityDrainsThePreferredWarehouseThenTheNextAndBackordersWhatNoneHas() {
        OrderManagement oms = shop(new RoutedAllocation(Strategies.fillByPriority()),
                BackorderPolicy.always(BackorderTerms.allowedWithoutLimit()));
        Order order = oms.orders().place(londonOrder("W-1", 12)).get();

        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("GLA"))).isEqualTo(10);
        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("MAN"))).isEqualTo(2);
        assertThat(oms.sourcing().explainRouting(order.id()).get().explain())
                .startsWith("routed by fill-by-priority").contains("ship from GLA: L1 x10", "ship from MAN: L1 x2");

        // GLA's count came up short: its 10 go to MAN, which has 8 left; the paused warehouse is never asked.
        Order rerouted = oms.sourcing().reroute(order.id(), Places.id("GLA"), "count-1", "stock count came up short").get();
        assertThat(rerouted.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("MAN"))).isEqualTo(10);
        assertThat(rerouted.line(LineId.of("L1")).get().count(Bucket.BACKORDERED)).isEqualTo(2);
        assertThat(adapters.inventory().stockAt(Sku.of("SHOE"), Places.id("GLA")).get().reserved()).isZero();
        assertThat(adapters.inventory().stockAt(Sku.of("SHOE"), Places.id("PAUSED")).get().reserved()).isZero();
    }

    @Test
    void explainingNeedsARoutingPolicy() {
        TestShop plain = new TestShop().stock("SHOE", 5, 5);
        Order order = plain.oms.orders().place(TestShop.order("W-1", TestShop.line("SHOE", 1, "EUR 50.00"))).get();

        assertThat(plain.oms.sourcing().explainRouting(order.id()).getLeft().problems().head().code()).isEqualTo(ProblemCode.NOT_ROUTED);
    }

    @Test
    void aShipTogetherWishFromTheHostRoutesTheWholeOrderFromOneLocation() {
        OrderManagement oms = shop(new RoutedAllocation(Strategies.nearest(),
                order -> RoutingRequest.pendingUnitsOf(order).withShipTogether(true)));
        adapters.inventory().setStock(Sku.of("SHOE"), Places.id("MAN"), 2, "M-1");
        Order order = oms.orders().place(londonOrder("W-1", 3)).get();

        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("GLA"))).isEqualTo(3);
    }

    @Test
    void lowestCostRoutingAsksTheCarrierForQuotesAndShipsFromTheCheapestLocation() {
        OrderManagement oms = shop(RoutedAllocation.byQuotes("ground", Strategies::lowestCost));
        adapters.carrier().rateFrom(Places.id("GLA"), "ground", org.joda.money.Money.parse("EUR 3.10"));
        Order order = oms.orders().place(londonOrder("W-1", 3)).get();

        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("GLA"))).isEqualTo(3);
        RoutingDecision why = oms.sourcing().explainRouting(order.id()).get();
        assertThat(why.traceOf(Places.id("MAN")).reason()).isEqualTo("GLA ranks ahead on shipping_cost (3.10 vs 4.90)");
    }

    @Test
    void withoutQuotesLowestCostFallsBackToDistance() {
        OrderManagement oms = shop(RoutedAllocation.byQuotes("no-such-service", Strategies::lowestCost));
        Order order = oms.orders().place(londonOrder("W-1", 3)).get();

        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("MAN"))).isEqualTo(3);
        assertThat(oms.sourcing().explainRouting(order.id()).get().traceOf(Places.id("MAN")).scores().get("shipping_cost").get().isEmpty()).isTrue();
    }

    @Test
    void clickAndCollectOrdersAreReservedAtTheStoreTheHostNames() {
        adapters.inventory().addLocation(Places.store("STORE-1", 9, LONDON));
        OrderManagement oms = shop(new RoutedAllocation(Strategies.nearest(),
                order -> RoutingRequest.pendingUnitsOf(order).to(new Destination.Pickup(Places.id("STORE-1"), false))));
        adapters.inventory().setStock(Sku.of("SHOE"), Places.id("STORE-1"), 2, "S-1");

        Order order = oms.orders().place(londonOrder("W-1", 2)).get();
        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, Places.id("STORE-1"))).isEqualTo(2);
        assertThat(oms.orders().place(londonOrder("W-2", 1)).getLeft().codes()).containsExactly(ProblemCode.INSUFFICIENT_STOCK);
    }
}

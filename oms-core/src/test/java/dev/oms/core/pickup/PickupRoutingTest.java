// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.pickup;

import static dev.oms.core.TestShop.line;
import static dev.oms.core.pickup.PickupShop.EAST;
import static dev.oms.core.pickup.PickupShop.STORE;
import static dev.oms.core.pickup.PickupShop.collected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.routing.Assignment;
import dev.oms.core.routing.CandidateTrace;
import dev.oms.core.routing.RoutedAllocation;
import dev.oms.core.routing.RoutingDecision;
import dev.oms.core.routing.Strategies;
import dev.oms.core.routing.Verdict;
import dev.oms.spi.value.Pickup;
import org.junit.jupiter.api.Test;

/**
 * The routing explained for a click-and-collect order is the one it was planned by: the store first, then the
 * host's routing for the rest with transfer, and no other location without. Before, the explanation ran the
 * host's routing over every location, as if the order were a parcel, and showed the warehouse chosen.
 */
class PickupRoutingTest {
    @Test
    void withTransferTheStoreComesFirstAndTheRoutingPlacesTheRest() {
        PickupShop shop = new PickupShop().stock("LAMP", 5, 1);
        OrderManagement routed = routed(shop, BackorderPolicy.none());
        Order order = routed.orders().place(collected("CC-1", Pickup.withTransfer(STORE), line("LAMP", 3, "EUR 30.00"))).get();

        RoutingDecision decision = routed.sourcing().explainRouting(order.id()).get();

        assertThat(decision.assignments()).extracting(Assignment::locationId, Assignment::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(STORE, 1L), org.assertj.core.groups.Tuple.tuple(EAST, 2L));
        assertThat(decision.trace().head().locationId()).isEqualTo(STORE);
        assertThat(decision.trace().head().verdict()).isEqualTo(Verdict.CHOSEN);
        assertThat(decision.coversEverything()).isTrue();
    }

    /** Units waiting for the store's stock are not routed (only pending and allocated units are), so nothing is short. */
    @Test
    void withoutTransferOnlyTheStoreIsAsked() {
        PickupShop shop = new PickupShop().stock("LAMP", 5, 1);
        OrderManagement routed = routed(shop, BackorderPolicy.perSku(io.vavr.collection.HashMap.of(dev.oms.spi.value.Sku.of("LAMP"),
                BackorderTerms.allowedWithoutLimit())));
        Order order = routed.orders().place(collected("CC-2", Pickup.atStore(STORE), line("LAMP", 3, "EUR 30.00"))).get();

        RoutingDecision decision = routed.sourcing().explainRouting(order.id()).get();

        assertThat(decision.assignments()).extracting(Assignment::locationId).containsExactly(STORE);
        assertThat(decision.assignments()).extracting(Assignment::quantity).containsExactly(1L);
        assertThat(decision.shortfalls()).isEmpty();
        assertThat(decision.trace().find(t -> t.locationId().equals(EAST)).map(CandidateTrace::verdict)).contains(Verdict.EXCLUDED);
    }

    private static OrderManagement routed(PickupShop shop, BackorderPolicy backorders) {
        return OrderManagement.builder().ports(shop.adapters.ports(TestShop.CLOCK)).backorderPolicy(backorders)
                .allocationPolicy(new RoutedAllocation(Strategies.priority())).build();
    }
}

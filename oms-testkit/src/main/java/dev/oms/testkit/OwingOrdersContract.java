// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.NOW;
import static dev.oms.testkit.ContractFixtures.store;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.OwingOrders;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link OwingOrders} read model's contract as tests: exactly the orders whose latest commit left effects
 * owed, by id, paged. An adapter's test class extends this and returns a fresh, empty store.
 */
public abstract class OwingOrdersContract {
    private OrderStore store;

    /** {@return a fresh store of the adapter under test, with no orders; called before every test} */
    protected abstract OrderStore emptyStore();

    @BeforeEach
    void freshStore() {
        store = emptyStore();
    }

    @Test
    void ordersOwingEffectsAreListedByIdAndLeaveOnceSettled() {
        store(store, summary("B", 1, true));
        store(store, summary("A", 1, true));
        store(store, summary("C", 1, false));

        assertThat(store.owingEffects(PageRequest.first(10)).items()).containsExactly(OrderId.of("A"), OrderId.of("B"));

        store(store, summary("A", 2, false));
        store(store, summary("C", 2, true));

        assertThat(Page.all(store::owingEffects)).containsExactly(OrderId.of("B"), OrderId.of("C"));
    }

    @Test
    void pagesNeitherRepeatNorSkipWhileOrdersSettle() {
        for (int i = 0; i < 7; i++) {
            store(store, summary("O-" + i, 1, true));
        }
        List<OrderId> seen = new ArrayList<>();
        Page<OrderId> page = store.owingEffects(PageRequest.first(3));
        seen.addAll(page.items());
        // Settling what a page listed, as resumeAll does, must not move the next page.
        for (OrderId id : page.items()) {
            store(store, summary(id.value(), 2, false));
        }
        while (page.next().isPresent()) {
            page = store.owingEffects(page.nextPage(3).get());
            seen.addAll(page.items());
        }

        assertThat(seen).extracting(OrderId::value).containsExactly("O-0", "O-1", "O-2", "O-3", "O-4", "O-5", "O-6");
        assertThat(Page.all(store::owingEffects)).hasSize(4);
    }

    private static OrderSummary summary(String id, long version, boolean owes) {
        return new OrderSummary(OrderId.of(id), Channel.WEB, "ext-" + id, CustomerRef.of("C-1"), OrderStatus.ALLOCATED, NOW,
                version, owes, List.of());
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.inmemory.InMemoryHoldStore;
import dev.oms.inmemory.InMemoryInventoryStore;
import dev.oms.inmemory.InMemoryNotificationSender;
import dev.oms.inmemory.InMemoryOrderStore;
import dev.oms.inmemory.InMemoryPaymentGateway;
import dev.oms.inmemory.InMemoryShippingCarrier;
import dev.oms.testkit.ConcurrentHistories;
import dev.oms.testkit.ConcurrentHistories.History;
import dev.oms.testkit.ConcurrentHistories.Layout;
import dev.oms.testkit.ConcurrentHistories.Mix;
import dev.oms.testkit.ConcurrentHistories.Result;
import dev.oms.testkit.ConcurrentHistories.Stores;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Trust under load on the in-memory adapters: two facades share one set of stores, each step's calls
 * race on threads, and after every step, settled, the orders, holds and stock reconcile. The number of
 * histories comes from the configuration ({@code jqwik.tries.default}).
 */
class InMemoryTrustUnderLoadProperties {
    private static final int INSTANCES = 2;

    /**
     * Duplicate submissions and one-shot storage and port failures among racing calls; histories without
     * faults or duplicates are part of the mix ({@link Mix#FULL}).
     */
    @Property
    void historiesWithDuplicatesAndFaultsReconcileAfterEveryStep(@ForAll("full") History history) {
        assertReconciles(history);
    }



    /**
     * The same, with orders delivered and delivered units exchanged while placements, receipts, cancellations, edits
     * and the same exchange race ({@link Mix#AFTER_SALE}).
     */
    @Property
    void afterSaleHistoriesReconcileAfterEveryStep(@ForAll("afterSale") History history) {
        assertReconciles(history);
    }

    private static void assertReconciles(History history) {
        Stores stores = open(ConcurrentHistories.layout());
        Result result = ConcurrentHistories.run(history, java.util.Collections.nCopies(INSTANCES, stores));
        assertThat(result.violations()).as("what the calls answered:%s%n", result.transcript()).isEmpty();
    }

    private static Stores open(Layout layout) {
        InMemoryInventoryStore inventory = new InMemoryInventoryStore();
        layout.locations().forEach(inventory::addLocation);
        layout.stock().forEach(level -> inventory.setStock(level.sku(), level.locationId(), level.onHand(), level.bin()));
        return new Stores(new InMemoryOrderStore(), inventory, new InMemoryHoldStore(), new InMemoryPaymentGateway(),
                InMemoryShippingCarrier.withDefaultServices(), new InMemoryNotificationSender());
    }

    @Provide
    Arbitrary<History> full() {
        return ConcurrentHistories.histories(Mix.FULL);
    }

    @Provide
    Arbitrary<History> afterSale() {
        return ConcurrentHistories.histories(Mix.AFTER_SALE);
    }


}

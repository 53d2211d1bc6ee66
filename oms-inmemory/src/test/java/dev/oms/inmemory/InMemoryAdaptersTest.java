// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.order.Page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.catalog.Product;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InMemoryAdaptersTest {

    @Test
    void createGivesAFreshSetOfEveryAdapter() {
        var adapters = InMemoryAdapters.create();

        assertThat(Page.all(adapters.orders()::orderIds)).isEmpty();
        assertThat(adapters.inventory().locations()).isEmpty();
        assertThat(adapters.payments().performedCalls()).isZero();
        assertThat(adapters.carrier().labelsPurchased()).isEmpty();
        assertThat(adapters.notifications().delivered()).isEmpty();
        assertThat(adapters.catalog().find(Sku.of("ANY"))).isEmpty();
        assertThat(adapters.ids().newOrderId()).isEqualTo(OrderId.of("ORD-000001"));
        assertThat(InMemoryAdapters.create().orders()).isNotSameAs(adapters.orders());
    }

    @Test
    void catalogFindsAddedProductsUntilWithdrawn() {
        var book = new Product(Sku.of("BOOK-1"), "The Pre-Order");
        var catalog = new InMemoryCatalog().add(book);

        assertThat(catalog.find(Sku.of("BOOK-1"))).contains(book);
        catalog.withdraw(Sku.of("BOOK-1"));
        assertThat(catalog.find(Sku.of("BOOK-1"))).isEmpty();
    }

    @Test
    void idsAreSequentialPaddedAndUniqueAcrossThreads() {
        var ids = new SequentialIdGenerator("X-");
        assertThat(ids.newOrderId()).isEqualTo(OrderId.of("X-000001"));

        Set<OrderId> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 10_000).parallel().forEach(i -> seen.add(ids.newOrderId()));
        assertThat(seen).hasSize(10_000);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.NOW;
import static dev.oms.testkit.ContractFixtures.store;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.order.OrderFilter;
import dev.oms.spi.order.OrderListing;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link OrderListing} read model's contract as tests: listings follow each order's latest summary, newest
 * placement first, paged by cursor. An adapter's test class extends this and returns a fresh, empty store.
 */
public abstract class OrderListingContract {
    private static final CustomerRef ADA = CustomerRef.of("ada");
    private static final CustomerRef BOB = CustomerRef.of("bob");

    private OrderStore store;

    /** {@return a fresh store of the adapter under test, with no orders; called before every test} */
    protected abstract OrderStore emptyStore();

    @BeforeEach
    void freshStore() {
        store = emptyStore();
    }

    @Test
    void aCustomersOrdersComeNewestFirstPageByPage() {
        store(store, summary("a1", ADA, Channel.WEB, OrderStatus.DELIVERED, 1, 1));
        store(store, summary("b1", BOB, Channel.WEB, OrderStatus.DELIVERED, 2, 1));
        store(store, summary("a3", ADA, Channel.STORE, OrderStatus.ALLOCATED, 3, 1));
        store(store, summary("a2", ADA, Channel.WEB, OrderStatus.SHIPPED, 2, 1));

        Page<OrderSummary> first = store.ordersOf(ADA, PageRequest.first(2));
        Page<OrderSummary> second = store.ordersOf(ADA, first.nextPage(2).get());

        assertThat(first.items()).extracting(s -> s.orderId().value()).containsExactly("a3", "a2");
        assertThat(second.items()).extracting(s -> s.orderId().value()).containsExactly("a1");
        assertThat(second.next()).isEmpty();
        assertThat(store.ordersOf(CustomerRef.of("nobody"), PageRequest.first(5)).items()).isEmpty();
    }

    @Test
    void ordersAreFilteredByStatusChannelAndPlacementTime() {
        store(store, summary("w1", ADA, Channel.WEB, OrderStatus.ALLOCATED, 1, 1));
        store(store, summary("w2", BOB, Channel.WEB, OrderStatus.ALLOCATED, 2, 1));
        store(store, summary("s3", ADA, Channel.STORE, OrderStatus.ALLOCATED, 3, 1));
        store(store, summary("w4", BOB, Channel.WEB, OrderStatus.CANCELLED, 4, 1));

        assertThat(ids(OrderFilter.all())).containsExactly("w4", "s3", "w2", "w1");
        assertThat(ids(OrderFilter.all().withStatus(OrderStatus.ALLOCATED))).containsExactly("s3", "w2", "w1");
        assertThat(ids(OrderFilter.all().withStatus(OrderStatus.ALLOCATED).withChannel(Channel.WEB)))
                .containsExactly("w2", "w1");
        assertThat(ids(OrderFilter.all().placedBetween(minute(2), minute(4)))).containsExactly("s3", "w2");
    }

    @Test
    void anOrderMovesBetweenStatusesWithItsLatestCommit() {
        store(store, summary("o", ADA, Channel.WEB, OrderStatus.ALLOCATED, 1, 1));
        store(store, summary("o", ADA, Channel.WEB, OrderStatus.SHIPPED, 1, 2));

        assertThat(ids(OrderFilter.all().withStatus(OrderStatus.ALLOCATED))).isEmpty();
        assertThat(ids(OrderFilter.all().withStatus(OrderStatus.SHIPPED))).containsExactly("o");
        assertThat(store.ordersOf(ADA, PageRequest.first(5)).items()).extracting(OrderSummary::version).containsExactly(2L);
    }

    @Test
    void pagesNeitherRepeatNorSkipWhenNewerOrdersArrive() {
        for (int i = 1; i <= 5; i++) {
            store(store, summary("o" + i, ADA, Channel.WEB, OrderStatus.ALLOCATED, i, 1));
        }
        Page<OrderSummary> first = store.orders(OrderFilter.all(), PageRequest.first(3));
        store(store, summary("newer", ADA, Channel.WEB, OrderStatus.ALLOCATED, 9, 1));
        Page<OrderSummary> second = store.orders(OrderFilter.all(), first.nextPage(3).get());

        assertThat(first.items()).extracting(s -> s.orderId().value()).containsExactly("o5", "o4", "o3");
        assertThat(second.items()).extracting(s -> s.orderId().value()).containsExactly("o2", "o1");
    }

    private List<String> ids(OrderFilter filter) {
        return Page.all(page -> store.orders(filter, page)).stream().map(s -> s.orderId().value()).toList();
    }

    private static java.time.Instant minute(int minute) {
        return NOW.plusSeconds(60L * minute);
    }

    private static OrderSummary summary(String id, CustomerRef customer, Channel channel, OrderStatus status,
            int placedMinute, long version) {
        return new OrderSummary(OrderId.of(id), channel, "ext-" + id, customer, status, minute(placedMinute), version, false,
                List.of());
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.idempotency;

import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.Ports;
import dev.oms.spi.order.ForwardingOrderStore;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A channel order placed twice is found by the store refusing its second first commit, so a new order
 * costs no lookup; a replay that would now be refused (stock gone, product withdrawn) is still answered
 * with the order placed first.
 */
class ChannelOrderReplayTest {
    private final TestShop shop = new TestShop().stock("MUG", 2, 0);
    private final AtomicInteger lookups = new AtomicInteger();
    private final OrderManagement oms = OrderManagement.using(countingLookups(shop.adapters, lookups));

    @Test
    void aNewChannelOrderIsPlacedWithoutLookingUpItsExternalId() {
        assertThat(oms.orders().place(order("W-1", line("MUG", 1, "EUR 8.00"))).isRight()).isTrue();

        assertThat(lookups).hasValue(0);
    }

    @Test
    void aReplayAfterTheStockRanOutIsAnsweredWithTheFirstOrder() {
        Order first = oms.orders().place(order("W-1", line("MUG", 2, "EUR 8.00"))).get();

        Order replayed = oms.orders().place(order("W-1", line("MUG", 2, "EUR 8.00"))).get();

        assertThat(replayed.id()).isEqualTo(first.id());
        assertThat(oms.queries().orderIds(PageRequest.first(10)).items()).containsExactly(first.id());
    }

    @Test
    void aReplayAfterTheProductWasWithdrawnIsAnsweredWithTheFirstOrder() {
        Order first = oms.orders().place(order("W-1", line("MUG", 1, "EUR 8.00"))).get();
        shop.adapters.catalog().withdraw(Sku.of("MUG"));

        assertThat(oms.orders().place(order("W-1", line("MUG", 1, "EUR 8.00"))).get().id()).isEqualTo(first.id());
    }

    @Test
    void aReplayWithOtherLinesIsRefusedWhetherOrNotThoseLinesCouldBePlaced() {
        oms.orders().place(order("W-1", line("MUG", 1, "EUR 8.00"))).get();

        assertThat(oms.orders().place(order("W-1", line("MUG", 1, "EUR 9.00"))).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(oms.orders().place(order("W-1", line("MUG", 5, "EUR 8.00"))).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    private static Ports countingLookups(InMemoryAdapters adapters, AtomicInteger lookups) {
        Ports ports = adapters.ports(TestShop.CLOCK);
        return new Ports(new ForwardingOrderStore(ports.orders()) {
            @Override
            public Optional<OrderId> findByChannelOrder(Channel channel, String externalId) {
                lookups.incrementAndGet();
                return super.findByChannelOrder(channel, externalId);
            }
        }, ports.inventory(), ports.payments(), ports.carrier(), ports.notifications(), ports.catalog(), ports.ids(),
                ports.clock());
    }
}

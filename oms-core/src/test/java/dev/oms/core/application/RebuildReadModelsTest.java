// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.ForwardingOrderStore;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderFilter;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Read models rebuilt from the log answer as if they had been kept with every append. */
class RebuildReadModelsTest {
    private static final Sku MUG = Sku.of("MUG");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final BlankSummaries orders = new BlankSummaries(adapters.orders());
    private final OrderManagement oms;

    RebuildReadModelsTest() {
        adapters.inventory().addLocation(Location.of(TestShop.EAST, "East", LocationType.WAREHOUSE, 1))
                .setStock(MUG, TestShop.EAST, 1, "A-1");
        adapters.catalog().add(new Product(MUG, "Mug"));
        oms = OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).orders(orders)
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit())).build();
    }

    @Test
    void rebuildingFromTheLogRestoresTheQueuesAndListingsThatSummariesShowingNothingHadLost() {
        Order placed = oms.orders().place(TestShop.order("W-1", TestShop.line("MUG", 3, "EUR 5.00"))).get();
        assertThat(placed.line(placed.lines().keySet().head()).get().count(Bucket.BACKORDERED)).isEqualTo(2);
        assertThat(adapters.orders().waitingFor(MUG)).as("before the rebuild").isEmpty();
        orders.blank = false;

        long rebuilt = oms.recovery().rebuildReadModels();

        assertThat(rebuilt).isEqualTo(1);
        assertThat(adapters.orders().waitingFor(MUG)).extracting(WaitingLine::orderId, WaitingLine::bucket, WaitingLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(placed.id(), Bucket.BACKORDERED, 2L));
        assertThat(oms.queries().orders(OrderFilter.all().withStatus(placed.status()), PageRequest.first(5)).items())
                .extracting(OrderSummary::orderId).containsExactly(placed.id());
        assertThat(oms.queries().ordersOf(placed.customer(), PageRequest.first(5)).items()).hasSize(1);
    }

    /** Stores every commit, while {@code blank}, with a summary that shows nothing of the order. */
    private static final class BlankSummaries extends ForwardingOrderStore {
        volatile boolean blank = true;

        BlankSummaries(OrderStore store) {
            super(store);
        }

        @Override
        public AppendResult append(long expectedVersion, OrderCommit commit, OrderSummary summary) {
            return super.append(expectedVersion, commit, blank ? new OrderSummary(summary.orderId(), summary.channel(),
                    summary.externalId(), summary.customer(), OrderStatus.CANCELLED, summary.placedAt(), summary.version(),
                    false, List.of()) : summary);
        }
    }
}

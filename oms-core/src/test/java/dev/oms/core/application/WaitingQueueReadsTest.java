// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.order.ForwardingOrderStore;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A placement counts the units already waiting (pre-order caps, backorder limits, the stock shown to a new order)
 * from the store's running totals, never by reading the queue: before, every placement of a SKU whose units may
 * wait read its whole restock queue, so a day of N pre-orders of one release cost O(N²) (measured: 0.9 ms per
 * placement after 5,000 pre-orders, 2.8 ms after 15,000).
 */
class WaitingQueueReadsTest {
    private static final Sku CONSOLE = Sku.of("CONSOLE");
    private static final Sku MUG = Sku.of("MUG");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final CountingOrders orders = new CountingOrders(adapters);
    private final OrderManagement oms;

    WaitingQueueReadsTest() {
        adapters.inventory().addLocation(Location.of(TestShop.EAST, "East", LocationType.WAREHOUSE, 1))
                .setStock(MUG, TestShop.EAST, 0, "A-1");
        adapters.catalog().add(Product.announced(CONSOLE, "Console", Instant.parse("2027-01-01T00:00:00Z"), OptionalLong.of(1_000)));
        adapters.catalog().add(new Product(MUG, "Mug"));
        oms = OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).orders(orders)
                .backorderPolicy(BackorderPolicy.perSku(io.vavr.collection.HashMap.of(MUG, BackorderTerms.allowedWithoutLimit().withLimit(1_000))))
                .build();
    }

    @Test
    void placingAPreorderOrABackorderReadsNoWaitingLineHoweverLongTheQueue() {
        for (int i = 0; i < 50; i++) {
            assertThat(oms.orders().place(TestShop.order("P-" + i, TestShop.line("CONSOLE", 2, "EUR 400.00"))).get()
                    .units(Bucket.PREORDERED)).isEqualTo(2);
            assertThat(oms.orders().place(TestShop.order("B-" + i, TestShop.line("MUG", 1, "EUR 5.00"))).get()
                    .units(Bucket.BACKORDERED)).isEqualTo(1);
        }
        orders.linesRead.set(0);

        assertThat(oms.orders().place(TestShop.order("P-last", TestShop.line("CONSOLE", 1, "EUR 400.00"))).get().status())
                .isEqualTo(OrderStatus.AWAITING_RELEASE);
        assertThat(oms.orders().place(TestShop.order("B-last", TestShop.line("MUG", 1, "EUR 5.00"))).get().status())
                .isEqualTo(OrderStatus.AWAITING_STOCK);
        assertThat(oms.storefront().availableToPromise(CONSOLE).promisable()).contains(1_000L - 101);

        assertThat(orders.linesRead.get()).as("waiting lines read by two placements and an availability query").isZero();
    }

    /**
     * A receipt walks the queue a page at a time and stops where its stock runs out: before, every receipt read the
     * SKU's whole queue (receiving one unit cost 0.5 ms with 200 units waiting, 3.0 ms with 2,000).
     */
    @Test
    void receivingOneUnitReadsTheHeadOfTheQueueNotAllOfIt() {
        for (int i = 0; i < 300; i++) {
            oms.orders().place(TestShop.order("B-" + i, TestShop.line("MUG", 1, "EUR 5.00"))).get();
        }
        orders.linesRead.set(0);

        List<dev.oms.core.order.Order> changed = oms.inbound().receiveStock(
                new StockReceipt("one-mug", MUG, TestShop.EAST, 1)).get();

        assertThat(changed).extracting(o -> o.externalId()).containsExactly("B-0");
        assertThat(orders.linesRead.get()).as("waiting lines read by a receipt of one unit").isLessThanOrEqualTo(QueueWalk.PAGE);
    }

    @Test
    void theCapStillCountsEveryUnitWaiting() {
        for (int i = 0; i < 10; i++) {
            oms.orders().place(TestShop.order("P-" + i, TestShop.line("CONSOLE", 100, "EUR 400.00"))).get();
        }

        assertThat(oms.orders().place(TestShop.order("P-over", TestShop.line("CONSOLE", 1, "EUR 400.00"))).getLeft()
                .problems()).extracting(p -> p.code().name()).containsExactly("PREORDER_CAP_EXCEEDED");
    }

    /** Counts the waiting lines the application reads from the restock queues. */
    private static final class CountingOrders extends ForwardingOrderStore {
        final AtomicLong linesRead = new AtomicLong();

        CountingOrders(InMemoryAdapters adapters) {
            super(adapters.orders());
        }

        @Override
        public List<WaitingLine> waitingFor(Sku sku) {
            List<WaitingLine> lines = super.waitingFor(sku);
            linesRead.addAndGet(lines.size());
            return lines;
        }

        @Override
        public List<WaitingLine> waitingAfter(Sku sku, java.util.Optional<WaitingLine> after, int limit) {
            List<WaitingLine> lines = super.waitingAfter(sku, after, limit);
            linesRead.addAndGet(lines.size());
            return lines;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.order.Page;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.ForwardingInventoryStore;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Queue first: stock that a waiting order could take goes to it before it is left available to anyone else. */
class QueueFirstTest {
    private static final Sku SHOE = Sku.of("SHOE");
    private static final LineId L1 = LineId.of("L1");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final SettableClock clock = new SettableClock(WaitingShop.START);
    /** Reservations the inventory refuses to answer, as an outage would, before it sees them. */
    private final AtomicInteger reservationOutages = new AtomicInteger();
    private final OrderManagement oms;

    QueueFirstTest() {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(WEST, "West warehouse", LocationType.WAREHOUSE, 2));
        adapters.catalog().add(new Product(SHOE, "Shoe"));
        adapters.inventory().setStock(SHOE, EAST, 5, "E-SHOE");
        Ports real = adapters.ports(clock);
        Ports flaky = new Ports(real.orders(), new OutageProneInventory(real.inventory()), real.payments(), real.carrier(),
                real.notifications(), real.catalog(), real.ids(), real.clock());
        oms = OrderManagement.builder().ports(flaky)
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit())).build();
    }

    @Test
    void aReservationThatFailedOnceDoesNotStrandTheOrdersBackorderWhileStockSitsAvailable() {
        reservationOutages.set(1);
        Order placed = oms.orders().place(order("W-1", line("SHOE", 8, "EUR 40.00"))).get();
        assertThat(reservationOutages.get()).as("the outage was met").isZero();

        oms.inbound().receiveStock(new StockReceipt("receipt-1", SHOE, EAST, 3)).get();
        oms.recovery().resumeAll();

        Order settled = oms.queries().find(placed.id()).get();
        assertThat(settled.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(8);
        assertThat(settled.line(L1).get().count(Bucket.BACKORDERED)).isZero();
        assertThat(adapters.inventory().stockAt(SHOE, EAST).get().available()).isZero();
        assertThat(queueFirstViolations()).isEmpty();
    }

    @Test
    void aReceiptSettlesTheReservationOfAWaitingOrderAnOutageLeftOwedAndFillsIt() {
        reservationOutages.set(Integer.MAX_VALUE);
        Order placed = oms.orders().place(order("W-1", line("SHOE", 8, "EUR 40.00"))).get();
        assertThat(placed.reservationInFlight().isDefined()).as("the outage leaves the reservation owed").isTrue();
        reservationOutages.set(0);

        oms.inbound().receiveStock(new StockReceipt("receipt-1", SHOE, EAST, 3)).get();

        Order filled = oms.queries().find(placed.id()).get();
        assertThat(filled.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(8);
        assertThat(filled.line(L1).get().count(Bucket.BACKORDERED)).isZero();
        assertThat(queueFirstViolations()).isEmpty();
    }

    private List<String> queueFirstViolations() {
        List<Order> orders = Page.all(oms.queries()::orderIds).stream().map(id -> oms.queries().find(id).get()).toList();
        return QueueFirst.violations(adapters.inventory(), adapters.catalog(), orders, clock.instant());
    }

    /** The in-memory inventory, except that a reservation throws before reaching it while outages are left. */
    private final class OutageProneInventory extends ForwardingInventoryStore {
        OutageProneInventory(InventoryStore real) {
            super(real);
        }

        @Override
        public ReservationResult reserve(String operationKey, List<StockMovement> movements) {
            if (reservationOutages.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("simulated inventory outage");
            }
            return delegate().reserve(operationKey, movements);
        }
    }
}

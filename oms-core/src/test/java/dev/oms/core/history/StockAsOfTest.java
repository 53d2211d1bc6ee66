// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.ForwardingInventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockChange;
import dev.oms.spi.inventory.StockHistory;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stock of a SKU as it stood at any past instant, and what changed it, from the inventory's stock log. */
class StockAsOfTest {
    private static final LocationId WH = LocationId.of("WH-1");
    private static final LocationId STORE = LocationId.of("ST-1");
    private static final Sku MUG = Sku.of("MUG");
    private static final Instant OPENING = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final SettableClock clock = new SettableClock(OPENING);
    private final Ports ports = adapters.ports(clock); // first, so the stock set up below is stamped by this clock
    private final OrderManagement oms;

    StockAsOfTest() {
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(STORE, "Store", LocationType.STORE, 2));
        adapters.catalog().add(new Product(MUG, "Mug"));
        adapters.inventory().setStock(MUG, WH, 2, "A-MUG");
        oms = OrderManagement.builder().ports(ports)
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit())).build();
    }

    @Test
    void theStockOfASkuAsItStoodAtEachPastInstant() {
        clock.advance(Duration.ofHours(1));
        Instant placed = clock.instant();
        Order order = oms.orders().place(TestShop.order("web-1", TestShop.line("MUG", 3, "EUR 9.99"))).get();
        clock.advance(Duration.ofHours(1));
        Instant received = clock.instant();
        oms.inbound().receiveStock(new StockReceipt("grn-1", MUG, STORE, 4)).get(); // the waiting mug is served first
        clock.advance(Duration.ofHours(1));
        Instant cancelled = clock.instant();
        oms.orders().cancel(order.id(), CancelRequest.wholeOrder("cancel-1", "changed mind")).get();
        clock.advance(Duration.ofHours(1));
        oms.stocktaking().adjust(StockAdjustment.counted(MUG, WH, 1), "count-1").get();

        assertThat(counts(OPENING.minusSeconds(1))).isEmpty();
        assertThat(counts(OPENING)).containsExactly(List.of(2L, 0L));
        assertThat(counts(placed)).containsExactly(List.of(2L, 2L));
        assertThat(counts(received)).containsExactly(List.of(4L, 1L), List.of(2L, 2L));
        assertThat(counts(cancelled)).containsExactly(List.of(4L, 0L), List.of(2L, 0L));
        assertThat(oms.stocktaking().stockAsOf(MUG, clock.instant())).contains(adapters.inventory().stockOf(MUG));
    }

    @Test
    void theChangesBetweenTwoInstantsSayWhatMovedStockAndWhatOnlyMovedOnHand() {
        clock.advance(Duration.ofMinutes(1));
        Instant placed = clock.instant();
        oms.orders().place(TestShop.order("web-1", TestShop.line("MUG", 1, "EUR 9.99"))).get();
        clock.advance(Duration.ofMinutes(5));
        oms.inbound().receiveStock(new StockReceipt("grn-1", MUG, WH, 3)).get();

        List<StockChange> changes = oms.stocktaking().stockChanges(MUG, OPENING, clock.instant()).get();

        assertThat(changes).extracting(StockChange::reservedChange, StockChange::onHandChange)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 0L), org.assertj.core.groups.Tuple.tuple(0L, 3L));
        assertThat(changes).extracting(StockChange::movesOnHandOnly).containsExactly(false, true);
        assertThat(changes).extracting(StockChange::at).containsExactly(placed, clock.instant());
        assertThat(oms.stocktaking().stockChanges(MUG, placed, clock.instant()).get()).hasSize(1); // after from only
    }

    @Test
    void aStoreThatKeepsNoHistoryAnswersNone() {
        ForwardingInventoryStore forgetful = new ForwardingInventoryStore(adapters.inventory()) {
            @Override
            public Optional<StockHistory> history() {
                return Optional.empty();
            }
        };
        OrderManagement without = OrderManagement.using(new Ports(adapters.orders(), forgetful, adapters.payments(),
                adapters.carrier(), adapters.notifications(), adapters.catalog(), adapters.ids(), clock));

        assertThat(without.stocktaking().stockAsOf(MUG, OPENING)).isEmpty();
        assertThat(without.stocktaking().stockChanges(MUG, OPENING, OPENING)).isEmpty();
    }

    /** On hand and reserved per location (by location id: the store first), as of {@code at}. */
    private List<List<Long>> counts(Instant at) {
        return oms.stocktaking().stockAsOf(MUG, at).get().stream()
                .map((StockLevel level) -> List.of(level.onHand(), level.reserved())).toList();
    }
}

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
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The stock log agrees with the stock as it was: random placements (some waiting for stock), cancellations,
 * receipts and counts, each at its own instant; afterwards the stock as of every instant is the stock read right
 * after that step, and the changes between any two instants lead from one to the other.
 */
class StockHistoryProperties {
    private static final List<Sku> SKUS = List.of(Sku.of("MUG"), Sku.of("CUP"));
    private static final List<LocationId> LOCATIONS = List.of(LocationId.of("WH-1"), LocationId.of("ST-1"));
    private static final Instant OPENING = Instant.parse("2026-03-01T10:00:00Z");

    sealed interface Step permits Place, Cancel, Receive, Count {}

    record Place(int sku, int quantity) implements Step {}

    record Cancel(int order) implements Step {}

    record Receive(int sku, int location, int quantity) implements Step {}

    record Count(int sku, int location, int counted) implements Step {}

    @Property(tries = 60)
    void theStockAsOfEveryInstantIsTheStockReadThen(@ForAll("steps") @Size(min = 1, max = 25) List<Step> steps) {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        SettableClock clock = new SettableClock(OPENING);
        Ports ports = adapters.ports(clock);
        LOCATIONS.forEach(at -> adapters.inventory().addLocation(Location.of(at, at.value(), LocationType.WAREHOUSE, 1)));
        SKUS.forEach(sku -> {
            adapters.catalog().add(new Product(sku, sku.code()));
            LOCATIONS.forEach(at -> adapters.inventory().setStock(sku, at, 2, "BIN"));
        });
        OrderManagement oms = OrderManagement.builder().ports(ports)
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit())).build();
        List<OrderId> placed = new ArrayList<>();
        Map<Instant, Map<Sku, List<StockLevel>>> seen = new TreeMap<>();
        seen.put(clock.instant(), stockNow(adapters));

        for (int i = 0; i < steps.size(); i++) {
            clock.advance(Duration.ofMinutes(1));
            String key = "step-" + i;
            Step step = steps.get(i);
            if (step instanceof Place p) {
                oms.orders().place(TestShop.order(key, TestShop.line(SKUS.get(p.sku()).code(), p.quantity(), "EUR 5.00")))
                        .map(Order::id).forEach(placed::add);
            } else if (step instanceof Cancel c && !placed.isEmpty()) {
                oms.orders().cancel(placed.get(c.order() % placed.size()), CancelRequest.wholeOrder(key, "changed mind"));
            } else if (step instanceof Receive r) {
                oms.inbound().receiveStock(new StockReceipt(key, SKUS.get(r.sku()), LOCATIONS.get(r.location()),
                        r.quantity())).get();
            } else if (step instanceof Count c) {
                oms.stocktaking().adjust(StockAdjustment.counted(SKUS.get(c.sku()), LOCATIONS.get(c.location()),
                        c.counted()), key).get();
            }
            seen.put(clock.instant(), stockNow(adapters));
        }

        List<Instant> instants = List.copyOf(seen.keySet());
        for (Instant at : instants) {
            for (Sku sku : SKUS) {
                assertThat(oms.stocktaking().stockAsOf(sku, at)).as("%s as of %s", sku, at).contains(seen.get(at).get(sku));
            }
        }
        for (Sku sku : SKUS) {
            Instant from = instants.get(instants.size() / 3);
            Instant until = instants.get(instants.size() - 1);
            Map<LocationId, StockLevel> levels = new TreeMap<>();
            oms.stocktaking().stockAsOf(sku, from).get().forEach(level -> levels.put(level.locationId(), level));
            oms.stocktaking().stockChanges(sku, from, until).get().forEach(c -> levels.put(c.after().locationId(), c.after()));
            assertThat(List.copyOf(levels.values())).isEqualTo(seen.get(until).get(sku));
        }
    }

    private static Map<Sku, List<StockLevel>> stockNow(InMemoryAdapters adapters) {
        Map<Sku, List<StockLevel>> now = new TreeMap<>(java.util.Comparator.comparing(Sku::code));
        SKUS.forEach(sku -> now.put(sku, adapters.inventory().stockOf(sku)));
        return now;
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> sku = Arbitraries.integers().between(0, SKUS.size() - 1);
        Arbitrary<Integer> location = Arbitraries.integers().between(0, LOCATIONS.size() - 1);
        Arbitrary<Step> place = net.jqwik.api.Combinators.combine(sku, Arbitraries.integers().between(1, 4)).as(Place::new);
        Arbitrary<Step> cancel = Arbitraries.integers().between(0, 20).map(Cancel::new);
        Arbitrary<Step> receive = net.jqwik.api.Combinators.combine(sku, location, Arbitraries.integers().between(1, 4))
                .as(Receive::new);
        Arbitrary<Step> count = net.jqwik.api.Combinators.combine(sku, location, Arbitraries.integers().between(0, 5))
                .as(Count::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, place), net.jqwik.api.Tuple.of(2, cancel),
                net.jqwik.api.Tuple.of(2, receive), net.jqwik.api.Tuple.of(1, count)).list();
    }
}

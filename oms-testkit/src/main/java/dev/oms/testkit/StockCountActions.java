// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.AdjustmentReport;
import dev.oms.core.order.Order;
import dev.oms.core.stockloss.StockLossRules;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/**
 * Stock counts in command sequences: a count anywhere between what nobody can give up (units being picked,
 * picked, packed, held or ring-fenced) and what is on hand. Afterwards nothing is promised beyond what is on
 * hand, exactly the units missing left the location's allocations, and only the newest orders gave any up.
 */
final class StockCountActions {
    private StockCountActions() {}

    /** Counts a tracked SKU at a stocking location, finding some share of the units orders could give up. */
    static final class Count implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return !world.stockingLocations().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            return Combinators.combine(Arbitraries.of(world.catalogue().stream().filter(Product::stockTracked).toList()),
                            Arbitraries.of(world.stockingLocations()), Arbitraries.integers().between(0, 100))
                    .as((product, location, percent) -> Transformer.mutate("count " + product.sku() + " at " + location
                            + " finding " + percent + "% of what may go", w -> count(w, product.sku(), location, percent)));
        }

        private static void count(OmsWorld world, Sku sku, LocationId location, int percent) {
            List<Order> before = world.currentOrders();
            StockLevel level = level(world, sku, location);
            long losable = before.stream().mapToLong(o -> StockLossRules.losable(o, sku, location)).sum();
            long floor = level.reserved() + level.ringFenced() - losable;
            long counted = floor + (level.onHand() - floor) * percent / 100;
            world.step("count " + sku + " at " + location + ": " + counted + " (on hand " + level.onHand() + ", "
                    + losable + " units orders could give up)");
            AdjustmentReport report = world.oms().stocktaking()
                    .adjust(StockAdjustment.counted(sku, location, counted), world.nextKey("count")).get();
            List<String> violations = new ArrayList<>();
            long missing = Math.max(0, level.reserved() + level.ringFenced() - counted);
            if (report.unsettled() != 0) {
                violations.add("a count no lower than what nobody can give up left " + report.unsettled() + " units unsettled");
            }
            Map<OrderId, Order> after = world.currentOrders().stream().collect(Collectors.toMap(Order::id, Function.identity()));
            long left = before.stream().mapToLong(o -> allocated(o, sku, location) - allocated(after.get(o.id()), sku, location)).sum();
            if (left != missing) {
                violations.add(missing + " units were missing but " + left + " left the allocations at " + location);
            }
            violations.addAll(newestFirst(before, after, sku, location));
            world.found(violations);
        }

        /** Every order that gave units up is newer than every order that still has units it could give up. */
        private static List<String> newestFirst(List<Order> before, Map<OrderId, Order> after, Sku sku, LocationId location) {
            Comparator<Order> age = Comparator.comparing(Order::placedAt).thenComparing(o -> o.id().value());
            List<Order> losers = before.stream().filter(o -> allocated(after.get(o.id()), sku, location) < allocated(o, sku, location))
                    .toList();
            List<Order> keepers = before.stream().map(o -> after.get(o.id()))
                    .filter(o -> StockLossRules.losable(o, sku, location) > 0).toList();
            List<String> violations = new ArrayList<>();
            for (Order loser : losers) {
                for (Order keeper : keepers) {
                    if (!loser.id().equals(keeper.id()) && age.compare(loser, keeper) < 0) {
                        violations.add("order " + loser.id() + " gave units up while the newer " + keeper.id() + " kept some");
                    }
                }
            }
            return violations;
        }

        private static long allocated(Order order, Sku sku, LocationId location) {
            return order.lines().values().filter(l -> l.sku().equals(sku)).map(l -> l.count(Bucket.ALLOCATED, location))
                    .sum().longValue();
        }

        private static StockLevel level(OmsWorld world, Sku sku, LocationId location) {
            return world.inventory().stockOf(sku).stream().filter(l -> l.locationId().equals(location)).findFirst()
                    .orElse(new StockLevel(sku, location, 0, 0, 0, "UNASSIGNED"));
        }
    }
}

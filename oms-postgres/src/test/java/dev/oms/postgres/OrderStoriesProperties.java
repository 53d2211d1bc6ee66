// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PickListsCreated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.Shipped;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import dev.oms.testkit.Invariants;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random stories of commands on the facade over PostgreSQL storage, checked after every command with
 * the test kit's invariants, the way a host checks its own policies: every line's units add up, money
 * balances, nothing is oversold, and the stock the database holds reserved is exactly what the stored
 * orders hold at each location.
 */
class OrderStoriesProperties {
    private static final List<LocationId> LOCATIONS = List.of(Shop.WAREHOUSE, Shop.STORE);

    enum Kind { PLACE, PICK_LISTS, PICK, PACK, SHIP, DELIVER, CANCEL }

    record Command(Kind kind, int target, int sku, int quantity) {}

    @Property(tries = 15)
    void everyCommandKeepsStockAndOrdersInStep(@ForAll("stories") List<Command> story) {
        Shop shop = new Shop(TestDatabase.reset(), ReservationLocking.CONDITIONAL_UPDATE, 3, 6);
        List<OrderId> placed = new ArrayList<>();
        for (Command command : story) {
            run(shop, placed, command);
            assertInvariants(shop, placed);
        }
    }

    private static void run(Shop shop, List<OrderId> placed, Command command) {
        if (command.kind() == Kind.PLACE) {
            shop.oms.orders().place(Shop.order("S-" + placed.size() + "-" + command.target(), shop.skus.get(command.sku()),
                    command.quantity())).forEach(order -> placed.add(order.id()));
            return;
        }
        if (placed.isEmpty()) {
            return;
        }
        OrderId id = placed.get(command.target() % placed.size());
        Order order = shop.oms.queries().find(id).get();
        switch (command.kind()) {
            case PICK_LISTS -> shop.oms.warehouse().createPickLists(id).map(PickListsCreated::order);
            case PICK -> order.pickLists().keySet().forEach(list -> shop.oms.warehouse().confirmPicked(id, list));
            case PACK -> {
                for (LocationId location : LOCATIONS) {
                    List<PackageItem> contents = new ArrayList<>();
                    for (Line line : order.lines().values()) {
                        long picked = line.count(Bucket.PICKED, location);
                        if (picked > 0) {
                            contents.add(new PackageItem(line.id(), picked));
                        }
                    }
                    if (!contents.isEmpty()) {
                        shop.oms.warehouse().confirmPacked(id, PackRequest.of("pack-v" + order.version() + "-" + location, location, contents)).map(Packed::order);
                    }
                }
            }
            case SHIP -> order.packages().values().find(p -> p.state() == OrderPackage.State.PACKED)
                    .forEach(p -> shop.oms.warehouse().ship(id, p.id(), "ground").map(Shipped::order));
            case DELIVER -> order.packages().values().find(OrderPackage::isShipped)
                    .forEach(p -> shop.oms.warehouse().confirmDelivery(id, p.id()));
            case CANCEL -> shop.oms.orders().cancel(id, CancelRequest.wholeOrder("cancel-" + command.sku(), "customer changed mind")).map(Cancelled::order);
            default -> throw new IllegalStateException("placing is handled above");
        }
    }

    private static void assertInvariants(Shop shop, List<OrderId> placed) {
        List<Order> orders = placed.stream().map(id -> shop.oms.queries().find(id).get()).toList();
        for (OrderId id : placed) {
            var stored = shop.orders.load(id).get();
            assertThat(Invariants.conservation(stored)).isEmpty();
            assertThat(Invariants.money(stored)).isEmpty();
        }
        for (Sku sku : shop.skus) {
            List<StockLevel> stock = shop.inventory.stockOf(sku);
            assertThat(Invariants.noOversell(stock)).isEmpty();
            for (StockLevel level : stock) {
                long held = orders.stream().flatMap(order -> order.lines().values().toJavaStream())
                        .filter(line -> line.sku().equals(sku))
                        .mapToLong(line -> line.count(Bucket.ALLOCATED, level.locationId())
                                + line.count(Bucket.PICKED, level.locationId()) + line.count(Bucket.PACKED, level.locationId()))
                        .sum();
                assertThat(level.reserved()).as("%s reserved at %s", sku, level.locationId()).isEqualTo(held);
            }
        }
    }

    @Provide
    Arbitrary<List<Command>> stories() {
        Arbitrary<Command> command = Combinators.combine(
                Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 8)).as(Command::new);
        return command.list().ofMinSize(1).ofMaxSize(20);
    }
}

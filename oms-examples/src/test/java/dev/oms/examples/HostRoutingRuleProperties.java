// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.allocation.LocationPriorityAllocation;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.examples.hostrules.FragileGoodsFromWarehouses;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import dev.oms.testkit.ChainLength;
import dev.oms.testkit.HistoryCoverage;
import dev.oms.testkit.OmsCommandArbitraries;
import dev.oms.testkit.OmsWorld;
import dev.oms.testkit.OrderInvariants;
import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;

/**
 * A host tests its own routing rule ({@link FragileGoodsFromWarehouses}: glass never ships from the shop
 * floor) with oms-testkit: the kit's generators place orders of every kind and run command sequences
 * against the host's own wiring, and every step is checked against the host's rule and oms's invariants.
 *
 * <p>The shop prefers its store (priority 1) to its warehouse, so without the rule glass would go out
 * from the store whenever it has enough.
 */
class HostRoutingRuleProperties {
    private static final Sku GLASS = Sku.of("GLASS-VASE");
    private static final Sku CRYSTAL = Sku.of("CRYSTAL-BOWL");
    private static final Sku MUG = Sku.of("ENAMEL-MUG");
    private static final LocationId STORE = LocationId.of("ST-CITY");
    private static final LocationId WAREHOUSE = LocationId.of("WH-1");
    private static final long MUGS_IN_STORE = 30;
    private static final Instant OPENING = Instant.parse("2026-05-04T09:00:00Z");
    private static final List<Product> CATALOGUE = List.of(new Product(GLASS, "Glass vase"), new Product(MUG, "Enamel mug"),
            Product.announced(CRYSTAL, "Crystal bowl", OPENING.plus(Duration.ofDays(3)), OptionalLong.of(10)));
    private static final FragileGoodsFromWarehouses RULE =
            new FragileGoodsFromWarehouses(Set.of(GLASS, CRYSTAL), new LocationPriorityAllocation());

    @Property
    void fragileGoodsNeverShipFromTheStoreWhateverHappens(@ForAll("days") ActionChain<OmsWorld> day) {
        OmsWorld world = day.withInvariant("fragile goods only from warehouses", w -> assertThat(fromTheStore(w.currentOrders()))
                        .as("after %s", w.log()).isEmpty())
                .withInvariant("oms invariants", w -> assertThat(w.violations()).as("after %s", w.log()).isEmpty())
                .run();
        HistoryCoverage.of(world)
                // Floors well below the shares seen (65% and 42%): every action the kit adds takes a share of the steps.
                .require("ships a package", HistoryCoverage.shippedAPackage(), 50)
                .require("delivers a package", HistoryCoverage.deliveredAPackage(), 30)
                .require("cancels units", HistoryCoverage.cancelledUnits(), 55);
    }

    @Property(tries = 200)
    void everyKindOfOrderIsRoutedByTheRule(@ForAll("placements") PlaceOrder command) {
        OmsWorld world = shop();

        Either<Rejection, Order> placed = world.oms().orders().place(command);

        if (placed.isLeft()) {
            // Glass the warehouse cannot cover is refused, not taken from the store: glass is not backorderable.
            assertThat(placed.getLeft().codes()).containsOnly(ProblemCode.INSUFFICIENT_STOCK);
            // The glass asked for, over every line of it (a SKU may be split over lines).
            assertThat(command.lines().stream().filter(l -> l.sku().equals(GLASS)).mapToLong(l -> l.quantity()).sum())
                    .isGreaterThan(4);
            return;
        }
        Order order = placed.get();
        assertThat(fromTheStore(List.of(order))).isEmpty();
        assertThat(OrderInvariants.conservation(order)).isEmpty();
        assertThat(OrderInvariants.money(order)).isEmpty();
        assertThat(OrderInvariants.noOversell(world.stock())).isEmpty();
        // Mugs the store can cover, over every line of them, still come from it.
        List<Line> mugs = order.lines().values().filter(line -> line.sku().equals(MUG)).toJavaList();
        long mugsOrdered = mugs.stream().mapToLong(Line::quantity).sum();
        if (mugsOrdered <= MUGS_IN_STORE) {
            assertThat(mugs.stream().mapToLong(line -> line.count(Bucket.ALLOCATED, STORE)).sum())
                    .as("mugs the store can cover still come from it").isEqualTo(mugsOrdered);
        }
    }

    @Provide
    Arbitrary<ActionChain<OmsWorld>> days() {
        return OmsCommandArbitraries.chains(HostRoutingRuleProperties::shop, ChainLength.orDefault(20));
    }

    @Provide
    Arbitrary<PlaceOrder> placements() {
        OmsWorld world = shop();
        return OmsCommandArbitraries.placeOrders(world);
    }

    /** The host's wiring: a preferred store and a warehouse, the rule, and backorders for mugs only. */
    private static OmsWorld shop() {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory()
                .addLocation(Location.of(STORE, "City store", LocationType.STORE, 1))
                .addLocation(Location.of(WAREHOUSE, "Warehouse", LocationType.WAREHOUSE, 2));
        CATALOGUE.forEach(product -> adapters.catalog().add(product));
        adapters.inventory().setStock(GLASS, STORE, 12, "SHELF-1").setStock(GLASS, WAREHOUSE, 4, "A-01")
                .setStock(MUG, STORE, MUGS_IN_STORE, "SHELF-2").setStock(MUG, WAREHOUSE, 10, "A-02")
                .setStock(CRYSTAL, STORE, 0, "SHELF-3").setStock(CRYSTAL, WAREHOUSE, 0, "A-03");
        SettableClock clock = new SettableClock(OPENING);
        OrderManagement oms = OrderManagement.builder().ports(adapters.ports(clock)).allocationPolicy(RULE)
                .backorderPolicy(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit(),
                        CRYSTAL, BackorderTerms.allowedWithoutLimit())))
                .build();
        return new OmsWorld(oms, adapters.inventory(), clock, CATALOGUE, Set.of(MUG, CRYSTAL));
    }

    /** Every fragile unit an order holds at the store or sent from it: what the host's rule forbids. */
    private static List<String> fromTheStore(List<Order> orders) {
        List<String> broken = new ArrayList<>();
        for (Order order : orders) {
            for (Line line : order.lines().values().filter(l -> RULE.isFragile(l.sku()))) {
                long atStore = line.count(Bucket.ALLOCATED, STORE) + line.count(Bucket.PICKED, STORE) + line.count(Bucket.PACKED, STORE)
                        + order.packages().values().filter(p -> p.location().equals(STORE)).map(p -> p.units(line.id())).sum().longValue();
                if (atStore > 0) {
                    broken.add(order.id() + " " + line.id() + ": " + atStore + " units of " + line.sku() + " from the store");
                }
            }
        }
        return broken;
    }
}

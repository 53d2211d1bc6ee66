// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.PickList;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.Money;

/**
 * Untracked items (a gift card, a service) never change stock. Two shops run the same history of
 * placements, cancellations and shipments: one takes the generated orders as they are, mixing tracked
 * and untracked lines; the other the same orders without their untracked lines. After every step the
 * untracked SKUs' stock records are as they began (the gift card has a record, so reserving or consuming
 * it would show; the service has none, so asking the inventory for it would refuse the order), and every
 * tracked SKU's record is exactly the other shop's: the untracked lines changed nothing for them.
 */
class UntrackedItemsProperties {
    private static final LocationId EAST = LocationId.of("WH-EAST");
    private static final LocationId WEST = LocationId.of("WH-WEST");
    private static final Sku MUG = Sku.of("MUG");
    private static final Sku BOOK = Sku.of("BOOK");
    private static final Sku GIFT_CARD = Sku.of("GIFT-CARD");
    private static final Sku SERVICE = Sku.of("ENGRAVING");
    private static final List<Sku> TRACKED = List.of(MUG, BOOK);
    private static final Set<Sku> UNTRACKED = Set.of(GIFT_CARD, SERVICE);

    /** One order line as generated. */
    record Wanted(Sku sku, long quantity) {}

    /** One step: place the next order, cancel some of a placed one, or ship what a placed one has allocated. */
    record Step(Kind kind, int order, int line) {}

    enum Kind { PLACE, CANCEL_ORDER, CANCEL_UNIT, SHIP }

    @Property
    void untrackedItemsNeverChangeStock(@ForAll("orders") List<List<Wanted>> orders, @ForAll("steps") List<Step> steps) {
        Shop mixed = new Shop();
        Shop trackedOnly = new Shop();
        List<StockLevel> untrackedAtStart = mixed.untrackedStock();
        List<OrderId> mixedIds = new ArrayList<>();
        List<Optional<OrderId>> trackedIds = new ArrayList<>();
        int next = 0;
        boolean shippedAMixedOrder = false;
        for (Step step : steps) {
            if (step.kind() == Kind.PLACE && next < orders.size()) {
                List<Wanted> wanted = orders.get(next);
                String externalId = "W-" + next++;
                Either<Rejection, Order> inMixed = mixed.place(externalId, wanted);
                List<Wanted> tracked = wanted.stream().filter(w -> !UNTRACKED.contains(w.sku())).toList();
                Optional<Either<Rejection, Order>> inTracked = tracked.isEmpty() ? Optional.empty()
                        : Optional.of(trackedOnly.place(externalId, tracked));
                assertThat(inMixed.isRight()).as("%s accepted as its tracked lines are", wanted)
                        .isEqualTo(inTracked.map(Either::isRight).orElse(true));
                if (inMixed.isRight()) {
                    mixedIds.add(inMixed.get().id());
                    trackedIds.add(inTracked.map(Either::get).map(Order::id));
                    assertThat(untrackedLines(inMixed.get())).allSatisfy(line -> assertThat(line.count(Bucket.ALLOCATED))
                            .as("untracked units are allocated at once, never waiting: %s", line).isEqualTo(line.quantity()));
                }
            } else if (!mixedIds.isEmpty() && step.kind() != Kind.PLACE) {
                int i = step.order() % mixedIds.size();
                List<Line> lines = mixed.order(mixedIds.get(i)).lines().values().toJavaList();
                Sku sku = lines.get(step.line() % lines.size()).sku();
                act(step, sku, mixed, mixedIds.get(i));
                trackedIds.get(i).ifPresent(id -> act(step, sku, trackedOnly, id));
                if (step.kind() == Kind.SHIP) {
                    Order shipped = mixed.order(mixedIds.get(i));
                    shippedAMixedOrder |= shipped.lines().values().exists(Line::stockTracked)
                            && untrackedLines(shipped).stream().anyMatch(l -> l.count(Bucket.DELIVERED) > 0);
                    assertThat(untrackedLines(shipped)).allSatisfy(line -> assertThat(line.count(Bucket.DELIVERED))
                            .as("untracked units still move through the buckets: %s", line).isEqualTo(line.active()));
                }
            }
            assertThat(mixed.untrackedStock()).as("untracked stock after %s", step).isEqualTo(untrackedAtStart);
            assertThat(mixed.trackedStock()).as("tracked stock after %s", step).isEqualTo(trackedOnly.trackedStock());
        }
        Statistics.label("delivers untracked units with tracked ones").collect(shippedAMixedOrder);
        Statistics.label("delivers untracked units with tracked ones").coverage(c -> c.check(true).percentage(p -> p > 15));
    }

    private static List<Line> untrackedLines(Order order) {
        return order.lines().values().filter(l -> !l.stockTracked()).toJavaList();
    }

    /** The same step in either shop; the line to cancel is named by its SKU, as line ids differ between them. */
    private static void act(Step step, Sku sku, Shop shop, OrderId id) {
        Order order = shop.order(id);
        String key = step.kind() + "-" + step.order() + "-" + step.line() + "-" + order.version();
        switch (step.kind()) {
            case CANCEL_ORDER -> shop.oms.orders().cancel(id, CancelRequest.wholeOrder(key, "changed mind"));
            case CANCEL_UNIT -> order.lines().values().find(l -> l.sku().equals(sku))
                    .forEach(line -> shop.oms.orders().cancel(id, CancelRequest.units(key, line.id(), 1, "one less")));
            case SHIP -> shop.shipEverything(id);
            default -> throw new IllegalArgumentException(step.toString());
        }
    }

    @Provide
    Arbitrary<List<List<Wanted>>> orders() {
        Arbitrary<Wanted> line = Combinators.combine(Arbitraries.of(MUG, BOOK, GIFT_CARD, SERVICE), Arbitraries.longs().between(1, 3))
                .as(Wanted::new);
        return line.list().ofMinSize(1).ofMaxSize(3).uniqueElements(Wanted::sku).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.PLACE)), net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.CANCEL_ORDER)),
                                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.CANCEL_UNIT)), net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.SHIP))),
                        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 2))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(14);
    }

    /**
     * Two warehouses with little stock of the tracked SKUs, so orders contend for it and some are refused;
     * the gift card has a stock record at the east warehouse that must never change, the service none.
     */
    private static final class Shop {
        final InMemoryAdapters adapters = InMemoryAdapters.create();
        final OrderManagement oms;

        Shop() {
            adapters.inventory()
                    .addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                    .addLocation(Location.of(WEST, "West warehouse", LocationType.WAREHOUSE, 2))
                    .setStock(MUG, EAST, 3, "E-MUG").setStock(MUG, WEST, 2, "W-MUG")
                    .setStock(BOOK, EAST, 1, "E-BOOK").setStock(BOOK, WEST, 4, "W-BOOK")
                    .setStock(GIFT_CARD, EAST, 5, "E-GIFT");
            adapters.catalog().add(new Product(MUG, "Enamel mug"));
            adapters.catalog().add(new Product(BOOK, "Notebook"));
            adapters.catalog().add(Product.untracked(GIFT_CARD, "Digital gift card"));
            adapters.catalog().add(Product.untracked(SERVICE, "Engraving"));
            oms = OrderManagement.using(adapters.ports(TestShop.CLOCK));
        }

        Either<Rejection, Order> place(String externalId, List<Wanted> wanted) {
            return oms.orders().place(TestShop.order(externalId, wanted.stream()
                    .map(w -> LineRequest.of(w.sku().code(), w.quantity(), Money.parse("EUR 10.00"))).toArray(LineRequest[]::new)));
        }

        Order order(OrderId id) {
            return oms.queries().find(id).get();
        }

        /** Picks every new pick list, packs each into a package of its own, ships and delivers every package not shipped yet. */
        void shipEverything(OrderId id) {
            Either<Rejection, PickListsCreated> created = oms.warehouse().createPickLists(id);
            if (created.isLeft()) {
                return; // nothing allocated, or payment not cleared: the same in both shops
            }
            for (PickList list : created.get().order().pickLists().values().filter(p -> !p.picked())) {
                oms.warehouse().confirmPicked(id, list.id()).get();
                List<PackageItem> items = list.items().map(i -> new PackageItem(i.lineId(), i.quantity())).toJavaList();
                oms.warehouse().confirmPacked(id, PackRequest.of("pack-" + list.id(), list.location(), items)).map(Packed::order).get();
            }
            for (OrderPackage pkg : order(id).packages().values().filter(p -> !p.isShipped())) {
                oms.warehouse().ship(id, pkg.id(), "ground").get();
                oms.warehouse().confirmDelivery(id, pkg.id()).get();
            }
        }

        List<StockLevel> untrackedStock() {
            return UNTRACKED.stream().sorted((a, b) -> a.code().compareTo(b.code()))
                    .flatMap(sku -> adapters.inventory().stockOf(sku).stream()).toList();
        }

        List<StockLevel> trackedStock() {
            return TRACKED.stream().flatMap(sku -> adapters.inventory().stockOf(sku).stream()).toList();
        }
    }
}

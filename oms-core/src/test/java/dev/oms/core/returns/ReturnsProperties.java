// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.ReturnDecision;
import dev.oms.core.application.ReturnOpened;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random orders shipped whole in one or two parcels, some delivered, then random return requests, approvals and rejections
 * days apart: units under return never exceed the units shipped and delivered of their line, an accepted request puts
 * exactly its units under return and a rejection takes exactly its units out, a refused command stores nothing, and no
 * return changes stock, captures or the lines' buckets.
 */
class ReturnsProperties {
    private static final LocationId WH = LocationId.of("WH-1");
    private static final List<LineId> LINES = List.of(LineId.of("L1"), LineId.of("L2"));

    /** One step of a customer-service history: ask to return units, or answer the {@code target}-th return. */
    record Step(int kind, int line, int quantity, int target, int daysLater) {}

    @Provide
    Arbitrary<List<Step>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 12))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(10);
    }

    @Property(tries = 150)
    void returnsStayWithinTheUnitsShippedAndChangeNoStockNorMoney(@ForAll @IntRange(min = 1, max = 4) int mugs,
            @ForAll @IntRange(min = 1, max = 3) int teas, @ForAll @IntRange(min = 0, max = 4) int mugsFirst,
            @ForAll boolean deliverFirst, @ForAll boolean deliverSecond, @ForAll("histories") @Size(max = 10) List<Step> history) {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        for (String sku : List.of("MUG", "TEA")) {
            adapters.catalog().add(new Product(Sku.of(sku), sku));
            adapters.inventory().setStock(Sku.of(sku), WH, 50, "A-" + sku);
        }
        OrderManagement oms = OrderManagement.builder().ports(adapters.ports(clock)).returnPolicy(ReturnPolicy.withinDays(30)).build();
        Order order = oms.orders().place(TestShop.order("web-1", TestShop.line("MUG", mugs, "EUR 12.99"),
                TestShop.line("TEA", teas, "EUR 7.45"))).get();
        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        lists.pickListIds().forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        int first = Math.min(mugsFirst, mugs);
        List<PackageItem> firstParcel = new ArrayList<>(List.of(new PackageItem(LINES.get(1), teas)));
        if (first > 0) {
            firstParcel.add(new PackageItem(LINES.get(0), first));
        }
        deliverIf(oms, order, ship(oms, order, "pack-1", firstParcel), deliverFirst);
        if (first < mugs) {
            // Every unit ships: a request for units never shipped cancels them (UnshippedReturnsProperties).
            clock.advance(Duration.ofDays(5));
            deliverIf(oms, order, ship(oms, order, "pack-2", List.of(new PackageItem(LINES.get(0), mugs - first))), deliverSecond);
        }
        Order shipped = oms.queries().find(order.id()).get();
        long mugsOnHand = onHand(adapters, "MUG");
        long teasOnHand = onHand(adapters, "TEA");

        List<ReturnId> opened = new ArrayList<>();
        int key = 0;
        for (Step step : history) {
            clock.advance(Duration.ofDays(step.daysLater()));
            Order before = oms.queries().find(order.id()).get();
            String k = "k-" + key++;
            Either<Rejection, Order> answer;
            boolean isRequest = step.kind() == 0 || opened.isEmpty();
            if (isRequest) {
                Either<Rejection, ReturnOpened> request = oms.returns().request(order.id(), new ReturnRequest(k,
                        List.of(new ReturnRequest.Line(LINES.get(step.line()), step.quantity(), "reason " + key))));
                request.forEach(r -> opened.add(r.returnId().orElseThrow()));
                answer = request.map(ReturnOpened::order);
                answer.forEach(after -> assertThat(after.returns().underReturn(LINES.get(step.line())))
                        .isEqualTo(before.returns().underReturn(LINES.get(step.line())) + step.quantity()));
            } else {
                ReturnId target = opened.get(step.target() % opened.size());
                ReturnDecision decision = new ReturnDecision(k, target, "agent");
                answer = step.kind() == 1 ? oms.returns().approve(order.id(), decision) : oms.returns().reject(order.id(), decision);
                if (step.kind() == 2 && answer.isRight()) {
                    for (LineId line : LINES) {
                        assertThat(answer.get().returns().underReturn(line)).as("a rejection takes its units out")
                                .isEqualTo(before.returns().underReturn(line) - before.returns().get(target).get().units(line));
                    }
                }
                assertThat(answer.isRight()).as("an answer to a return still requested")
                        .isEqualTo(before.returns().get(target).get().state() == ReturnAuthorization.State.REQUESTED);
            }
            Statistics.label("steps").collect(isRequest ? "request" : "answer",
                    answer.isRight() ? "accepted" : "refused");
            Order after = oms.queries().find(order.id()).get();
            if (answer.isLeft()) {
                assertThat(after.version()).as("a refused command stores nothing").isEqualTo(before.version());
            }
            for (Line line : after.lines().values()) {
                long shippedUnits = line.count(Bucket.SHIPPED) + line.count(Bucket.DELIVERED);
                long delivered = after.packages().values().filter(p -> p.deliveredAt().isDefined()).map(p -> p.units(line.id()))
                        .sum().longValue();
                assertThat(after.returns().underReturn(line.id())).isLessThanOrEqualTo(shippedUnits).isLessThanOrEqualTo(delivered);
            }
            assertThat(after.lines()).isEqualTo(shipped.lines());
            assertThat(after.payment()).isEqualTo(shipped.payment());
            assertThat(onHand(adapters, "MUG")).isEqualTo(mugsOnHand);
            assertThat(onHand(adapters, "TEA")).isEqualTo(teasOnHand);
        }
        coverage();
    }

    /** Fails the property when too few histories accept or refuse requests and answers. */
    static void coverage() {
        Statistics.label("steps").coverage(c -> {
            c.check("request", "accepted").percentage(p -> p > 10);
            c.check("request", "refused").percentage(p -> p > 10);
            c.check("answer", "accepted").percentage(p -> p > 5);
            c.check("answer", "refused").percentage(p -> p > 2);
        });
    }

    private static PackageId ship(OrderManagement oms, Order order, String key, List<PackageItem> items) {
        PackageId packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of(key, WH, items)).get().packageId();
        return oms.warehouse().ship(order.id(), packed, "ground").get().packageId();
    }

    private static void deliverIf(OrderManagement oms, Order order, PackageId parcel, boolean deliver) {
        if (deliver) {
            oms.warehouse().confirmDelivery(order.id(), parcel).get();
        }
    }

    private static long onHand(InMemoryAdapters adapters, String sku) {
        return adapters.inventory().stockOf(Sku.of(sku)).stream().mapToLong(level -> level.onHand()).sum();
    }
}

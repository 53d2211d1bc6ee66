// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.PackageId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random shop histories run through the facade: orders on random channels, in euros or dollars, of mugs (short, so
 * they backorder), tea and a game not yet released (pre-ordered); then shipped late or early, delivered, returned
 * (received, only asked, or rejected) or cancelled in whole or in part, with reasons.
 */
final class RandomHistories {
    static final List<String> REASONS = List.of("too small", "changed mind", "fraud suspected", "arrived damaged");

    /** What becomes of one order. */
    enum Fate { LEFT, SHIPPED, DELIVERED, RETURNED, RETURN_ASKED, RETURN_REJECTED, CANCELLED, PART_CANCELLED_THEN_SHIPPED }

    record PlannedLine(String sku, int quantity) {}

    record PlannedOrder(Channel channel, boolean dollars, List<PlannedLine> lines, int hoursLater, int hoursToShip, Fate fate,
            String reason) {}

    private RandomHistories() {}

    static Arbitrary<List<PlannedOrder>> histories() {
        Arbitrary<PlannedLine> lines = Combinators.combine(Arbitraries.of("MUG", "TEA", "GAME"), Arbitraries.integers().between(1, 4))
                .as(PlannedLine::new);
        Arbitrary<PlannedOrder> orders = Combinators.combine(
                Arbitraries.of(Channel.WEB, Channel.STORE, Channel.MARKETPLACE, Channel.PHONE),
                Arbitraries.of(false, true),
                lines.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(0, 24),
                Arbitraries.integers().between(0, 96),
                fates(),
                Arbitraries.of(REASONS)).as(PlannedOrder::new);
        return orders.list().ofMinSize(1).ofMaxSize(10);
    }

    // Returns need a delivered unit of a line in stock, so they are drawn more often to be seen at all.
    private static Arbitrary<Fate> fates() {
        return Arbitraries.frequency(Tuple.of(1, Fate.LEFT), Tuple.of(1, Fate.SHIPPED), Tuple.of(1, Fate.DELIVERED),
                Tuple.of(3, Fate.RETURNED), Tuple.of(2, Fate.RETURN_ASKED), Tuple.of(1, Fate.RETURN_REJECTED),
                Tuple.of(2, Fate.CANCELLED), Tuple.of(2, Fate.PART_CANCELLED_THEN_SHIPPED));
    }

    /** Runs the plans in order through a fresh shop with a few mugs in stock. */
    static ReportShop run(List<PlannedOrder> plans) {
        ReportShop shop = new ReportShop(4);
        for (PlannedOrder plan : plans) {
            shop.clock.advance(Duration.ofHours(plan.hoursLater()));
            Order order = shop.place(plan.channel(), plan.lines().stream()
                    .map(l -> ReportShop.line(l.sku(), l.quantity(), price(l.sku(), plan.dollars()))).toArray(dev.oms.core.placement.LineRequest[]::new));
            switch (plan.fate()) {
                case LEFT -> { }
                case CANCELLED -> shop.cancelWhole(order.id(), plan.reason());
                case PART_CANCELLED_THEN_SHIPPED -> {
                    Line first = order.lines().values().head();
                    shop.cancelUnits(order.id(), first.id(), 1, plan.reason());
                    ship(shop, plan, order);
                }
                case SHIPPED -> ship(shop, plan, order);
                case DELIVERED, RETURNED, RETURN_ASKED, RETURN_REJECTED -> {
                    Optional<PackageId> parcel = ship(shop, plan, order);
                    parcel.ifPresent(p -> shop.deliver(order.id(), p));
                    Optional<Line> delivered = shop.find(order.id()).lines().values().find(l -> l.count(Bucket.DELIVERED) > 0).toJavaOptional();
                    delivered.ifPresent(l -> giveBack(shop, plan, order, l));
                }
            }
        }
        return shop;
    }

    private static Optional<PackageId> ship(ReportShop shop, PlannedOrder plan, Order order) {
        shop.clock.advance(Duration.ofHours(plan.hoursToShip()));
        return shop.shipAllocated(order.id());
    }

    private static void giveBack(ReportShop shop, PlannedOrder plan, Order order, Line line) {
        long units = line.count(Bucket.DELIVERED);
        switch (plan.fate()) {
            case RETURNED -> shop.returnUnits(order.id(), line.id(), units, plan.reason(), true);
            case RETURN_ASKED -> shop.returnUnits(order.id(), line.id(), units, plan.reason(), false);
            case RETURN_REJECTED -> shop.rejectReturn(order.id(), line.id(), units, plan.reason());
            default -> { }
        }
    }

    private static String price(String sku, boolean dollars) {
        String amount = switch (sku) {
            case "MUG" -> "12.99";
            case "TEA" -> "4.50";
            default -> "59.99";
        };
        return (dollars ? "USD " : "EUR ") + amount;
    }
}

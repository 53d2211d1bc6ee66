// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.event.EffectEvent;
import dev.oms.spi.event.PlacementEvent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.Slot;
import dev.oms.core.order.PaymentLedger;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;
import dev.oms.core.restock.WaitingUnits;

/** The invariants of design §4 that hold between any two commands, checked against a {@link World}. */
final class WorldInvariants {
    private WorldInvariants() {}

    /** Invariant 1: every unit of every line is in exactly one bucket, and no unit appeared or vanished since placement. */
    static void conservation(World world) {
        for (OrderId id : world.orders) {
            assertThat(conservation(world.adapters.orders().load(id).get(), world.order(id))).as("conservation of %s", id).isEmpty();
        }
    }

    /**
     * Invariant 1 against what storage holds: the order has exactly the lines its {@code OrderPlaced} event
     * placed, and each line's units, counted over its buckets, none negative, add up to the quantity that
     * event placed. (A {@link Line} keeps its buckets adding up to its own {@code quantity()}; this checks
     * that quantity has not drifted from the placement.)
     */
    static List<String> conservation(StoredOrder stored, Order order) {
        List<OrderEvent> events = stored.commits().stream().flatMap(c -> c.events().stream()).toList();
        if (events.isEmpty() || !(events.get(0) instanceof PlacementEvent.OrderPlaced placed)) {
            return List.of(stored.orderId() + " does not start with OrderPlaced");
        }
        List<String> violations = new ArrayList<>();
        Set<LineId> placedLines = new HashSet<>();
        for (PlacementEvent.PlacedLine placedLine : placed.lines()) {
            placedLines.add(placedLine.lineId());
            Option<Line> line = order.line(placedLine.lineId());
            if (line.isEmpty()) {
                violations.add(order.id() + " lost line " + placedLine.lineId());
                continue;
            }
            long units = 0;
            for (Map.Entry<Slot, Long> slot : line.get().units().toJavaMap().entrySet()) {
                if (slot.getValue() < 0) {
                    violations.add(order.id() + " " + placedLine.lineId() + ": " + slot.getValue() + " units " + slot.getKey());
                }
                units += slot.getValue();
            }
            if (units != placedLine.quantity()) {
                violations.add(order.id() + " " + placedLine.lineId() + ": " + units + " units in its buckets, placed "
                        + placedLine.quantity());
            }
        }
        for (LineId line : order.lines().keySet()) {
            if (!placedLines.contains(line)) {
                violations.add(order.id() + " has line " + line + ", which was never placed");
            }
        }
        if (!order.lineList().equals(order.lines().values().toJavaList())) {
            violations.add(order.id() + "'s line list " + order.lineList() + " is not its lines in order");
        }
        return violations;
    }

    /**
     * Invariant 2, and more: stock never oversold, and every reserved unit is accounted for by an order
     * that holds it, a release still owed, or a shipment whose stock is not yet consumed.
     */
    static void stockAccountedFor(World world) {
        List<Order> orders = world.allOrders();
        for (Sku sku : World.SKUS) {
            for (LocationId location : World.LOCATIONS) {
                StockLevel level = world.stock(sku, location);
                assertThat(level.reserved() + level.ringFenced()).as("oversold %s", level).isLessThanOrEqualTo(level.onHand());
                long held = 0;
                long owedRelease = 0;
                long shippedNotConsumed = 0;
                long consumed = 0;
                for (Order order : orders) {
                    for (Line line : order.lines().values().filter(l -> l.sku().equals(sku))) {
                        held += line.count(Bucket.ALLOCATED, location) + line.count(Bucket.PICKED, location)
                                + line.count(Bucket.PACKED, location);
                        for (OrderPackage pkg : order.packages().values().filter(p -> p.location().equals(location) && p.isShipped())) {
                            if (pkg.stockConsumed()) {
                                consumed += pkg.units(line.id());
                            } else {
                                shippedNotConsumed += pkg.units(line.id());
                            }
                        }
                    }
                    owedRelease += order.releasesOwed().values().flatMap(m -> m)
                            .filter(m -> m.sku().equals(sku) && m.locationId().equals(location))
                            .map(m -> m.quantity()).sum().longValue();
                }
                assertThat(level.reserved()).as("reserved %s@%s", sku, location).isEqualTo(held + owedRelease + shippedNotConsumed);
                assertThat(level.onHand()).as("on hand %s@%s", sku, location)
                        .isEqualTo(world.stockIn.get(World.key(sku, location)) - consumed);
            }
        }
    }

    /** Units count as shipped exactly when a shipped package holds them. */
    static void shipmentsMatchBuckets(World world) {
        for (Order order : world.allOrders()) {
            for (Line line : order.lines().values()) {
                long inShippedPackages = order.packages().values().filter(OrderPackage::isShipped)
                        .map(p -> p.units(line.id())).sum().longValue();
                assertThat(line.count(Bucket.SHIPPED) + line.count(Bucket.DELIVERED))
                        .as("shipped units of %s %s", order.id(), line.id()).isEqualTo(inShippedPackages);
            }
        }
    }

    /** Invariant 5: captured ≤ authorised on both sides of the payment port; nothing refunded; COD is cash. */
    static void money(World world) {
        for (Order order : world.allOrders()) {
            PaymentLedger payment = order.payment();
            assertThat(payment.captured().plus(payment.voided())).as("captured + voided of %s", order.id())
                    .isLessThanOrEqualTo(payment.authorized());
            for (OrderPackage pkg : order.packages().values()) {
                assertThat(payment.capturedFor(pkg.id())).as("captured for %s", pkg.id()).isLessThanOrEqualTo(order.value(pkg));
            }
            Money gatewayCaptured = world.adapters.payments().captured(order.id(), World.EUR);
            assertThat(gatewayCaptured).as("gateway captured for %s", order.id())
                    .isGreaterThanOrEqualTo(payment.captured())
                    .isLessThanOrEqualTo(world.adapters.payments().authorized(order.id(), World.EUR));
            assertThat(world.adapters.payments().refunded(order.id(), World.EUR).isZero()).isTrue();
            if (payment.isCashOnDelivery()) {
                assertThat(payment.authorized().isZero()).as("nothing authorised for cash on delivery").isTrue();
                Money delivered = order.packages().values().filter(p -> p.state() == OrderPackage.State.DELIVERED)
                        .foldLeft(Money.zero(World.EUR), (sum, p) -> sum.plus(order.value(p)));
                assertThat(payment.cash()).as("cash collected for %s", order.id()).isEqualTo(delivered);
            }
        }
    }

    /** Customers hear each fact once, however often a send was retried. */
    static void notificationsOnce(World world) {
        List<StoredOrder> stored = world.orders.stream().map(id -> world.adapters.orders().load(id).get()).toList();
        Set<String> owed = new HashSet<>();
        world.allOrders().forEach(order -> owed.addAll(order.notificationsOwed().keySet().toJavaSet()));
        assertThat(notificationsOnce(stored, owed, world.adapters.notifications().delivered(),
                world.adapters.notifications().sendCalls(), world.flaky.notificationAnswersLost()))
                .as("notifications").isEmpty();
    }

    /**
     * Counted from the sender's own record: the core called it more often than it delivered distinct
     * keys only to repeat a send whose answer was lost; each key an order records as sent ({@code
     * NotificationSent}) it records once, and the sender delivered it; and every delivery is one an order
     * records as sent or still owes (its answer lost).
     */
    static List<String> notificationsOnce(List<StoredOrder> orders, Set<String> owed, List<Notification> delivered,
            long sendCalls, long answersLost) {
        List<String> violations = new ArrayList<>();
        Set<String> deliveredKeys = new HashSet<>();
        delivered.forEach(n -> deliveredKeys.add(n.key()));
        if (sendCalls - deliveredKeys.size() > answersLost) {
            violations.add(sendCalls + " sends for " + deliveredKeys.size() + " distinct notifications, only "
                    + answersLost + " answers lost");
        }
        Set<String> recorded = new HashSet<>();
        for (StoredOrder order : orders) {
            Set<String> ofThisOrder = new HashSet<>();
            for (OrderCommit commit : order.commits()) {
                for (OrderEvent event : commit.events()) {
                    if (event instanceof EffectEvent.NotificationSent sent) {
                        if (!ofThisOrder.add(sent.notificationKey())) {
                            violations.add(order.orderId() + " records " + sent.notificationKey() + " as sent twice");
                        }
                        if (!deliveredKeys.contains(sent.notificationKey())) {
                            violations.add(order.orderId() + " records " + sent.notificationKey() + " as sent, never delivered");
                        }
                    }
                }
            }
            recorded.addAll(ofThisOrder);
        }
        for (String key : deliveredKeys) {
            if (!recorded.contains(key) && !owed.contains(key)) {
                violations.add(key + " delivered, but no order records it as sent or owes it");
            }
        }
        return violations;
    }

    /** With the ports healthy again and every order resumed, everything owed is settled on both sides. */
    static void settled(World world) {
        for (Order order : world.allOrders()) {
            assertThat(dev.oms.core.effects.PendingEffects.of(order)).as("effects owed by %s", order.id()).isEmpty();
            assertThat(world.adapters.payments().captured(order.id(), World.EUR))
                    .as("gateway and order agree on captures of %s", order.id()).isEqualTo(order.payment().captured());
            assertThat(world.adapters.payments().authorized(order.id(), World.EUR))
                    .as("gateway and order agree on authorisations of %s", order.id()).isEqualTo(order.payment().authorized());
            if (order.units(Bucket.ALLOCATED) + order.units(Bucket.PICKED) + order.units(Bucket.PACKED)
                    + order.units(Bucket.PENDING) == 0 && !order.payment().onHold()) {
                assertThat(order.payment().openAuthorized().isZero())
                        .as("no authorisation left open on finished order %s", order.id()).isTrue();
            }
        }
    }

    /** Invariant 3 around one restock: filled strictly in queue order, and the queue waits only on empty shelves. */
    static void filledInQueueOrder(World world, Sku sku, List<WaitingUnits> before) {
        filledInQueueOrder(world, sku, before, Option.none());
    }

    /**
     * After stock arrived at {@code at} (or was released everywhere): the units waiting at that location were
     * served first, in queue order, and the others only once none of them is left short, in queue order too.
     */
    static void filledInQueueOrder(World world, Sku sku, List<WaitingUnits> before, Option<LocationId> at) {
        List<WaitingUnits> atLocation = before.stream().filter(e -> at.isDefined() && e.waitsAt().equals(at)).toList();
        List<WaitingUnits> others = before.stream().filter(e -> !atLocation.contains(e)).toList();
        boolean shortThere = filledInOrder(world, atLocation);
        boolean othersFilled = others.stream().anyMatch(e -> left(world, e) < e.quantity());
        assertThat(shortThere && othersFilled).as("units waiting elsewhere filled while some at %s are short", at).isFalse();
        filledInOrder(world, others);
        queueWaitsOnlyOnEmptyShelves(world, sku);
    }

    /** No entry filled while an earlier one is still short; answers whether one is. */
    private static boolean filledInOrder(World world, List<WaitingUnits> entries) {
        boolean someoneShort = false;
        for (WaitingUnits entry : entries) {
            long left = left(world, entry);
            long filled = entry.quantity() - left;
            if (someoneShort) {
                assertThat(filled).as("%s filled although an earlier entry is still short", entry).isZero();
            }
            someoneShort |= left > 0;
        }
        return someoneShort;
    }

    private static long left(World world, WaitingUnits entry) {
        return world.order(entry.orderId()).line(entry.lineId()).get().count(entry.bucket());
    }

    /** After stock arrived or was freed, a released SKU's queue waits only when no stock is left. */
    static void queueWaitsOnlyOnEmptyShelves(World world, Sku sku) {
        boolean released = !world.clock.instant().isBefore(World.RELEASE) || !sku.equals(World.LAUNCH);
        if (released && !world.queue(sku).isEmpty()) {
            assertThat(world.available(sku)).as("stock of %s left while its queue waits", sku).isZero();
        }
    }
}

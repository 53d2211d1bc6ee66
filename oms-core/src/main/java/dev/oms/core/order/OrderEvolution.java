// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.PlacementEvent;
import dev.oms.spi.value.LineId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.StoredOrder;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * How events change an order: the pure {@code evolve(state, event) -> state} half of the decider.
 * Events are facts, so evolution never refuses one; an event that contradicts the state is a bug and
 * throws. Each event type is handled once, in {@link Evolver}; the notice it makes owed is said once, in
 * {@link CustomerNotices}.
 */
public final class OrderEvolution {

    private OrderEvolution() {}

    /**
     * Rebuilds an order from storage.
     *
     * @param stored the order's stored commits
     * @return the order; none when nothing was stored
     */
    public static Option<Order> replay(StoredOrder stored) {
        Option<Order> order = Option.none();
        for (OrderCommit commit : stored.commits()) {
            order = Option.some(apply(order, commit));
        }
        return order;
    }

    /**
     * Applies one commit: its events in order, then the idempotency key and the version.
     *
     * @param before the order before the commit; none for the placement commit
     * @param commit the commit
     * @return the order after it
     */
    public static Order apply(Option<Order> before, OrderCommit commit) {
        List<OrderEvent> events = List.ofAll(commit.events());
        return stamped(evolve(before, events), commit, events);
    }

    /**
     * Applies events in order, without the commit's stamp: every event of one commit sees the version before it.
     *
     * @param before the order before them; none when the first is {@code OrderPlaced}
     * @param events the events, at least one
     * @return the order after them, not yet stamped by {@link #stamped}
     */
    public static Order evolve(Option<Order> before, List<OrderEvent> events) {
        Order order = before.isEmpty() ? start(events.head()) : apply(before.get(), events.head());
        for (OrderEvent event : events.tail()) {
            order = apply(order, event);
        }
        return order;
    }

    /**
     * Stamps a commit on the order its events made: its idempotency key, with the events a replay answers, its
     * request's fingerprint, and the next version.
     *
     * @param evolved the order after the commit's events ({@link #evolve})
     * @param commit the commit
     * @return the order as stored with the commit
     */
    public static Order stamped(Order evolved, OrderCommit commit) {
        return stamped(evolved, commit, List.ofAll(commit.events()));
    }

    /**
     * {@link #stamped(Order, OrderCommit)} for a caller that holds the commit's events as a list already.
     *
     * @param evolved the order after the commit's events ({@link #evolve})
     * @param commit the commit
     * @param events the commit's events, in order
     * @return the order as stored with the commit
     */
    public static Order stamped(Order evolved, OrderCommit commit, List<OrderEvent> events) {
        return ImmutableOrder.builder().from(evolved)
                .handledCommands(evolved.handledCommands().put(commit.idempotencyKey(), events))
                .requestFingerprints(commit.requestFingerprint().isEmpty() ? evolved.requestFingerprints()
                        : evolved.requestFingerprints().put(commit.idempotencyKey(), commit.requestFingerprint()))
                .version(evolved.version() + 1)
                .build();
    }

    /**
     * The state right after placement: every unit pending.
     *
     * @param first the order's first event, {@code OrderPlaced}
     * @return the new order
     * @throws IllegalStateException when {@code first} is not {@code OrderPlaced}
     */
    public static Order start(OrderEvent first) {
        if (!(first instanceof OrderPlaced placed)) {
            throw new IllegalStateException("an order's first event is OrderPlaced, not " + first.getClass().getSimpleName());
        }
        Order order = placed(placed);
        return CustomerNotices.owe(order, order, placed);
    }

    /**
     * Applies one event, and records the notice it makes owed.
     *
     * @param order the order before the event
     * @param event the event
     * @return the order after it
     */
    public static Order apply(Order order, OrderEvent event) {
        return CustomerNotices.owe(order, event.accept(new Evolver(order)), event);
    }

    /** The state right after placement: every unit pending, nothing owed yet. */
    private static Order placed(OrderPlaced placed) {
        @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array cannot be made otherwise
        Tuple2<LineId, Line>[] placedLines = new Tuple2[placed.lines().size()];
        for (int i = 0; i < placedLines.length; i++) {
            PlacementEvent.PlacedLine l = placed.lines().get(i);
            placedLines[i] = Tuple.of(l.lineId(), Line.placed(l.lineId(), l.sku(), l.quantity(), l.unitPrice(), l.stockTracked(), l.price()));
        }
        // Made from an array, the map's queue holds every line in front. Put one by one, every line after the first
        // would wait reversed at the back, and each walk over the lines (dozens a command) would reverse them anew.
        LinkedHashMap<LineId, Line> lines = LinkedHashMap.ofEntries(placedLines);
        return ImmutableOrder.builder()
                .id(placed.orderId())
                .channel(placed.channel())
                .externalId(placed.externalId())
                .customer(placed.customer())
                .shipTo(placed.shipTo())
                .pickup(Option.ofOptional(placed.pickup()))
                .charges(Charges.placed(Option.ofOptional(placed.shipping())))
                .currency(placed.currency())
                .placedAt(placed.placedAt())
                .lines(lines)
                .payment(PaymentLedger.opened(placed.paymentMethod(), placed.currency()))
                .preorderReleases(LinkedHashMap.empty())
                .purchases(LinkedHashMap.empty())
                .authorizedAt(LinkedHashMap.empty())
                .ringFencesOwed(LinkedHashMap.empty())
                .reservationInFlight(Option.none())
                .reservationAttempts(0)
                .lastShortfalls(List.empty())
                .pickLists(LinkedHashMap.empty())
                .packages(LinkedHashMap.empty())
                .releasesOwed(LinkedHashMap.empty())
                .cancellationIds(HashSet.empty())
                .notificationsOwed(LinkedHashMap.empty())
                .notificationsSent(HashSet.empty())
                .handledCommands(HashMap.empty())
                .version(0)
                .build();
    }
}

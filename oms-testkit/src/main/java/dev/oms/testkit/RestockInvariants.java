// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.PurchaseReceipt;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.Purchase;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The invariants of {@link OrderInvariants} that compare orders just before and just after one restock or
 * one goods receipt: pre-order priority and the ring-fence.
 */
final class RestockInvariants {
    /** The rank design invariant 3 gives a SKU's waiting units, written out here rather than taken from the core. */
    private static final Comparator<Waiting> QUEUE = Comparator
            .comparing((Waiting w) -> w.bucket() != Bucket.PREORDERED)
            .thenComparing(Waiting::placedAt)
            .thenComparing(w -> w.orderId().value())
            .thenComparing(w -> w.lineId().value());

    /**
     * Pre-order priority (invariant 3) around one restock of {@code sku} (a receipt, a release, stock
     * freed by a cancellation): the SKU's waiting units before it are ranked pre-orders first, then by
     * placement time, order id and line id; once an entry is left waiting, no entry ranked after it took
     * any unit. So no backorder and no later pre-order is filled while an earlier pre-order still waits,
     * and each group fills in placement order. Orders missing from {@code after} count as unchanged. An order is
     * never allocated again where a location failed it (re-routed, or rejected by a fulfilment provider), so its
     * waiting units do not hold back later ones restocked there ({@code at}), or anywhere when the place is not known;
     * nor, for the same reason, do those of a click-and-collect order without transfer, restocked away from its store.
     * Backordered units waiting at the restocked location (its backorder terms, or stock on its way there, took them)
     * are served first there: they form a queue of their own, ahead of the rest, which must not take a unit while one
     * of them is left short.
     */
    static List<String> preorderPriority(Sku sku, Optional<LocationId> at, Collection<Order> before, Collection<Order> after) {
        Map<OrderId, Order> now = new HashMap<>();
        after.forEach(order -> now.put(order.id(), order));
        List<Waiting> queue = new ArrayList<>();
        for (Order order : before) {
            for (Line line : order.lines().values()) {
                for (Bucket bucket : List.of(Bucket.PREORDERED, Bucket.BACKORDERED)) {
                    if (line.sku().equals(sku) && line.count(bucket) > 0) {
                        queue.add(new Waiting(order.id(), line.id(), bucket, line.count(bucket), order.placedAt()));
                    }
                }
            }
        }
        queue.sort(QUEUE);
        // Units waiting at the restocked location are served first there, in queue order; then the whole queue.
        List<Waiting> there = queue.stream().filter(w -> at.isPresent() && waitsAt(before, w).equals(at)).toList();
        List<String> violations = new ArrayList<>(inOrder(sku, there, at, before, now));
        boolean shortThere = there.stream().anyMatch(w -> left(w, now) > 0 && !passedBy(w, at, before));
        List<Waiting> others = queue.stream().filter(w -> !there.contains(w)).toList();
        if (shortThere) {
            others.stream().filter(w -> left(w, now) < w.quantity()).forEach(w -> violations.add(sku + ": " + w.bucket()
                    + " units of " + w.orderId() + " " + w.lineId() + " filled while units waiting at " + at.get() + " still wait"));
        }
        violations.addAll(inOrder(sku, others, at, before, now));
        return violations;
    }

    /** Once an entry is left waiting, no entry ranked after it took any unit. */
    private static List<String> inOrder(Sku sku, List<Waiting> queue, Optional<LocationId> at, Collection<Order> before,
            Map<OrderId, Order> now) {
        List<String> violations = new ArrayList<>();
        Optional<Waiting> firstShort = Optional.empty();
        for (Waiting entry : queue) {
            long left = left(entry, now);
            long filled = entry.quantity() - left;
            if (firstShort.isPresent() && filled > 0) {
                violations.add(sku + ": " + filled + " " + entry.bucket() + " units of " + entry.orderId() + " " + entry.lineId()
                        + " filled while " + firstShort.get().bucket() + " units of " + firstShort.get().orderId() + " "
                        + firstShort.get().lineId() + ", ahead in the queue, still wait");
            }
            if (firstShort.isEmpty() && left > 0 && !passedBy(entry, at, before)) {
                firstShort = Optional.of(entry);
            }
        }
        return violations;
    }

    private static long left(Waiting entry, Map<OrderId, Order> now) {
        return Optional.ofNullable(now.get(entry.orderId())).flatMap(o -> o.line(entry.lineId()).toJavaOptional())
                .map(l -> l.count(entry.bucket())).orElse(entry.quantity());
    }

    /** Whether the restock could not serve the entry's order there: a location that failed it, or away from its pickup store. */
    private static boolean passedBy(Waiting entry, Optional<LocationId> at, Collection<Order> before) {
        Order waiting = order(before, entry);
        return at.map(location -> waiting.failedLocations().contains(location) || !servedFrom(waiting, location))
                .orElse(!waiting.failedLocations().isEmpty() || waiting.pickup().exists(p -> !p.transferAllowed()));
    }

    /** Where an entry's backordered units wait: the location whose terms (or stock on its way) took them, unless it failed the order. */
    private static Optional<LocationId> waitsAt(Collection<Order> before, Waiting entry) {
        Order order = order(before, entry);
        return entry.bucket() != Bucket.BACKORDERED ? Optional.empty()
                : order.backorderLocations().get(entry.lineId()).filter(l -> !order.failedLocations().contains(l)).toJavaOptional();
    }

    private static Order order(Collection<Order> orders, Waiting entry) {
        return orders.stream().filter(o -> o.id().equals(entry.orderId())).findFirst().get();
    }

    /** Whether the order's units may be allocated at the location: anywhere, but a pickup without transfer at its store only. */
    static boolean servedFrom(Order order, LocationId location) {
        return order.pickup().forAll(p -> p.transferAllowed() || p.store().equals(location));
    }

    /**
     * Ring-fence (invariant 4) around one goods receipt against an indent purchase of {@code owner}: the
     * purchase counts the units received, the owner holds that many more units of the purchase's SKU at
     * the receipt's location, and no other order holds any more of that SKU there than before.
     */
    static List<String> ringFence(OrderId owner, PurchaseReceipt receipt, Collection<Order> before,
            Collection<Order> after) {
        List<String> violations = new ArrayList<>();
        Optional<Purchase> purchaseBefore = before.stream().filter(o -> o.id().equals(owner)).findFirst()
                .flatMap(o -> o.purchases().get(receipt.purchaseId()).toJavaOptional());
        Optional<Purchase> purchaseAfter = after.stream().filter(o -> o.id().equals(owner)).findFirst()
                .flatMap(o -> o.purchases().get(receipt.purchaseId()).toJavaOptional());
        if (purchaseBefore.isEmpty() || purchaseAfter.isEmpty()) {
            return List.of("order " + owner + " has no purchase " + receipt.purchaseId());
        }
        Sku sku = purchaseBefore.get().sku();
        long received = purchaseAfter.get().received() - purchaseBefore.get().received();
        if (received != receipt.quantity()) {
            violations.add("purchase " + receipt.purchaseId() + " counts " + received + " units received, the receipt brought "
                    + receipt.quantity());
        }
        Map<OrderId, Long> heldBefore = new HashMap<>();
        before.forEach(order -> heldBefore.put(order.id(), held(order, sku, receipt.location())));
        for (Order order : after) {
            long gained = held(order, sku, receipt.location()) - heldBefore.getOrDefault(order.id(), 0L);
            long expected = order.id().equals(owner) ? receipt.quantity() : 0;
            if (gained > expected) {
                violations.add("order " + order.id() + " took " + gained + " units of " + sku + " at " + receipt.location()
                        + " when goods for " + owner + "'s purchase " + receipt.purchaseId() + " arrived");
            } else if (gained < expected) {
                violations.add("order " + owner + " holds " + gained + " more units of " + sku + " at " + receipt.location()
                        + ", its purchase " + receipt.purchaseId() + " received " + receipt.quantity());
            }
        }
        return violations;
    }

    /** Units of the SKU the order holds from the location's stock, or that left it in a package. */
    private static long held(Order order, Sku sku, LocationId location) {
        long units = 0;
        for (Line line : order.lines().values()) {
            if (line.sku().equals(sku) && line.holdsStockAt(location)) {
                units += line.count(Bucket.ALLOCATED, location) + line.count(Bucket.PICKED, location)
                        + line.count(Bucket.PACKED, location);
                units += order.packages().values().filter(p -> p.isShipped() && p.location().equals(location))
                        .map(p -> p.units(line.id())).sum().longValue();
            }
        }
        return units;
    }

    /** One entry of a SKU's restock queue as this checker ranks it. */
    private record Waiting(OrderId orderId, LineId lineId, Bucket bucket, long quantity, Instant placedAt) {}

    private RestockInvariants() {}
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.PurchaseReceipt;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.Slot;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Checkers for the invariants of design.md §4 over the core's {@link Order}s, for hosts that test their own
 * policies (routing, allocation, validation) through {@code OrderManagement}: each returns the violations
 * it found, empty when the invariant holds ({@code assertThat(OrderInvariants.money(order)).isEmpty()}).
 *
 * <p>{@link #conservation} and {@link #money} look at one order as it stands, {@link #noOversell} at stock.
 * {@link #preorderPriority} and {@link #ringFence} compare the orders just before and just after one
 * restock or one goods receipt: call the facade between the two snapshots and nothing else.
 */
public final class OrderInvariants {
    private OrderInvariants() {}

    /**
     * Conservation (invariant 1): every line's buckets hold no negative count and add up to the ordered
     * quantity, and the buckets agree with the order's other records: packed units are in packed packages
     * at their location, shipped and delivered units in shipped and delivered packages, and units awaiting
     * a supplier are the ones its purchases still owe.
     *
     * @param order the order as it stands
     * @return one line per violation, naming the order and the line; empty when the order conserves its units
     */
    public static List<String> conservation(Order order) {
        List<String> violations = new ArrayList<>();
        for (Line line : order.lines().values()) {
            String at = order.id() + " " + line.id();
            long sum = 0;
            for (Map.Entry<Slot, Long> slot : line.units().toJavaMap().entrySet()) {
                if (slot.getValue() < 0) {
                    violations.add(at + ": " + slot.getValue() + " units " + slot.getKey());
                }
                sum += slot.getValue();
            }
            if (sum != line.quantity()) {
                violations.add(at + ": buckets add up to " + sum + ", ordered " + line.quantity());
            }
            Map<LocationId, Long> packed = new HashMap<>();
            long shipped = 0;
            long delivered = 0;
            for (OrderPackage pkg : order.packages().values()) {
                long units = pkg.units(line.id());
                if (pkg.state() == OrderPackage.State.PACKED) {
                    packed.merge(pkg.location(), units, Long::sum);
                }
                shipped += pkg.isShipped() ? units : 0;
                // Units claimed while their parcel was on its way left SHIPPED before the parcel was delivered, if ever.
                delivered += pkg.state() == OrderPackage.State.DELIVERED ? units
                        : pkg.state() == OrderPackage.State.SHIPPED ? order.returns().claimed(pkg.id(), line.id()) : 0;
            }
            for (Slot slot : line.slots(Bucket.PACKED)) {
                packed.putIfAbsent(slot.location().get(), 0L);
            }
            packed.forEach((location, units) -> agree(violations, at, "PACKED at " + location,
                    line.count(Bucket.PACKED, location), "in packed packages", units));
            long afterDelivery = line.count(Bucket.DELIVERED) + line.count(Bucket.RETURNED) + line.count(Bucket.CLAIMED);
            agree(violations, at, "SHIPPED, DELIVERED, RETURNED or CLAIMED", line.count(Bucket.SHIPPED) + afterDelivery,
                    "in shipped packages", shipped);
            agree(violations, at, "DELIVERED, RETURNED or CLAIMED", afterDelivery, "in delivered packages or claimed on the way", delivered);
            agree(violations, at, "CLAIMED", line.count(Bucket.CLAIMED), "claimed", order.returns().claimed(line.id()));
            agree(violations, at, "RETURNED", line.count(Bucket.RETURNED), "received back under returns", order.returns().received(line.id()));
            long owed = order.purchases().values().filter(p -> p.lineId().equals(line.id()))
                    .map(p -> p.committed().getOrElse(p.requested()) - p.received()).sum().longValue();
            agree(violations, at, "AWAITING_SUPPLIER", line.count(Bucket.AWAITING_SUPPLIER), "owed by its purchases", owed);
        }
        return violations;
    }

    /**
     * No oversell (invariant 2): reserved plus ring-fenced units never exceed those on hand.
     *
     * @param stock the stock levels to check
     * @return one line per oversold stock level; empty when none is
     */
    public static List<String> noOversell(Collection<StockLevel> stock) {
        return Invariants.noOversell(stock);
    }

    /**
     * Money (invariant 5): every amount is in the order's currency; per authorisation, captured plus voided
     * never exceeds the amount and its captures are the ones the ledger lists; every capture draws on a
     * granted authorisation, is for a shipped package and takes no more than that package is worth once
     * what was prepaid for its units is counted (no unit is charged twice); a prepayment draws on a
     * granted authorisation and is never refunded beyond what it took; cash
     * is collected only for delivered packages, never more than they are worth, and never next to an
     * authorisation.
     *
     * @param order the order as it stands
     * @return one line per violation; empty when the order's money adds up
     */
    public static List<String> money(Order order) {
        return MoneyInvariant.money(order);
    }

    /**
     * Pre-order priority (invariant 3) around one restock of {@code sku} (a receipt, a release, stock
     * freed by a cancellation): the SKU's waiting units before it are ranked pre-orders first, then by
     * placement time, order id and line id; once an entry is left waiting, no entry ranked after it took
     * any unit. So no backorder and no later pre-order is filled while an earlier pre-order still waits,
     * and each group fills in placement order. Orders missing from {@code after} count as unchanged.
     *
     * @param sku the SKU restocked
     * @param before the orders just before the restock
     * @param after the orders just after it
     * @return one line per entry that took units out of turn; empty when the restock kept priority
     */
    public static List<String> preorderPriority(Sku sku, Collection<Order> before, Collection<Order> after) {
        return RestockInvariants.preorderPriority(sku, Optional.empty(), before, after);
    }

    /**
     * Pre-order priority as {@link #preorderPriority(Sku, Collection, Collection)} says, around a restock at one
     * location: an order that location failed (re-routed away, or rejected by its fulfilment provider) is never
     * allocated there again, so its waiting units do not hold back later ones.
     *
     * @param sku the SKU restocked
     * @param location where the stock arrived
     * @param before the orders just before the restock
     * @param after the orders just after it
     * @return one line per entry that took units out of turn; empty when the restock kept priority
     */
    public static List<String> preorderPriority(Sku sku, LocationId location, Collection<Order> before, Collection<Order> after) {
        return RestockInvariants.preorderPriority(sku, Optional.of(location), before, after);
    }

    /**
     * Ring-fence (invariant 4) around one goods receipt against an indent purchase of {@code owner}: the
     * purchase counts the units received, the owner holds that many more units of the purchase's SKU at
     * the receipt's location, and no other order holds any more of that SKU there than before.
     *
     * @param owner the order whose purchase received the goods
     * @param receipt the goods receipt
     * @param before the orders just before the receipt
     * @param after the orders just after it
     * @return one line per violation; empty when the goods went to their owner only
     */
    public static List<String> ringFence(OrderId owner, PurchaseReceipt receipt, Collection<Order> before,
            Collection<Order> after) {
        return RestockInvariants.ringFence(owner, receipt, before, after);
    }

    /**
     * Pick lists: per line and location, the units open pick lists ask for never exceed the units allocated there.
     *
     * @param order the order as the facade answers it
     * @return one line per line and location listed beyond its allocation; empty when none is
     */
    public static List<String> pickLists(Order order) {
        List<String> violations = new ArrayList<>();
        for (Line line : order.lines().values()) {
            Map<LocationId, Long> listed = new HashMap<>();
            order.pickLists().values().filter(dev.oms.core.order.PickList::open)
                    .forEach(list -> listed.merge(list.location(), list.openUnits(line.id()), Long::sum));
            listed.forEach((location, units) -> {
                if (units > line.count(Bucket.ALLOCATED, location)) {
                    violations.add(order.id() + " " + line.id() + ": " + units + " units on open pick lists at " + location
                            + ", " + line.count(Bucket.ALLOCATED, location) + " allocated there");
                }
            });
        }
        return violations;
    }

    /**
     * Approval holds: an order held for approval owes no capture, not even for a package shipped before the hold.
     *
     * @param order the order as the facade answers it
     * @return one line per capture a held order owes; empty when it owes none or is not held
     */
    public static List<String> approvalHolds(Order order) {
        if (!order.approvals().held()) {
            return List.of();
        }
        return PendingEffects.of(order).filter(PendingEffect.Capture.class::isInstance)
                .map(capture -> order.id() + " is held for approval (" + order.approvals().open().keySet().mkString(", ")
                        + ") yet owes " + capture)
                .toJavaList();
    }

    /**
     * Pickup destination: a click-and-collect order whose pickup allows no transfer holds units (allocated, picked,
     * packed) at its store only, and every package it has (so every unit shipped or delivered) was packed there.
     *
     * @param order the order as the facade answers it
     * @return one line per bucket and other location holding its units; empty when it is no such order or keeps to its store
     */
    public static List<String> pickupDestination(Order order) {
        List<String> violations = new ArrayList<>();
        if (order.pickup().isEmpty() || order.pickup().get().transferAllowed()) {
            return violations;
        }
        LocationId store = order.pickup().get().store();
        for (Line line : order.lines().values()) {
            for (Bucket bucket : List.of(Bucket.ALLOCATED, Bucket.PICKED, Bucket.PACKED)) {
                long anywhere = line.count(bucket);
                long atStore = line.count(bucket, store);
                if (anywhere != atStore) {
                    violations.add(order.id() + " " + line.id() + ": " + (anywhere - atStore) + " units " + bucket
                            + " away from its pickup store " + store + ", which allows no transfer");
                }
            }
        }
        order.packages().values().filter(pkg -> !pkg.location().equals(store)).forEach(pkg -> violations.add(order.id()
                + ": package " + pkg.id() + " packed at " + pkg.location() + ", away from its pickup store " + store));
        return violations;
    }

    /**
     * Returns: per line, the units under return (asked for by returns not rejected) never exceed the units shipped
     * (shipped, delivered or returned), nor the units of the line in delivered packages; no return receives more of a
     * line than it asked for; no capture is refunded, by returns and prepayment refunds together, beyond what it took,
     * nor the order refunded and credited as store credit together beyond what its captures took;
     * and a receipt owes the restock of exactly its restocked units.
     *
     * @param order the order as the facade answers it
     * @return one line per violation; empty when none
     */
    public static List<String> returns(Order order) {
        return ReturnInvariant.returns(order);
    }

    /**
     * Every single-order check and no oversell at once: what a host asserts after each step of a command sequence.
     *
     * @param orders the orders as they stand
     * @param stock the stock levels as they stand
     * @return every violation of {@link #conservation}, {@link #money}, {@link #approvalHolds}, {@link #pickLists},
     *     {@link #pickupDestination}, {@link #returns} and {@link #noOversell}; empty when none
     */
    public static List<String> all(Collection<Order> orders, Collection<StockLevel> stock) {
        List<String> violations = new ArrayList<>();
        for (Order order : orders) {
            violations.addAll(conservation(order));
            violations.addAll(money(order));
            violations.addAll(approvalHolds(order));
            violations.addAll(pickLists(order));
            violations.addAll(pickupDestination(order));
            violations.addAll(returns(order));
        }
        violations.addAll(noOversell(stock));
        return violations;
    }

    private static void agree(List<String> violations, String at, String bucket, long inBucket, String where, long counted) {
        if (inBucket != counted) {
            violations.add(at + ": " + inBucket + " units " + bucket + ", " + counted + " " + where);
        }
    }
}

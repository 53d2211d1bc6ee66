// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.PromisedUnits;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Sku;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;

/**
 * How an order takes over some of its checkout's live holds: the holds must cover the order's units per
 * SKU; each line takes units from the holds in the order named, each hold's units in its own order; what
 * the order leaves of a hold is given back. Pure.
 */
public final class HoldTakeoverRules {
    private HoldTakeoverRules() {}

    /**
     * What a takeover does.
     *
     * @param reservations the held units as reservations of the order's pending lines
     * @param taken per hold the order takes units from: the hold, and the units it takes (all of the hold's
     *     units, or fewer: the rest are given back before it is consumed)
     * @param unused the holds the order takes nothing from, which are released
     */
    public record Plan(List<Reservation> reservations, List<Taken> taken, List<Hold> unused) {}

    /**
     * One hold the order takes units from.
     *
     * @param hold the hold as read
     * @param units the reserved units the order takes, per SKU and location, in the hold's order
     * @param surplus the hold's reserved units the order leaves, given back
     * @param promised the promised units the order takes: they stay pending, and are pre-ordered or
     *     backordered in the room the consumed hold leaves
     * @param promisedLeft the hold's promised units the order leaves, which lapse
     */
    public record Taken(Hold hold, List<StockMovement> units, List<StockMovement> surplus, List<PromisedUnits> promised,
            List<PromisedUnits> promisedLeft) {
        /** {@return whether the order takes every unit of the hold, reserved and promised} */
        public boolean whole() {
            return surplus.isEmpty() && promisedLeft.isEmpty();
        }
    }

    /**
     * The plan for an order over its live holds, or {@code HOLD_MISMATCH} for every SKU the holds hold and
     * promise fewer units of than the order's pending lines want. Untracked lines are not held, so they are left
     * out. A click-and-collect order without transfer counts only the units held, or promised, at its store.
     * Each line takes reserved units first, then promised ones.
     *
     * @param order the order placed with the holds
     * @param live the named holds that are live, in the order named
     * @return the plan, or the rejection
     */
    public static Either<Rejection, Plan> plan(Order order, List<Hold> live) {
        Map<Sku, Long> held = LinkedHashMap.empty();
        for (StockMovement m : live.flatMap(Hold::movements).filter(m -> mayServe(order, m.locationId()))) {
            held = held.put(m.sku(), held.get(m.sku()).getOrElse(0L) + m.quantity());
        }
        for (PromisedUnits p : live.flatMap(Hold::promised).filter(p -> mayServe(order, p))) {
            held = held.put(p.sku(), held.get(p.sku()).getOrElse(0L) + p.quantity());
        }
        Map<Sku, Long> pending = LinkedHashMap.empty();
        for (Line line : order.lines().valuesIterator().filter(Line::stockTracked)) {
            pending = pending.put(line.sku(), pending.get(line.sku()).getOrElse(0L) + line.count(Bucket.PENDING));
        }
        Map<Sku, Long> heldBySku = held;
        List<Problem> problems = pending.filter(p -> p._2 > heldBySku.get(p._1).getOrElse(0L)).keySet().toList().sorted()
                .map(sku -> Problem.of(ProblemCode.HOLD_MISMATCH, "hold", "the live holds have " + heldBySku.get(sku).getOrElse(0L)
                        + " of " + sku + ", the order wants " + pendingOf(order, sku)));
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        long[][] left = live.map(h -> h.movements().stream().mapToLong(StockMovement::quantity).toArray()).toJavaArray(long[][]::new);
        long[][] promisedLeft = live.map(h -> h.promised().stream().mapToLong(PromisedUnits::quantity).toArray()).toJavaArray(long[][]::new);
        List<Reservation> reservations = List.empty();
        for (Line line : order.lines().valuesIterator().filter(Line::stockTracked)) {
            long needed = line.count(Bucket.PENDING);
            for (int h = 0; h < live.size() && needed > 0; h++) {
                java.util.List<StockMovement> movements = live.get(h).movements();
                for (int i = 0; i < movements.size() && needed > 0; i++) {
                    long take = movements.get(i).sku().equals(line.sku()) && mayServe(order, movements.get(i).locationId())
                            ? Math.min(needed, left[h][i]) : 0;
                    if (take > 0) {
                        reservations = reservations.append(new Reservation(line.id(), line.sku(), movements.get(i).locationId(), take));
                        left[h][i] -= take;
                        needed -= take;
                    }
                }
            }
            for (int h = 0; h < live.size() && needed > 0; h++) {
                java.util.List<PromisedUnits> promised = live.get(h).promised();
                for (int i = 0; i < promised.size() && needed > 0; i++) {
                    long take = promised.get(i).sku().equals(line.sku()) && mayServe(order, promised.get(i))
                            ? Math.min(needed, promisedLeft[h][i]) : 0;
                    promisedLeft[h][i] -= take;
                    needed -= take;
                }
            }
        }
        List<Taken> taken = List.empty();
        List<Hold> unused = List.empty();
        for (int h = 0; h < live.size(); h++) {
            Hold hold = live.get(h);
            List<StockMovement> units = List.empty();
            List<StockMovement> surplus = List.empty();
            for (int i = 0; i < hold.movements().size(); i++) {
                StockMovement m = hold.movements().get(i);
                if (m.quantity() > left[h][i]) {
                    units = units.append(new StockMovement(m.sku(), m.locationId(), m.quantity() - left[h][i]));
                }
                if (left[h][i] > 0) {
                    surplus = surplus.append(new StockMovement(m.sku(), m.locationId(), left[h][i]));
                }
            }
            List<PromisedUnits> promisedTaken = List.empty();
            List<PromisedUnits> lapsing = List.empty();
            for (int i = 0; i < hold.promised().size(); i++) {
                PromisedUnits p = hold.promised().get(i);
                if (p.quantity() > promisedLeft[h][i]) {
                    promisedTaken = promisedTaken.append(p.withQuantity(p.quantity() - promisedLeft[h][i]));
                }
                if (promisedLeft[h][i] > 0) {
                    lapsing = lapsing.append(p.withQuantity(promisedLeft[h][i]));
                }
            }
            if (units.isEmpty() && promisedTaken.isEmpty()) {
                unused = unused.append(hold);
            } else {
                taken = taken.append(new Taken(hold, units, surplus, promisedTaken, lapsing));
            }
        }
        return Either.right(new Plan(reservations, taken, unused));
    }

    /**
     * {@return how a hold records that an order's placement changed it down to the units the order takes}
     *
     * @param orderId the placing order's id
     */
    public static String trimRecord(String orderId) {
        return "taken-over-by:" + orderId + "\tthe rest given back";
    }

    /** A click-and-collect order without transfer takes held units at its store only; the rest are given back. */
    private static boolean mayServe(Order order, dev.oms.spi.value.LocationId location) {
        return order.pickup().forAll(p -> p.transferAllowed() || p.store().equals(location));
    }

    /** Promised units serve a click-and-collect order without transfer only when they wait at its store, or anywhere. */
    private static boolean mayServe(Order order, PromisedUnits promised) {
        return promised.waitsAt().map(at -> mayServe(order, at)).orElse(true);
    }

    private static long pendingOf(Order order, Sku sku) {
        return order.lines().values().filter(l -> l.stockTracked() && l.sku().equals(sku)).map(l -> l.count(Bucket.PENDING)).sum().longValue();
    }
}

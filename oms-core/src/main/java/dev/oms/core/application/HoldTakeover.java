// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.allocation.UntrackedAllocation;
import dev.oms.core.availability.HoldTakeoverRules;
import dev.oms.core.command.AllocationCommand;
import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.EffectOutcome;
import dev.oms.core.decision.OrderDecider;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.Ports;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.value.OrderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An order placed with a checkout hold: the hold is consumed by the placing order and its units become
 * the order's allocations; when that order is not stored, the consumption is undone.
 */
final class HoldTakeover {
    private static final Logger LOG = LoggerFactory.getLogger(HoldTakeover.class);

    private final Ports ports;
    private final Option<HoldStore> holds;
    private final HoldDesk desk;
    private final HoldStock stock; // null exactly when there is no hold store

    HoldTakeover(Ports ports, Option<HoldStore> holds, HoldDesk desk) {
        this.ports = ports;
        this.holds = holds;
        this.desk = desk;
        this.stock = desk.stock();
    }

    /**
     * The events that turn the order's live holds into the draft order's allocations, having consumed them;
     * none when the order names no hold, or only holds no longer live (their units went back to stock, so
     * the order is allocated as any other). The live holds must cover the order's units ({@code HOLD_MISMATCH}
     * otherwise); a rejection for an unknown hold. Before the holds are consumed, the units the order leaves
     * of them are given back: a hold it takes nothing from is released, one it takes part of is changed down
     * to that part. A hold that ends or changes meanwhile undoes this placement's consumptions, and the
     * takeover is worked out once more from the holds as they are then. Units the holds promised without stock
     * stay pending in the events: the placement allocates them next, in the room the consumed holds leave.
     */
    Option<Either<Rejection, List<OrderEvent>>> takeOver(Order draft, java.util.List<HoldId> holdIds, String key) {
        if (holdIds.isEmpty()) {
            return Option.none();
        }
        if (holds.isEmpty()) {
            return Option.some(HoldDesk.notConfigured());
        }
        Option<Either<Rejection, List<OrderEvent>>> first = attempt(draft, List.ofAll(holdIds), key);
        if (first != null) {
            return first;
        }
        Option<Either<Rejection, List<OrderEvent>>> again = attempt(draft, List.ofAll(holdIds), key);
        return again != null ? again : Option.some(Either.left(Rejection.of(ProblemCode.CONCURRENT_MODIFICATION, "hold",
                "the order's holds kept changing while it was placed; place it again")));
    }

    /** One try; null when a hold ended or changed under it (its consumptions undone). */
    private Option<Either<Rejection, List<OrderEvent>>> attempt(Order draft, List<HoldId> holdIds, String key) {
        desk.expire();
        List<Hold> named = List.empty();
        for (HoldId id : holdIds) {
            Optional<Hold> hold = holds.get().find(id);
            if (hold.isEmpty()) {
                return Option.some(Either.left(Rejection.of(ProblemCode.UNKNOWN_HOLD, "hold", "no hold " + id)));
            }
            named = named.append(hold.get());
        }
        List<Hold> live = named.filter(h -> h.liveAt(ports.clock().instant()));
        if (live.isEmpty()) {
            return Option.none();
        }
        live.forEach(stock::giveBackGivenUp); // a change's units it gave up are not the order's
        Either<Rejection, HoldTakeoverRules.Plan> plan = HoldTakeoverRules.plan(draft, live.map(Hold::givenUpReturned));
        if (plan.isLeft()) {
            return Option.some(Either.left(plan.getLeft()));
        }
        plan.get().unused().forEach(hold -> desk.release(hold.id()));
        if (plan.get().taken().isEmpty()) {
            return Option.none(); // the order has no held SKU: it is allocated as any other
        }
        List<Hold> toConsume = List.empty();
        for (HoldTakeoverRules.Taken taken : plan.get().taken()) {
            Optional<Hold> trimmed = taken.whole() ? Optional.of(taken.hold()) : trim(taken, draft.id());
            if (trimmed.isEmpty()) {
                return null; // it ended or changed since it was read
            }
            toConsume = toConsume.append(trimmed.get());
        }
        List<HoldId> consumed = List.empty();
        for (Hold hold : toConsume) {
            // Consumed by this placement's order id, not by the channel order: of two placements of one
            // channel order, only the one that consumed the hold may undo the consumption.
            Optional<Hold> ended = consume(hold.id(), draft.id());
            if (ended.isPresent()) {
                consumed = consumed.append(hold.id());
            }
            if (ended.isEmpty() || !ended.get().reservationKey().equals(hold.reservationKey())) {
                notStored(consumed.toJavaList(), draft.id());
                return null;
            }
        }
        // Holds that only promised units reserved nothing: their units are allocated with the order's others.
        return Option.some(plan.get().reservations().isEmpty() ? Either.right(List.empty())
                : allocatedFromHold(draft, plan.get().reservations(), key));
    }

    /** Changes a hold down to the units the order takes, the rest given back; empty when it ended or changed meanwhile. */
    private Optional<Hold> trim(HoldTakeoverRules.Taken taken, OrderId consumer) {
        Hold hold = taken.hold();
        String version = IdempotencyKeys.holdAttempt(hold.id(), ports.ids().newOperationKey()).value();
        Optional<Hold> trimmed = holds.get().change(hold.id(), hold.reservationKey(), hold.changed(taken.units().toJavaList(),
                taken.promised().toJavaList(), version, hold.expiresAt(), taken.surplus().toJavaList(),
                HoldTakeoverRules.trimRecord(consumer.value())));
        trimmed.ifPresent(stock::giveBackGivenUp);
        return trimmed.map(Hold::givenUpReturned);
    }

    /**
     * Consumes the hold for the draft order. When the store fails, it may have consumed it all the same (an
     * answer lost): the consumption is undone, keyed to this order, so no hold is left consumed by an order
     * that was never stored.
     */
    private Optional<Hold> consume(HoldId id, OrderId consumer) {
        try {
            return holds.get().end(id, HoldState.CONSUMED, Optional.of(consumer.value()));
        } catch (RuntimeException storageFailure) {
            try {
                notStored(java.util.List.of(id), consumer);
            } catch (RuntimeException stillFailing) {
                storageFailure.addSuppressed(stillFailing);
                LOG.warn("hold {} may be left consumed by order {}, which was not stored", id, consumer);
            }
            throw storageFailure;
        }
    }

    /** The held units are already reserved: request them and record at once that the inventory reserved them.
     * Untracked lines, never held, are allocated without stock with them, where the held units are. */
    private Either<Rejection, List<OrderEvent>> allocatedFromHold(Order draft, List<AllocationEvent.Reservation> held, String key) {
        List<AllocationEvent.Reservation> reservations = UntrackedAllocation.of(draft, held, List.ofAll(ports.inventory().locations())).appendAll(held);
        return OrderDecider.decide(new AllocationCommand.RequestReservation(key, reservations), draft, DecisionContext.at(draft.placedAt())).flatMap(requested -> {
            Order asRequested = requested.foldLeft(draft, OrderEvolution::apply);
            return OrderDecider.decide(new EffectOutcome.RecordReservation(IdempotencyKeys.heldReservation(key).value(),
                    asRequested.reservationAttempts(), new ReservationResult.Reserved()), asRequested, DecisionContext.at(draft.placedAt())).map(requested::appendAll);
        });
    }

    /**
     * Undoes this placement's consumption of its hold when its order was not stored: the hold is live again,
     * its units still reserved, for a retry of the checkout to take over or for expiry to give back. A hold
     * consumed by another placement is left alone. A hold live after the reopen keeps only the promises the room
     * still has, whether or not the reopen's answer arrived.
     */
    void notStored(java.util.List<HoldId> holdIds, OrderId consumer) {
        holds.forEach(store -> holdIds.forEach(id -> {
            Optional<Hold> reopened;
            try {
                // Asked twice like the hold's stock calls: a consumption left by an order never stored has no other owner.
                reopened = HoldStock.askedTwice("reopen of hold " + id, () -> store.reopen(id, consumer.value()));
            } catch (RuntimeException storageFailure) {
                fitIfLive(store, id, storageFailure); // the reopen may have happened all the same
                throw storageFailure;
            }
            reopened.ifPresent(hold -> LOG.info("hold {} is live again: order {} was not stored", id, consumer));
            // A reopen whose answer was lost answers empty when asked again (the hold is no longer consumed), yet
            // the hold is live: it is fitted all the same, or it would promise room another placement took meanwhile.
            reopened.or(() -> store.find(id).filter(hold -> hold.state() == HoldState.ACTIVE)).ifPresent(desk::fitPromises);
        }));
    }

    /** After a reopen that failed: fits the hold's promises if it is live, a failure of that suppressed. */
    private void fitIfLive(HoldStore store, HoldId id, RuntimeException storageFailure) {
        try {
            store.find(id).filter(hold -> hold.state() == HoldState.ACTIVE).ifPresent(desk::fitPromises);
        } catch (RuntimeException stillFailing) {
            storageFailure.addSuppressed(stillFailing);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.allocation.UntrackedAllocation;
import dev.oms.core.availability.HoldRules;
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

    HoldTakeover(Ports ports, Option<HoldStore> holds, HoldDesk desk, HoldDesk.StockFreed freed) {
        this.ports = ports;
        this.holds = holds;
        this.desk = desk;
        this.stock = holds.map(store -> new HoldStock(ports, store, freed)).getOrNull();
    }

    /**
     * The events that turn a live hold into the draft order's allocations, having consumed the hold; none
     * when the order names no hold, or names one that is no longer live (its units went back to stock, so
     * the order is allocated as any other). A rejection for an unknown hold or one that does not match.
     */
    Option<Either<Rejection, List<OrderEvent>>> takeOver(Order draft, Optional<HoldId> holdId, String key) {
        if (holdId.isEmpty()) {
            return Option.none();
        }
        if (holds.isEmpty()) {
            return Option.some(HoldDesk.notConfigured());
        }
        desk.expire();
        Optional<Hold> hold = holds.get().find(holdId.get());
        if (hold.isEmpty()) {
            return Option.some(Either.left(Rejection.of(ProblemCode.UNKNOWN_HOLD, "hold", "no hold " + holdId.get())));
        }
        if (!hold.get().liveAt(ports.clock().instant())) {
            return Option.none();
        }
        Either<Rejection, List<AllocationEvent.Reservation>> matching = HoldRules.reservationsFor(draft, hold.get());
        if (matching.isLeft()) {
            return Option.some(Either.left(matching.getLeft()));
        }
        stock.giveBackGivenUp(hold.get()); // a change's units it gave up are not the order's
        // Consumed by this placement's order id, not by the channel order: of two placements of one
        // channel order, only the one that consumed the hold may undo the consumption.
        Optional<Hold> consumed = consume(holdId.get(), draft.id());
        if (consumed.isEmpty()) {
            return Option.none(); // it expired or was released a moment ago
        }
        // The order takes the version that was consumed, which a change may have made after the one read.
        Either<Rejection, List<AllocationEvent.Reservation>> reservations = HoldRules.reservationsFor(draft, consumed.get());
        if (reservations.isLeft()) {
            notStored(holdId, draft.id());
            return Option.some(Either.left(reservations.getLeft()));
        }
        stock.giveBackGivenUp(consumed.get());
        return Option.some(allocatedFromHold(draft, reservations.get(), key));
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
                notStored(Optional.of(id), consumer);
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
     * consumed by another placement is left alone.
     */
    void notStored(Optional<HoldId> holdId, OrderId consumer) {
        // Asked twice like the hold's stock calls: a consumption left by an order never stored has no other owner.
        holdId.ifPresent(id -> holds.forEach(store -> HoldStock.askedTwice("reopen of hold " + id, () -> store.reopen(id, consumer.value()))
                .ifPresent(hold -> LOG.info("hold {} is live again: order {} was not stored", id, consumer))));
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.event.AllocationEvent;
import dev.oms.core.allocation.UntrackedAllocation;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.availability.HoldRules;
import dev.oms.core.decision.OrderDecider;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.routing.Candidate;
import dev.oms.core.routing.RoutingStrategy;
import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.AllocationCommand;
import dev.oms.core.command.EffectOutcome;
import dev.oms.spi.Ports;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkout holds. A hold is a reservation in the inventory (key
 * {@code hold:<id>}) plus a record in the {@link HoldStore}; the store's compare-and-set decides whether a
 * hold is consumed by an order, released or expired, and only the winner touches the stock. Every stock
 * call is keyed by the hold id, so repeating one after a crash changes nothing twice.
 */
final class HoldDesk {
    private static final Logger LOG = LoggerFactory.getLogger(HoldDesk.class);

    private final Ports ports;
    private final Option<HoldStore> holds;
    private final RoutingStrategy routing;
    private final StockFreed freed;
    private final java.time.Duration maxTimeToLive;

    /** Told which SKUs a released or expired hold gave back, so the units serve waiting orders first. */
    @FunctionalInterface
    interface StockFreed {
        void freed(List<Sku> skus, String restockId);
    }

    HoldDesk(Ports ports, Option<HoldStore> holds, RoutingStrategy routing, StockFreed freed, java.time.Duration maxTimeToLive) {
        this.maxTimeToLive = maxTimeToLive;
        this.ports = ports;
        this.holds = holds;
        this.routing = routing;
        this.freed = freed;
    }

    Either<Rejection, Hold> place(HoldRequest asked) {
        if (holds.isEmpty()) {
            return notConfigured();
        }
        expire();
        HoldRequest request = HoldRules.trackedOnly(asked, sku -> ports.catalog().find(sku).map(Product::stockTracked).orElse(true));
        Optional<Hold> existing = holds.get().find(request.id());
        if (existing.isPresent()) {
            return HoldRules.sameUnits(request, existing.get()) ? Either.right(existing.get()) : keyReused(request.id());
        }
        List<Problem> problems = problems(asked);
        if (!problems.isEmpty() || request.lines().isEmpty()) {
            return Either.left(problems.isEmpty() ? Rejection.of(ProblemCode.NOTHING_TO_DO, "lines",
                    "no SKU of the hold is stock-tracked: untracked units are always available and never held") : Rejection.of(problems));
        }
        List<Sku> skus = List.ofAll(request.lines()).map(HoldRequest.Units::sku).distinct();
        List<Candidate> candidates = Candidate.of(List.ofAll(ports.inventory().locations()),
                skus.flatMap(sku -> ports.inventory().stockOf(sku)));
        return HoldRules.place(request, routing, candidates).flatMap(movements -> reserveAndRecord(request, movements));
    }

    /**
     * Stock first, record second: a hold record never names units that were not reserved. Each attempt
     * reserves under a key of its own, kept on the record, so a checkout that retries after a refusal, or
     * races itself, never shares or reuses a reservation; an attempt whose record lost to another attempt's,
     * or could not be stored, gives its own units back.
     */
    private Either<Rejection, Hold> reserveAndRecord(HoldRequest request, List<StockMovement> movements) {
        Instant now = ports.clock().instant();
        String attempt = IdempotencyKeys.holdAttempt(request.id(), ports.ids().newOperationKey()).value();
        ReservationResult result = reserve(attempt, movements);
        if (result instanceof ReservationResult.Insufficient insufficient) {
            return Either.left(Rejection.of(List.ofAll(insufficient.shortfalls()).map(s -> Problem.of(
                    ProblemCode.INSUFFICIENT_STOCK, "lines", "SKU " + s.sku() + " at " + s.locationId() + ": "
                            + s.requested() + " wanted, " + s.available() + " available"))));
        }
        Hold stored;
        try {
            stored = holds.get().create(Hold.active(request.id(), movements.toJavaList(), attempt, now, now.plus(request.timeToLive())));
        } catch (RuntimeException storageFailure) {
            giveBackUnlessRecorded(request.id(), attempt, movements, storageFailure);
            throw storageFailure;
        }
        if (!stored.reservationKey().equals(attempt)) {
            // Another attempt under this id was recorded first: its units are the hold's, ours are nobody's.
            giveBackUnused(attempt, movements);
            return HoldRules.sameUnits(request, stored) ? Either.right(stored) : keyReused(request.id());
        }
        LOG.info("hold {} placed until {}", stored.id(), stored.expiresAt());
        return Either.right(stored);
    }

    /**
     * Reserves under the attempt's key. Nothing records a hold's reservation before it is made, so a call
     * whose answer was lost is asked again at once under the same key: that replays the first answer or
     * makes the reservation now, and either way this attempt knows what it holds and can own or give it back.
     */
    private ReservationResult reserve(String attempt, List<StockMovement> movements) {
        return askedTwice(attempt, () -> ports.inventory().reserve(attempt, movements.toJavaList()));
    }

    /** Gives back an attempt's units that no hold record names, asking twice for the same reason. */
    private void giveBackUnused(String attempt, List<StockMovement> movements) {
        askedTwice(attempt, () -> {
            ports.inventory().release(IdempotencyKeys.unusedHoldAttempt(attempt).value(), movements.toJavaList());
            return null;
        });
    }

    /**
     * A keyed call, asked a second time when the first answer was lost: replaying it is safe (inventory calls
     * by key, hold-store calls by compare-and-set), and nothing else would ever finish it.
     */
    private static <T> T askedTwice(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException answerLost) {
            try {
                return call.get();
            } catch (RuntimeException stillFailing) {
                answerLost.addSuppressed(stillFailing);
                LOG.warn("{} failed twice; the units it concerns may stay reserved until reconciled", what);
                throw answerLost;
            }
        }
    }

    private void giveBackUnlessRecorded(HoldId id, String attempt, List<StockMovement> movements,
            RuntimeException storageFailure) {
        try {
            if (holds.get().find(id).filter(h -> h.reservationKey().equals(attempt)).isEmpty()) {
                giveBackUnused(attempt, movements);
            }
        } catch (RuntimeException stillFailing) {
            storageFailure.addSuppressed(stillFailing);
            LOG.warn("hold {}: its record could not be stored and its units could not be given back", id);
        }
    }

    Either<Rejection, Hold> release(HoldId id) {
        if (holds.isEmpty()) {
            return notConfigured();
        }
        Optional<Hold> hold = holds.get().find(id);
        if (hold.isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_HOLD, "holdId", "no hold " + id));
        }
        Optional<Hold> released = holds.get().end(id, HoldState.RELEASED, Optional.empty());
        Hold now = released.orElseGet(() -> holds.get().find(id).get());
        if (now.state() == HoldState.CONSUMED) {
            return Either.left(Rejection.of(ProblemCode.HOLD_NOT_ACTIVE, "holdId", "hold " + id + " was consumed by an order"));
        }
        giveBack(now); // also when already released or expired: repeating the keyed release finishes a failed one
        return Either.right(now);
    }

    /**
     * Ends every hold whose time ran out and gives its units back; returns how many. First it gives back
     * again the units of holds ended earlier whose release failed, so an outage never strands them.
     */
    int expire() {
        if (holds.isEmpty()) {
            return 0;
        }
        holds.get().owingStock().forEach(this::giveBack);
        int expired = 0;
        for (Hold hold : holds.get().expiredBy(ports.clock().instant())) {
            Optional<Hold> ended = holds.get().end(hold.id(), HoldState.EXPIRED, Optional.empty());
            if (ended.isPresent()) {
                giveBack(ended.get());
                expired++;
                LOG.info("hold {} expired", hold.id());
            }
        }
        return expired;
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
            return Option.some(notConfigured());
        }
        expire();
        Optional<Hold> hold = holds.get().find(holdId.get());
        if (hold.isEmpty()) {
            return Option.some(Either.left(Rejection.of(ProblemCode.UNKNOWN_HOLD, "hold", "no hold " + holdId.get())));
        }
        if (!hold.get().liveAt(ports.clock().instant())) {
            return Option.none();
        }
        return HoldRules.reservationsFor(draft, hold.get()).fold(
                rejection -> Option.some(Either.left(rejection)),
                reservations -> {
                    // Consumed by this placement's order id, not by the channel order: of two placements of one
                    // channel order, only the one that consumed the hold may undo the consumption.
                    if (consume(holdId.get(), draft.id()).isEmpty()) {
                        return Option.none(); // it expired or was released a moment ago
                    }
                    return Option.some(allocatedFromHold(draft, reservations, key));
                });
    }

    /** Every problem with the request, its time to live against this shop's limit. */
    List<Problem> problems(HoldRequest request) {
        return HoldRules.problems(request, maxTimeToLive);
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
        holdId.ifPresent(id -> holds.forEach(store -> askedTwice("reopen of hold " + id, () -> store.reopen(id, consumer.value()))
                .ifPresent(hold -> LOG.info("hold {} is live again: order {} was not stored", id, consumer))));
    }

    /** Releases an ended hold's units under its one key, then records that they are back. */
    private void giveBack(Hold hold) {
        java.util.List<StockMovement> movements = hold.movements();
        ports.inventory().release(IdempotencyKeys.holdRelease(hold.id()).value(), movements);
        holds.get().stockReturned(hold.id());
        freed.freed(List.ofAll(movements).map(StockMovement::sku).distinct(), IdempotencyKeys.holdRestock(hold.id()).value());
    }

    private static <T> Either<Rejection, T> keyReused(HoldId id) {
        return Either.left(Rejection.of(ProblemCode.IDEMPOTENCY_KEY_REUSED, "id", "hold " + id + " was placed before for other units"));
    }

    private static <T> Either<Rejection, T> notConfigured() {
        return Either.left(Rejection.of(ProblemCode.HOLDS_NOT_CONFIGURED, "holds",
                "no HoldStore was given to the facade's builder"));
    }
}

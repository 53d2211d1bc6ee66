// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.availability.HoldPlacement;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.availability.HoldRules;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.routing.RoutingStrategy;
import dev.oms.spi.Ports;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkout holds. A hold is a reservation in the inventory (key
 * {@code hold:<id>}) plus a record in the {@link HoldStore}; the store's compare-and-set decides whether a
 * hold is consumed by an order, released or expired, and only the winner touches the stock. Every stock
 * call is keyed by the hold id, so repeating one after a crash changes nothing twice. Placing, releasing and
 * expiring are here; the stock calls in {@link HoldStock}, changes in {@link HoldChanges}, and an order's
 * takeover in {@link HoldTakeover}.
 */
final class HoldDesk {
    private static final Logger LOG = LoggerFactory.getLogger(HoldDesk.class);

    private final Ports ports;
    private final Option<HoldStore> holds;
    private final RoutingStrategy routing;
    private final HoldTerms terms;
    private final HoldStock stock; // null exactly when there is no hold store
    private final java.time.Duration maxTimeToLive;

    /** Told which units a released or expired hold gave back, so they serve waiting orders first, then subscribers. */
    @FunctionalInterface
    interface StockFreed {
        void freed(java.util.List<StockMovement> units, String restockId);
    }

    HoldDesk(Ports ports, Option<HoldStore> holds, RoutingStrategy routing, HoldTerms terms, StockFreed freed,
            java.time.Duration maxTimeToLive) {
        this.terms = terms;
        this.maxTimeToLive = maxTimeToLive;
        this.ports = ports;
        this.holds = holds;
        this.routing = routing;
        this.stock = holds.map(store -> new HoldStock(ports, store, freed)).getOrNull();
    }

    Either<Rejection, Hold> place(HoldRequest asked) {
        if (holds.isEmpty()) {
            return notConfigured();
        }
        expire();
        HoldRequest request = trackedOnly(asked);
        Optional<Hold> existing = holds.get().find(request.id());
        if (existing.isPresent()) {
            return HoldRules.sameUnits(request, existing.get()) ? Either.right(existing.get()) : keyReused(request.id());
        }
        List<Problem> problems = problems(asked);
        if (!problems.isEmpty() || request.lines().isEmpty()) {
            return Either.left(problems.isEmpty() ? Rejection.of(ProblemCode.NOTHING_TO_DO, "lines",
                    "no SKU of the hold is stock-tracked: untracked units are always available and never held") : Rejection.of(problems));
        }
        return roomLocked(request, () -> placed(request).flatMap(placed -> reserveAndRecord(request, placed)));
    }

    /** {@return the work's answer, the room of the request's SKUs that may wait taken while it runs} */
    <T> T roomLocked(HoldRequest request, java.util.function.Supplier<T> work) {
        return terms.roomLocked(request, work);
    }

    /** {@return the hold's inventory calls; null exactly when there is no hold store} */
    HoldStock stock() {
        return stock;
    }

    /**
     * {@return the request placed as a new hold's units are: reserved where the hold routing (or its pinned
     * location) puts them, or promised without stock where the caps and backorder terms allow}
     */
    Either<Rejection, HoldPlacement.Placed> placed(HoldRequest request) {
        HoldTerms.Snapshot snapshot = terms.of(request);
        return HoldPlacement.place(request, routing, snapshot.candidates(), snapshot.terms());
    }

    /** {@return the request without the SKUs whose stock is not tracked} */
    HoldRequest trackedOnly(HoldRequest asked) {
        return HoldRules.trackedOnly(asked, sku -> ports.catalog().find(sku).map(Product::stockTracked).orElse(true));
    }

    /** {@return the inventory's refusal as a rejection naming each short SKU and location} */
    static Rejection insufficient(ReservationResult.Insufficient insufficient) {
        return Rejection.of(List.ofAll(insufficient.shortfalls()).map(s -> Problem.of(
                ProblemCode.INSUFFICIENT_STOCK, "lines", "SKU " + s.sku() + " at " + s.locationId() + ": "
                        + s.requested() + " wanted, " + s.available() + " available")));
    }

    /**
     * Stock first, record second: a hold record never names units that were not reserved. Each attempt
     * reserves under a key of its own, kept on the record, so a checkout that retries after a refusal, or
     * races itself, never shares or reuses a reservation; an attempt whose record lost to another attempt's,
     * or could not be stored, gives its own units back.
     */
    private Either<Rejection, Hold> reserveAndRecord(HoldRequest request, HoldPlacement.Placed placed) {
        Instant now = ports.clock().instant();
        String attempt = IdempotencyKeys.holdAttempt(request.id(), ports.ids().newOperationKey()).value();
        List<StockMovement> movements = placed.reserved();
        if (stock.reserve(attempt, movements) instanceof ReservationResult.Insufficient insufficient) {
            return Either.left(insufficient(insufficient));
        }
        Hold stored;
        try {
            stored = holds.get().create(Hold.active(request.id(), movements.toJavaList(), placed.promised().toJavaList(), attempt,
                    now, now.plus(request.timeToLive())));
        } catch (RuntimeException storageFailure) {
            stock.giveBackUnlessRecorded(request.id(), attempt, movements, storageFailure);
            throw storageFailure;
        }
        if (!stored.reservationKey().equals(attempt)) {
            // Another attempt under this id was recorded first: its units are the hold's, ours are nobody's.
            stock.giveBackUnused(attempt, movements);
            return HoldRules.sameUnits(request, stored) ? Either.right(stored) : keyReused(request.id());
        }
        LOG.info("hold {} placed until {}", stored.id(), stored.expiresAt());
        return Either.right(stored);
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
        stock.giveBack(now); // also when already released or expired: repeating the keyed release finishes a failed one
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
        holds.get().owingStock().forEach(stock::giveBack);
        int expired = 0;
        for (Hold hold : holds.get().expiredBy(ports.clock().instant())) {
            Optional<Hold> ended = holds.get().end(hold.id(), HoldState.EXPIRED, Optional.empty());
            if (ended.isPresent()) {
                stock.giveBack(ended.get());
                expired++;
                LOG.info("hold {} expired", hold.id());
            }
        }
        return expired;
    }

    /**
     * Keeps only the promises a hold made live again still has room for ({@link HoldPlacement#fit}), under the room
     * of its SKUs: while it was consumed by a placement that did not stick, another may have used the room. A hold
     * left promising nothing and holding nothing is released.
     */
    void fitPromises(Hold reopened) {
        if (holds.isEmpty() || reopened.promised().isEmpty()) {
            return;
        }
        List<Sku> skus = List.ofAll(reopened.promised()).map(dev.oms.spi.availability.PromisedUnits::sku).distinct();
        Optional<Hold> released = terms.roomLocked(skus, () -> {
            Optional<Hold> current = holds.get().find(reopened.id())
                    .filter(h -> h.state() == HoldState.ACTIVE && h.reservationKey().equals(reopened.reservationKey()));
            if (current.isEmpty()) {
                return Optional.<Hold>empty();
            }
            Hold hold = current.get();
            HoldTerms.Snapshot snapshot = terms.of(skus, java.util.Set.of(hold.id()));
            List<dev.oms.spi.availability.PromisedUnits> kept = HoldPlacement.fit(List.ofAll(hold.promised()),
                    snapshot.candidates().map(dev.oms.core.routing.Candidate::location), snapshot.terms());
            if (kept.toJavaList().equals(hold.promised())) {
                return Optional.<Hold>empty();
            }
            LOG.info("hold {} is live again with {} of its promised units: the rest of the room was used meanwhile", hold.id(),
                    kept.map(dev.oms.spi.availability.PromisedUnits::quantity).sum());
            if (kept.isEmpty() && hold.movements().isEmpty()) {
                return holds.get().end(hold.id(), HoldState.RELEASED, Optional.empty());
            }
            String version = IdempotencyKeys.holdAttempt(hold.id(), ports.ids().newOperationKey()).value();
            holds.get().change(hold.id(), hold.reservationKey(), hold.changed(hold.movements(), kept.toJavaList(), version,
                    hold.expiresAt(), hold.givenUp(), "promises fitted to the room left " + version));
            return Optional.<Hold>empty();
        });
        released.ifPresent(stock::giveBack); // nothing reserved: records that nothing is owed back
    }

    /**
     * The units of those of {@code ids} that are live holds, for availability to count as the asking
     * checkout's; ids that name no hold, or an ended one, add nothing.
     */
    List<StockMovement> liveUnitsOf(java.util.Set<HoldId> ids) {
        if (holds.isEmpty()) {
            return List.empty();
        }
        Instant now = ports.clock().instant();
        return List.ofAll(ids).filter(id -> EntryChecks.lookable(id.value()))
                .flatMap(id -> Option.ofOptional(holds.get().find(id)))
                .filter(hold -> hold.liveAt(now))
                .flatMap(Hold::movements);
    }

    /** Every problem with the request, its time to live against this shop's limit. */
    List<Problem> problems(HoldRequest request) {
        return HoldRules.problems(request, maxTimeToLive);
    }

    static <T> Either<Rejection, T> keyReused(HoldId id) {
        return Either.left(Rejection.of(ProblemCode.IDEMPOTENCY_KEY_REUSED, "id", "hold " + id + " was placed before for other units"));
    }

    static <T> Either<Rejection, T> notConfigured() {
        return Either.left(Rejection.of(ProblemCode.HOLDS_NOT_CONFIGURED, "holds",
                "no HoldStore was given to the facade's builder"));
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.availability.HoldChangeRules;
import dev.oms.core.availability.HoldPlacement;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.rejection.InputLimits;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.Ports;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockMovement;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changing the quantities of a live checkout hold. The increase is reserved first, under a fresh attempt key;
 * the new version of the hold is then stored by a compare-and-set on the version it was worked out from,
 * recording the units given up; only then are those given back. A change that loses the compare-and-set (the
 * hold ended or changed meanwhile) gives its increase back, so a refused change reserves nothing, and at no
 * moment do the hold's recorded units exceed what is reserved for it.
 */
final class HoldChanges {
    private static final Logger LOG = LoggerFactory.getLogger(HoldChanges.class);

    private final Ports ports;
    private final Option<HoldStore> holds;
    private final HoldDesk desk;
    private final HoldStock stock; // null exactly when there is no hold store

    HoldChanges(Ports ports, Option<HoldStore> holds, HoldDesk desk) {
        this.ports = ports;
        this.holds = holds;
        this.desk = desk;
        this.stock = desk.stock();
    }

    Either<Rejection, Hold> change(String key, HoldRequest asked) {
        if (holds.isEmpty()) {
            return HoldDesk.notConfigured();
        }
        List<Problem> problems = InputLimits.text(key, InputLimits.TextKind.ID, "key").appendAll(desk.problems(asked));
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        desk.expire();
        HoldRequest request = desk.trackedOnly(asked);
        Optional<Hold> found = holds.get().find(request.id());
        if (found.isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_HOLD, "id", "no hold " + request.id()));
        }
        Hold hold = found.get();
        Option<Boolean> replay = HoldChangeRules.replay(hold, key, request);
        if (replay.isDefined() && !replay.get()) {
            return Either.left(Rejection.of(ProblemCode.IDEMPOTENCY_KEY_REUSED, "key",
                    "hold " + hold.id() + " was changed under this key to other units"));
        }
        if (replay.isDefined()) {
            stock.giveBackGivenUp(hold); // a change whose answer was lost may not have given its units back yet
            return Either.right(hold.givenUpReturned());
        }
        if (!hold.liveAt(ports.clock().instant())) {
            return Either.left(Rejection.of(ProblemCode.HOLD_NOT_ACTIVE, "id", "hold " + hold.id() + " is " + hold.state()));
        }
        if (request.lines().isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.NOTHING_TO_DO, "lines",
                    "no SKU of the change is stock-tracked: release the hold to hold nothing"));
        }
        stock.giveBackGivenUp(hold); // what the last change gave up is settled before this one records its own
        HoldChangeRules.Delta delta = HoldChangeRules.delta(hold, request);
        // The room the change promises is counted before another hold or placement reads it; what it gave up is
        // given back after, outside the room taken, since freed stock serves waiting orders first.
        Either<Rejection, Hold> stored = desk.roomLocked(request, () -> {
            Either<Rejection, HoldPlacement.Placed> added = delta.increase().isEmpty()
                    ? Either.right(new HoldPlacement.Placed(List.empty(), List.empty()))
                    : desk.placed(request.withLines(delta.increase().toJavaList()));
            return added.flatMap(placed -> reserveAndRecord(key, request, hold, delta, placed));
        });
        return stored.map(changed -> {
            stock.giveBackGivenUp(changed);
            LOG.info("hold {} changed until {}", changed.id(), changed.expiresAt());
            return changed.givenUpReturned();
        });
    }

    private Either<Rejection, Hold> reserveAndRecord(String key, HoldRequest request, Hold hold, HoldChangeRules.Delta delta,
            HoldPlacement.Placed placed) {
        Instant now = ports.clock().instant();
        String attempt = IdempotencyKeys.holdAttempt(hold.id(), ports.ids().newOperationKey()).value();
        List<StockMovement> added = placed.reserved();
        if (!added.isEmpty() && stock.reserve(attempt, added) instanceof ReservationResult.Insufficient insufficient) {
            return Either.left(HoldDesk.insufficient(insufficient));
        }
        Hold changed = hold.changed(HoldChangeRules.merged(delta.kept(), added).toJavaList(),
                HoldChangeRules.mergedPromises(delta.keptPromised(), placed.promised()).toJavaList(), attempt,
                now.plus(request.timeToLive()), delta.decrease().toJavaList(), HoldChangeRules.record(key, request));
        Optional<Hold> stored;
        try {
            stored = holds.get().change(hold.id(), hold.reservationKey(), changed);
        } catch (RuntimeException storageFailure) {
            if (!added.isEmpty()) {
                stock.giveBackUnlessRecorded(hold.id(), attempt, added, storageFailure);
            }
            throw storageFailure;
        }
        if (stored.isEmpty()) {
            if (!added.isEmpty()) {
                stock.giveBackUnused(attempt, added);
            }
            return Either.left(Rejection.of(ProblemCode.CONCURRENT_MODIFICATION, "id",
                    "hold " + hold.id() + " ended or changed meanwhile; ask again"));
        }
        return Either.right(stored.get());
    }
}

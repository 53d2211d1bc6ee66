// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.Ports;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockMovement;
import io.vavr.collection.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inventory side of checkout holds: reserving an attempt's units, giving back units no hold record
 * names, and giving an ended hold's units back. Every call is keyed, so repeating one changes nothing twice.
 */
final class HoldStock {
    private static final Logger LOG = LoggerFactory.getLogger(HoldStock.class);

    private final Ports ports;
    private final HoldStore holds;
    private final HoldDesk.StockFreed freed;

    HoldStock(Ports ports, HoldStore holds, HoldDesk.StockFreed freed) {
        this.ports = ports;
        this.holds = holds;
        this.freed = freed;
    }

    /**
     * Reserves under the attempt's key. Nothing records a hold's reservation before it is made, so a call
     * whose answer was lost is asked again at once under the same key: that replays the first answer or
     * makes the reservation now, and either way this attempt knows what it holds and can own or give it back.
     */
    ReservationResult reserve(String attempt, List<StockMovement> movements) {
        if (movements.isEmpty()) {
            return new ReservationResult.Reserved(); // a hold that only promises units reserves nothing
        }
        return askedTwice(attempt, () -> ports.inventory().reserve(attempt, movements.toJavaList()));
    }

    /** Gives back an attempt's units that no hold record names, asking twice for the same reason. */
    void giveBackUnused(String attempt, List<StockMovement> movements) {
        if (movements.isEmpty()) {
            return;
        }
        askedTwice(attempt, () -> {
            ports.inventory().release(IdempotencyKeys.unusedHoldAttempt(attempt).value(), movements.toJavaList());
            return null;
        });
    }

    /** After the record of an attempt could not be stored: gives the attempt's units back unless it was stored after all. */
    void giveBackUnlessRecorded(HoldId id, String attempt, List<StockMovement> movements, RuntimeException storageFailure) {
        try {
            if (holds.find(id).filter(h -> h.reservationKey().equals(attempt)).isEmpty()) {
                giveBackUnused(attempt, movements);
            }
        } catch (RuntimeException stillFailing) {
            storageFailure.addSuppressed(stillFailing);
            LOG.warn("hold {}: its record could not be stored and its units could not be given back", id);
        }
    }

    /**
     * Gives back the units a change took off the hold, under the key of that change, and records that they
     * are back; nothing when there are none. Repeating it changes nothing.
     */
    void giveBackGivenUp(Hold hold) {
        if (hold.givenUp().isEmpty()) {
            return;
        }
        String change = hold.reservationKey();
        askedTwice(change, () -> {
            ports.inventory().release(IdempotencyKeys.holdGivenUp(change).value(), hold.givenUp());
            return null;
        });
        holds.givenUpReturned(hold.id(), change);
        freed.freed(hold.givenUp(), IdempotencyKeys.holdChangeRestock(change).value());
    }

    /** Releases an ended hold's units under its one key (and what its last change gave up), then records that they are back. */
    void giveBack(Hold hold) {
        giveBackGivenUp(hold);
        java.util.List<StockMovement> movements = hold.movements();
        if (!movements.isEmpty()) { // a hold that only promised units has none to give back
            ports.inventory().release(IdempotencyKeys.holdRelease(hold.id()).value(), movements);
        }
        holds.stockReturned(hold.id());
        freed.freed(movements, IdempotencyKeys.holdRestock(hold.id()).value());
    }

    /**
     * A keyed call, asked a second time when the first answer was lost: replaying it is safe (inventory calls
     * by key, hold-store calls by compare-and-set), and nothing else would ever finish it.
     */
    static <T> T askedTwice(String what, Supplier<T> call) {
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
}

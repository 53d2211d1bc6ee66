// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.value.Sku;
import dev.oms.testkit.OneShotFault.Target;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A host's hold store whose create, end and reopen fail once as a {@link OneShotFault} is armed. */
final class FaultyHoldStore implements HoldStore {
    private final HoldStore real;
    private final OneShotFault faults;

    FaultyHoldStore(HoldStore real, OneShotFault faults) {
        this.real = real;
        this.faults = faults;
    }

    @Override
    public Hold create(Hold hold) {
        return faults.call(Target.HOLD_CREATE, () -> real.create(hold));
    }

    @Override
    public Optional<Hold> find(HoldId id) {
        return real.find(id);
    }

    @Override
    public Optional<Hold> end(HoldId id, HoldState state, Optional<String> consumedBy) {
        return faults.call(Target.HOLD_END, () -> real.end(id, state, consumedBy));
    }

    @Override
    public Optional<Hold> reopen(HoldId id, String consumedBy) {
        return faults.call(Target.HOLD_REOPEN, () -> real.reopen(id, consumedBy));
    }

    @Override
    public Optional<Hold> change(HoldId id, String expectedReservationKey, Hold changed) {
        return real.change(id, expectedReservationKey, changed);
    }

    @Override
    public void givenUpReturned(HoldId id, String reservationKey) {
        real.givenUpReturned(id, reservationKey);
    }

    @Override
    public List<Hold> owingStock() {
        return real.owingStock();
    }

    @Override
    public void stockReturned(HoldId id) {
        real.stockReturned(id);
    }

    @Override
    public List<Hold> livePromising(Sku sku, Instant now) {
        return real.livePromising(sku, now);
    }

    @Override
    public List<Hold> expiredBy(Instant now) {
        return real.expiredBy(now);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.availability;

import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Units reserved for a checkout until {@code expiresAt}.
 *
 * @param movements the units reserved, per SKU and location
 * @param reservationKey the inventory operation key its units were reserved under: it tells the attempt that
 *     reserved them from another attempt under the same hold id
 * @param consumedBy for a consumed hold, the id of the order that took its units over
 */
public record Hold(HoldId id, List<StockMovement> movements, String reservationKey, Instant placedAt, Instant expiresAt,
        HoldState state, Optional<String> consumedBy) {
    public Hold {
        Require.nonNull(id, "id");
        Require.nonBlank(reservationKey, "reservationKey");
        Require.nonNull(placedAt, "placedAt");
        Require.nonNull(expiresAt, "expiresAt");
        Require.nonNull(state, "state");
        Require.nonNull(consumedBy, "consumedBy");
        movements = List.copyOf(movements);
        if (movements.isEmpty()) {
            throw new IllegalArgumentException("a hold holds something");
        }
        if (!expiresAt.isAfter(placedAt)) {
            throw new IllegalArgumentException("a hold expires after it is placed");
        }
        if (consumedBy.isPresent() != (state == HoldState.CONSUMED)) {
            throw new IllegalArgumentException("exactly a consumed hold names its order");
        }
    }

    /** A new, active hold. */
    public static Hold active(HoldId id, List<StockMovement> movements, String reservationKey, Instant placedAt,
            Instant expiresAt) {
        return new Hold(id, movements, reservationKey, placedAt, expiresAt, HoldState.ACTIVE, Optional.empty());
    }

    /** Whether the hold is active and its time has not run out at {@code now}. */
    public boolean liveAt(Instant now) {
        return state == HoldState.ACTIVE && now.isBefore(expiresAt);
    }

    /** {@return this hold active again, after the order that consumed it could not be stored} */
    public Hold reopened() {
        return new Hold(id, movements, reservationKey, placedAt, expiresAt, HoldState.ACTIVE, Optional.empty());
    }

    /** This hold in a final state. */
    public Hold ended(HoldState newState, Optional<String> consumer) {
        return new Hold(id, movements, reservationKey, placedAt, expiresAt, newState, consumer);
    }
}

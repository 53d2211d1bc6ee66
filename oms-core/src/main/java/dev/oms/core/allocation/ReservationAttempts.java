// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;

/**
 * The policy for reserving an order's pending units: one reservation in flight at a time, and a new
 * attempt after one that found stock short, up to {@link #MAX_ATTEMPTS}; after that the units wait in
 * their queue where they may, and are cancelled where not.
 */
public final class ReservationAttempts {
    /** Reservation attempts that found stock short before pending units are given up as out of stock. */
    public static final int MAX_ATTEMPTS = 3;

    private ReservationAttempts() {}

    /**
     * Pending units with no reservation on the way: after a failed reservation, or units a supplier did not commit.
     *
     * @param order the order
     * @return whether the order has pending units and no reservation in flight
     */
    public static boolean needsNewAttempt(Order order) {
        // A move in flight settles first: until it does, no rule may touch the order's units.
        return order.reservationInFlight().isEmpty() && order.moveInFlight().isEmpty() && order.units(Bucket.PENDING) > 0;
    }

    /**
     * Whether to plan and reserve again rather than give up. No shortfall recorded means these units never
     * failed a reservation (a supplier's shortfall sourced again), so they always get an attempt.
     *
     * @param order the order
     * @return whether another reservation attempt is allowed
     */
    public static boolean mayTryAgain(Order order) {
        return order.reservationAttempts() < MAX_ATTEMPTS || order.lastShortfalls().isEmpty();
    }

}

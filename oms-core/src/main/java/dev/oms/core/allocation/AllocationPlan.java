// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;

/**
 * What an {@link AllocationPolicy} proposes for an order's pending units: the reservations it can make
 * from the stock it was shown, and, per line, what that stock cannot cover. A plan never refuses: what to
 * do with a shortfall (reject the order, backorder the rest...) is the caller's decision, not the policy's.
 *
 * @param reservations units to reserve, at most what each location has available
 * @param shortfalls lines whose pending units the reservations do not fully cover
 */
public record AllocationPlan(List<Reservation> reservations, List<LineShortfall> shortfalls) {

    /**
     * Checks the components.
     *
     * @param reservations units to reserve
     * @param shortfalls lines the reservations do not fully cover
     */
    public AllocationPlan {
        Require.nonNull(reservations, "reservations");
        Require.nonNull(shortfalls, "shortfalls");
    }

    /**
     * A plan of these reservations and shortfalls.
     *
     * @param reservations units to reserve, at most what each location has available
     * @param shortfalls lines whose pending units the reservations do not fully cover
     * @return the plan
     */
    public static AllocationPlan of(List<Reservation> reservations, List<LineShortfall> shortfalls) {
        return new AllocationPlan(reservations, shortfalls);
    }

    /** {@return whether every pending unit is covered} */
    public boolean coversEverything() {
        return shortfalls.isEmpty();
    }

    /**
     * Units planned for one line.
     *
     * @param line the line
     * @return the units the reservations give it, over all locations
     */
    public long plannedFor(LineId line) {
        return reservations.filter(r -> r.lineId().equals(line)).map(Reservation::quantity).sum().longValue();
    }

    /**
     * Pending units of a line that the stock shown to the policy cannot cover.
     *
     * @param lineId the line
     * @param sku the line's SKU
     * @param wanted pending units of the line
     * @param missing units not covered: {@code 0 < missing <= wanted}
     */
    public record LineShortfall(LineId lineId, Sku sku, long wanted, long missing) {
        /**
         * Checks the components: {@code 0 < missing <= wanted}.
         *
         * @param lineId the line
         * @param sku the line's SKU
         * @param wanted pending units of the line
         * @param missing units not covered
         */
        public LineShortfall {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            if (missing <= 0 || missing > wanted) {
                throw new IllegalArgumentException("missing must be in 1.." + wanted + ", was " + missing);
            }
        }

        /** {@return the units the plan does cover} */
        public long covered() {
            return wanted - missing;
        }
    }
}

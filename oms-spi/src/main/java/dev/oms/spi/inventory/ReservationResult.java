// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;

/** What {@link InventoryStore#reserve} did: all of it, or none of it and why. */
public sealed interface ReservationResult {

    /** Every movement was reserved. */
    record Reserved() implements ReservationResult {}

    /**
     * Nothing was reserved, because these movements asked for more than was available.
     *
     * @param shortfalls every movement that could not be covered
     */
    record Insufficient(List<Shortfall> shortfalls) implements ReservationResult {
        /**
         * Copies the shortfalls.
         *
         * @param shortfalls every movement that could not be covered
         */
        public Insufficient {
            shortfalls = List.copyOf(shortfalls);
        }
    }

    /**
     * One movement that could not be covered.
     *
     * @param sku the SKU asked for
     * @param locationId the location asked of
     * @param requested the units the movement asked for
     * @param available the units available there when it was asked
     */
    record Shortfall(Sku sku, LocationId locationId, long requested, long available) {}
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;

/**
 * Stock per SKU and location, and the reservations held against it.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>No oversell: {@code reserved + ringFenced <= onHand} at every location, whatever concurrent callers do.
 *   <li>{@link #reserve} is all-or-nothing across its movements.
 *   <li>Every changing call carries an {@code operationKey}, unique per kind of call; a call repeated with
 *       a key already applied changes nothing and answers as the first did. This is what makes crash
 *       recovery safe. A key already applied to a different request throws
 *       {@link OperationKeyReusedException}.
 *   <li>Unknown SKUs or locations read as zero stock; infrastructure failures may be thrown unchecked.
 * </ul>
 */
public interface InventoryStore {

    /** {@return every location, active or paused} */
    List<Location> locations();

    /** Stock of a SKU at every location that has a record of it. */
    List<StockLevel> stockOf(Sku sku);

    /** Reserves every movement, or none when any lacks available units. */
    ReservationResult reserve(String operationKey, List<StockMovement> movements);

    /** Returns reserved units to available stock. */
    void release(String operationKey, List<StockMovement> movements);

    /** Removes reserved units from stock for good, because they shipped. */
    void consume(String operationKey, List<StockMovement> movements);

    /** Adds units received at a location (a goods receipt or a stock count). */
    void receive(String operationKey, Sku sku, LocationId locationId, long quantity);

    /**
     * Adds units received against an indent order's purchase, ring-fenced: on hand, but never available
     * to promise, so no other order can reserve them (design invariant 4). Atomic and idempotent by key.
     * Stores that do not support indent orders keep this default, which refuses.
     */
    default void receiveRingFenced(String operationKey, Sku sku, LocationId locationId, long quantity) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not support ring-fenced stock");
    }

    /**
     * Turns ring-fenced units into reservations of the order they were fenced for: ring-fenced goes down
     * and reserved up by the same amount, atomically; available stock does not change. Idempotent by key.
     *
     * @throws IllegalStateException when a movement asks for more than is ring-fenced: a bug in the caller
     */
    default void reserveRingFenced(String operationKey, List<StockMovement> movements) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not support ring-fenced stock");
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Stock per SKU and location, and the reservations held against it.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>No oversell: {@code reserved + ringFenced <= onHand} at every location, whatever concurrent callers do;
 *       only an {@link #adjust adjustment} (reality) may leave fewer units on hand than are promised, and then
 *       nothing more can be reserved there until releases bring the promises back within what is on hand.
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

    /**
     * {@return the stock of a SKU at every location that has a record of it; empty for an unknown SKU}
     *
     * @param sku the SKU
     */
    List<StockLevel> stockOf(Sku sku);

    /**
     * Every location and the stock of the given SKUs, read together: what placing an order reads before it
     * reserves. The default asks {@link #locations()} and then {@link #stockOf} per SKU; a store that can read
     * them in one round trip (one transaction on a database) should, since every placement pays for it.
     *
     * @param skus the SKUs to read; repeated ones are read once, unknown ones add nothing
     * @return every location, and the stock of each SKU in the order asked
     */
    default StockView stockView(Collection<Sku> skus) {
        List<StockLevel> stock = new ArrayList<>();
        for (Sku sku : new LinkedHashSet<>(skus)) {
            stock.addAll(stockOf(sku));
        }
        return new StockView(locations(), stock);
    }

    /**
     * Reserves every movement, or none when any lacks available units.
     *
     * @param operationKey unique per reservation; repeating it replays the first answer
     * @param movements the units to reserve, per SKU and location; not empty
     * @return {@link ReservationResult.Reserved}, or {@link ReservationResult.Insufficient} naming every
     *     shortfall, with nothing reserved
     */
    ReservationResult reserve(String operationKey, List<StockMovement> movements);

    /**
     * Returns reserved units to available stock.
     *
     * @param operationKey unique per release; repeating it changes nothing
     * @param movements the reserved units to release, per SKU and location; not empty
     */
    void release(String operationKey, List<StockMovement> movements);

    /**
     * Removes reserved units from stock for good, because they shipped: on hand and reserved both go down.
     *
     * @param operationKey unique per consumption; repeating it changes nothing
     * @param movements the reserved units that shipped, per SKU and location; not empty
     */
    void consume(String operationKey, List<StockMovement> movements);

    /**
     * Adds units received at a location (a goods receipt or a stock count).
     *
     * @param operationKey unique per receipt; repeating it changes nothing
     * @param sku the SKU received
     * @param locationId where it arrived
     * @param quantity how many units, more than zero
     */
    void receive(String operationKey, Sku sku, LocationId locationId, long quantity);

    /**
     * Records a stock adjustment (a count, damage, shrinkage, units found) at a location, atomically and
     * idempotently by key. Reality wins: the adjustment is recorded even when it leaves fewer units on hand
     * than are reserved and ring-fenced; reservations are left as they are, for oms to settle the orders whose
     * units are gone (their releases bring the promises back within what is on hand). Stores that do not
     * support adjustments keep this default, which refuses.
     *
     * @param operationKey unique per adjustment; repeating it changes nothing and answers as the first call did
     * @param adjustment the SKU, location, reason and units
     * @return the units on hand before and after, and the promises standing against them
     * @throws OperationKeyReusedException when the key was applied to another adjustment
     * @throws UnsupportedOperationException from this default: the store records no adjustments
     */
    default StockAdjusted adjust(String operationKey, StockAdjustment adjustment) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not record stock adjustments");
    }

    /**
     * Sends units from one location to another, atomically and idempotently by key: on hand at {@code from}
     * falls by the transfer's units, which are then in transit ({@link #inTransit}) until
     * {@link #receiveTransfer received}. Only units available at {@code from} can be sent: reserved and
     * ring-fenced ones stay with their owners. Stores that do not support transfers keep this default, which
     * refuses.
     *
     * @param operationKey unique per transfer sent; repeating it changes nothing and answers as the first call did
     * @param transfer the SKU, both locations, the units and when they are expected
     * @return {@link ReservationResult.Reserved} when the units left {@code from}; {@link ReservationResult.Insufficient}
     *     (and nothing changed) when fewer were available there
     * @throws OperationKeyReusedException when the key was applied to another transfer, or the transfer's id was
     *     sent before under another key
     * @throws UnsupportedOperationException from this default: the store keeps no stock in transit
     */
    default ReservationResult sendTransfer(String operationKey, StockTransfer transfer) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not transfer stock");
    }

    /**
     * {@return the transfers of a SKU sent and not yet received, by expected arrival then id}: the units that can
     * be promised, not picked. The default answers none, right for a store that keeps the refusing
     * {@link #sendTransfer} default.
     *
     * @param sku the SKU
     */
    default List<StockTransfer> inTransit(Sku sku) {
        return List.of();
    }

    /**
     * Receives a transfer at its destination, atomically and idempotently by key: {@code received} units are
     * added to on hand at {@code to} (the stock record is created when there is none) and the transfer is no
     * longer in transit. Units sent but not received were lost on the way; they are on hand nowhere.
     *
     * @param operationKey unique per receipt of a transfer; repeating it changes nothing
     * @param transferId the transfer received
     * @param received how many of its units arrived: from zero to the units sent
     * @throws IllegalArgumentException when no such transfer is in transit (never sent, or received under
     *     another key), or {@code received} is out of range
     * @throws UnsupportedOperationException from this default: the store keeps no stock in transit
     */
    default void receiveTransfer(String operationKey, String transferId, long received) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not transfer stock");
    }

    /**
     * {@return every stock record where reserved and ring-fenced units exceed those on hand}: what an adjustment
     *     left promised beyond reality and oms has not settled yet (a crash or a busy order cut settling short).
     *     Recovery reads it to finish settling. A store must answer it without reading every stock record when it
     *     has many (an index on the condition); the default answers none, which is right for a store that keeps
     *     this interface's default {@link #adjust}, since only adjustments leave stock promised beyond on hand.
     */
    default List<StockLevel> overpromised() {
        return List.of();
    }

    /**
     * {@return the store's log of stock changes, when it keeps one}: what as-of views of stock and replays of past
     *     periods read. The default keeps none.
     */
    default Optional<StockHistory> history() {
        return Optional.empty();
    }

    /**
     * Adds units received against an indent order's purchase, ring-fenced: on hand, but never available
     * to promise, so no other order can reserve them (design invariant 4). Atomic and idempotent by key.
     * Stores that do not support indent orders keep this default, which refuses.
     *
     * @param operationKey unique per receipt; repeating it changes nothing
     * @param sku the SKU received
     * @param locationId where it arrived
     * @param quantity how many units, more than zero
     * @throws UnsupportedOperationException from this default: the store keeps no ring-fenced stock
     */
    default void receiveRingFenced(String operationKey, Sku sku, LocationId locationId, long quantity) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not support ring-fenced stock");
    }

    /**
     * Turns ring-fenced units into reservations of the order they were fenced for: ring-fenced goes down
     * and reserved up by the same amount, atomically; available stock does not change. Idempotent by key.
     *
     * @param operationKey unique per call; repeating it changes nothing
     * @param movements the ring-fenced units to reserve, per SKU and location; not empty
     * @throws IllegalStateException when a movement asks for more than is ring-fenced: a bug in the caller
     * @throws UnsupportedOperationException from this default: the store keeps no ring-fenced stock
     */
    default void reserveRingFenced(String operationKey, List<StockMovement> movements) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not support ring-fenced stock");
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.availability;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Remembers holds. The stock a hold keeps is reserved in the inventory by the facade; this port only
 * records what each hold is and decides, atomically, which of consume, release and expire happens to it.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>A hold is stored whole: its units, its promised units ({@link Hold#promised}), its changes.
 *   <li>{@link #create} stores a hold once: creating an id that exists changes nothing and answers the
 *       stored hold, so a storefront retrying a checkout finds its hold.
 *   <li>{@link #end} is a compare-and-set: of concurrent callers ending the same active hold, exactly one
 *       succeeds. The facade releases or transfers the hold's units only after winning it, which is what
 *       keeps a hold's units from being released twice or released under an order.
 *   <li>{@link #reopen} is a compare-and-set too, keyed by the consuming order: only that order's
 *       placement may undo its consumption.
 *   <li>Infrastructure failures may be thrown unchecked.
 * </ul>
 */
public interface HoldStore {

    /**
     * Stores {@code hold} unless its id is taken; answers whichever hold the id now names.
     *
     * @param hold a new, active hold
     * @return {@code hold} when it was stored, else the hold stored earlier under its id (a retried checkout)
     */
    Hold create(Hold hold);

    /**
     * {@return the hold with this id, in whatever state it is now, or empty when none was created}
     *
     * @param id the hold's id, as the storefront chose it
     */
    Optional<Hold> find(HoldId id);

    /**
     * Moves an active hold to a final state.
     *
     * @param id the hold to end
     * @param state the final state: consumed, released or expired
     * @param consumedBy the order, for {@link HoldState#CONSUMED}; empty otherwise
     * @return the ended hold, or empty when the hold is unknown or no longer active
     */
    Optional<Hold> end(HoldId id, HoldState state, Optional<String> consumedBy);

    /**
     * Undoes a consumption that did not stick: the order that consumed the hold could not be stored (a
     * storage failure, or another placement of the same channel order won). A compare-and-set like
     * {@link #end}: the hold goes back to {@link HoldState#ACTIVE} only while it is consumed by exactly
     * {@code consumedBy}, so one placement can never undo another's consumption.
     *
     * @param id the hold to reopen
     * @param consumedBy the order id that consumed the hold
     * @return the active hold again, or empty when it is unknown or not consumed by {@code consumedBy}
     */
    Optional<Hold> reopen(HoldId id, String consumedBy);

    /**
     * Replaces an active hold by its changed version (other units, a new reservation key and expiry, the
     * units given up, the change recorded) while it is active and its reservation key is still
     * {@code expectedReservationKey}.
     *
     * @param id the hold to change
     * @param expectedReservationKey the reservation key of the version the change was worked out from
     * @param changed the changed hold, with the same id, placement time and state
     * @return the changed hold, or empty when the hold is unknown, no longer active or changed meanwhile
     */
    Optional<Hold> change(HoldId id, String expectedReservationKey, Hold changed);

    /**
     * Records that the units a change took off a hold ({@link Hold#givenUp}) are back in the inventory,
     * while its reservation key is still {@code reservationKey}; otherwise, or repeated, changes nothing.
     *
     * @param id the hold
     * @param reservationKey the reservation key of the change that gave the units up
     */
    void givenUpReturned(HoldId id, String reservationKey);

    /**
     * The holds live at {@code now} (active, their time not run out) that promise units of the SKU without
     * stock ({@link Hold#promised}), oldest placement first. Caps, limits and availability count these
     * promises on every placement of an announced or backorderable SKU, so a store answers from an index
     * over the promised SKUs, never by reading every hold.
     *
     * @param sku the SKU
     * @param now the instant to compare expiries with, from the facade's clock
     * @return those holds, possibly none
     */
    List<Hold> livePromising(dev.oms.spi.value.Sku sku, Instant now);

    /**
     * {@return the active holds whose time ran out at {@code now}, oldest expiry first}
     *
     * @param now the instant to compare expiries with, from the facade's clock
     */
    List<Hold> expiredBy(Instant now);

    /**
     * Holds released or expired whose units the facade has not yet confirmed given back to the inventory
     * ({@link #stockReturned}), oldest expiry first: ending a hold and releasing its stock are two calls, and
     * the second may fail, so the facade gives these back again (under the same key) until it succeeds.
     *
     * @return the ended holds whose stock is still to be given back, possibly none
     */
    List<Hold> owingStock();

    /**
     * Records that a released or expired hold's units are back in the inventory; repeating it changes nothing.
     *
     * @param id the hold whose stock was given back
     */
    void stockReturned(HoldId id);
}

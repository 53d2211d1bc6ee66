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
 * @param id the hold's id, as the storefront chose it
 * @param movements the units reserved, per SKU and location
 * @param reservationKey the inventory operation key its units were reserved under: it tells the attempt that
 *     reserved them from another attempt under the same hold id
 * @param placedAt when the hold was placed
 * @param expiresAt when the hold's time runs out; after {@code placedAt}
 * @param state where the hold is in its life
 * @param consumedBy for a consumed hold, the id of the order that took its units over
 * @param givenUp units the latest change took off the hold whose return to the inventory is not yet
 *     recorded: still reserved, owned by the hold until the facade gives them back and says so
 *     ({@link HoldStore#givenUpReturned})
 * @param changes the changes applied to the hold, each as the facade recorded it (its idempotency key and
 *     what it asked, opaque to stores), oldest first
 * @param promised the units the hold promises without stock (pre-ordered, or backordered beyond free stock),
 *     which count against the caps and limits while it is live ({@link HoldStore#livePromising})
 */
public record Hold(HoldId id, List<StockMovement> movements, String reservationKey, Instant placedAt, Instant expiresAt,
        HoldState state, Optional<String> consumedBy, List<StockMovement> givenUp, List<String> changes,
        List<PromisedUnits> promised) {
    /**
     * Checks the hold and copies its lists.
     *
     * @param id the hold's id, as the storefront chose it
     * @param movements the units reserved, per SKU and location; at least one
     * @param reservationKey the inventory operation key its units were reserved under
     * @param placedAt when the hold was placed
     * @param expiresAt when the hold's time runs out; after {@code placedAt}
     * @param state where the hold is in its life
     * @param consumedBy the consuming order's id, present exactly when {@code state} is consumed
     * @param givenUp units a change took off the hold, not yet recorded as back in the inventory
     * @param changes the changes applied, as the facade recorded them, oldest first
     * @param promised the units promised without stock
     * @throws IllegalArgumentException if the hold neither holds nor promises anything, expires before it is
     *     placed, or names an order without being consumed (or the reverse)
     */
    public Hold {
        Require.nonNull(id, "id");
        Require.nonBlank(reservationKey, "reservationKey");
        Require.nonNull(placedAt, "placedAt");
        Require.nonNull(expiresAt, "expiresAt");
        Require.nonNull(state, "state");
        Require.nonNull(consumedBy, "consumedBy");
        movements = List.copyOf(movements);
        givenUp = List.copyOf(givenUp);
        changes = List.copyOf(changes);
        promised = List.copyOf(promised);
        if (movements.isEmpty() && promised.isEmpty()) {
            throw new IllegalArgumentException("a hold holds or promises something");
        }
        if (!expiresAt.isAfter(placedAt)) {
            throw new IllegalArgumentException("a hold expires after it is placed");
        }
        if (consumedBy.isPresent() != (state == HoldState.CONSUMED)) {
            throw new IllegalArgumentException("exactly a consumed hold names its order");
        }
    }

    /**
     * A hold that promises nothing without stock.
     *
     * @param id the hold's id, as the storefront chose it
     * @param movements the units reserved, per SKU and location; at least one
     * @param reservationKey the inventory operation key its units were reserved under
     * @param placedAt when the hold was placed
     * @param expiresAt when the hold's time runs out; after {@code placedAt}
     * @param state where the hold is in its life
     * @param consumedBy the consuming order's id, present exactly when {@code state} is consumed
     * @param givenUp units a change took off the hold, not yet recorded as back in the inventory
     * @param changes the changes applied, as the facade recorded them, oldest first
     */
    public Hold(HoldId id, List<StockMovement> movements, String reservationKey, Instant placedAt, Instant expiresAt,
            HoldState state, Optional<String> consumedBy, List<StockMovement> givenUp, List<String> changes) {
        this(id, movements, reservationKey, placedAt, expiresAt, state, consumedBy, givenUp, changes, List.of());
    }

    /**
     * A hold never changed, promising nothing without stock.
     *
     * @param id the hold's id, as the storefront chose it
     * @param movements the units reserved, per SKU and location; at least one
     * @param reservationKey the inventory operation key its units were reserved under
     * @param placedAt when the hold was placed
     * @param expiresAt when the hold's time runs out; after {@code placedAt}
     * @param state where the hold is in its life
     * @param consumedBy the consuming order's id, present exactly when {@code state} is consumed
     */
    public Hold(HoldId id, List<StockMovement> movements, String reservationKey, Instant placedAt, Instant expiresAt,
            HoldState state, Optional<String> consumedBy) {
        this(id, movements, reservationKey, placedAt, expiresAt, state, consumedBy, List.of(), List.of());
    }

    /**
     * {@return a new, active hold}
     *
     * @param id the hold's id, as the storefront chose it
     * @param movements the units to reserve, per SKU and location; at least one
     * @param reservationKey the inventory operation key its units are reserved under
     * @param placedAt when the hold is placed
     * @param expiresAt when the hold's time runs out; after {@code placedAt}
     */
    public static Hold active(HoldId id, List<StockMovement> movements, String reservationKey, Instant placedAt,
            Instant expiresAt) {
        return new Hold(id, movements, reservationKey, placedAt, expiresAt, HoldState.ACTIVE, Optional.empty());
    }

    /**
     * {@return a new, active hold that may promise units without stock}
     *
     * @param id the hold's id, as the storefront chose it
     * @param movements the units to reserve, per SKU and location
     * @param promised the units promised without stock; with {@code movements}, at least one
     * @param reservationKey the inventory operation key its units are reserved under
     * @param placedAt when the hold is placed
     * @param expiresAt when the hold's time runs out; after {@code placedAt}
     */
    public static Hold active(HoldId id, List<StockMovement> movements, List<PromisedUnits> promised, String reservationKey,
            Instant placedAt, Instant expiresAt) {
        return new Hold(id, movements, reservationKey, placedAt, expiresAt, HoldState.ACTIVE, Optional.empty(), List.of(),
                List.of(), promised);
    }

    /**
     * {@return whether the hold, live at {@code now}, promises units of the SKU}
     *
     * @param sku the SKU
     * @param now the instant to check against
     */
    public boolean promisesLive(dev.oms.spi.value.Sku sku, Instant now) {
        return liveAt(now) && promised.stream().anyMatch(p -> p.sku().equals(sku));
    }

    /**
     * {@return whether the hold is active and its time has not run out at {@code now}}
     *
     * @param now the instant to check against, from the facade's clock
     */
    public boolean liveAt(Instant now) {
        return state == HoldState.ACTIVE && now.isBefore(expiresAt);
    }

    /** {@return this hold active again, after the order that consumed it could not be stored} */
    public Hold reopened() {
        return new Hold(id, movements, reservationKey, placedAt, expiresAt, HoldState.ACTIVE, Optional.empty(), givenUp, changes, promised);
    }

    /**
     * {@return this hold holding other units, as a change leaves it}
     *
     * @param newMovements the units it holds now; at least one
     * @param newReservationKey the key the change reserved its added units under, which tells this version of
     *     the hold from the one before
     * @param newExpiresAt when its time now runs out
     * @param newGivenUp the units the change took off the hold, to be given back
     * @param change the change as the facade records it
     */
    public Hold changed(List<StockMovement> newMovements, String newReservationKey, Instant newExpiresAt,
            List<StockMovement> newGivenUp, String change) {
        return changed(newMovements, promised, newReservationKey, newExpiresAt, newGivenUp, change);
    }

    /**
     * {@return this hold holding and promising other units, as a change leaves it}
     *
     * @param newMovements the units it holds now
     * @param newPromised the units it promises now; with {@code newMovements}, at least one
     * @param newReservationKey the key the change reserved its added units under, which tells this version of
     *     the hold from the one before
     * @param newExpiresAt when its time now runs out
     * @param newGivenUp the units the change took off the hold, to be given back
     * @param change the change as the facade records it
     */
    public Hold changed(List<StockMovement> newMovements, List<PromisedUnits> newPromised, String newReservationKey,
            Instant newExpiresAt, List<StockMovement> newGivenUp, String change) {
        List<String> withChange = new java.util.ArrayList<>(changes);
        withChange.add(Require.nonBlank(change, "change"));
        return new Hold(id, newMovements, newReservationKey, placedAt, newExpiresAt, state, consumedBy, newGivenUp, withChange,
                newPromised);
    }

    /** {@return this hold with the units a change gave up recorded as back in the inventory} */
    public Hold givenUpReturned() {
        return new Hold(id, movements, reservationKey, placedAt, expiresAt, state, consumedBy, List.of(), changes, promised);
    }

    /**
     * {@return this hold in a final state}
     *
     * @param newState the final state: consumed, released or expired
     * @param consumer the consuming order's id for {@link HoldState#CONSUMED}; empty otherwise
     */
    public Hold ended(HoldState newState, Optional<String> consumer) {
        return new Hold(id, movements, reservationKey, placedAt, expiresAt, newState, consumer, givenUp, changes, promised);
    }
}

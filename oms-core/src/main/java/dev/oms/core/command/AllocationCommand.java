// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.core.backorder.Backorder;
import dev.oms.core.dropship.Dropship;
import dev.oms.core.indent.Indent;
import dev.oms.core.preorder.Preorder;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.time.LocalDate;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;

/** Requests that decide where an order's pending units go: reserved, queued, bought or rerouted. */
public sealed interface AllocationCommand extends OrderCommand {

    /**
     * Reserve pending units as planned by the allocation policy.
     *
     * @param idempotencyKey the key the order handles the command under once
     * @param reservations the units to reserve, per line and location
     */
    record RequestReservation(String idempotencyKey, List<Reservation> reservations) implements AllocationCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under once
         * @param reservations the units to reserve, per line and location
         */
        public RequestReservation {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(reservations, "reservations");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Put pending units in their restock queue (pre-ordered or backordered) and reserve the rest, as one
     * decision: what placement and every later allocation of pending units do.
     *
     * @param idempotencyKey the key the order handles the command under once
     * @param preorders units to queue until the product's release
     * @param indents units to buy from a supplier
     * @param backorders units to queue until stock is received
     * @param reservations units to reserve, per line and location
     * @param dropships units to allocate at a supplier that ships them itself, without a reservation
     */
    record AllocatePending(String idempotencyKey, List<Preorder> preorders, List<Indent> indents,
            List<Backorder> backorders, List<Reservation> reservations, List<Dropship> dropships) implements AllocationCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under once
         * @param preorders units to queue until the product's release
         * @param indents units to buy from a supplier
         * @param backorders units to queue until stock is received
         * @param reservations units to reserve, per line and location
         * @param dropships units to allocate at a supplier that ships them itself
         */
        public AllocatePending {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(indents, "indents");
            Require.nonNull(dropships, "dropships");
            Require.nonNull(preorders, "preorders");
            Require.nonNull(backorders, "backorders");
            Require.nonNull(reservations, "reservations");
        }

        /**
         * A decision that dropships nothing.
         *
         * @param idempotencyKey the key the order handles the command under once
         * @param preorders units to queue until the product's release
         * @param indents units to buy from a supplier
         * @param backorders units to queue until stock is received
         * @param reservations units to reserve, per line and location
         */
        public AllocatePending(String idempotencyKey, List<Preorder> preorders, List<Indent> indents,
                List<Backorder> backorders, List<Reservation> reservations) {
            this(idempotencyKey, preorders, indents, backorders, reservations, List.empty());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Move the units allocated at a location that cannot fulfil them after all back to pending, and
     * allocate them again as {@code reallocation} plans (planned without that location), as one decision.
     *
     * @param idempotencyKey the key the order handles the command under once
     * @param failedLocation the location that cannot fulfil its units
     * @param reason why, as the host said
     * @param reallocation where the freed units go instead
     */
    record Reroute(String idempotencyKey, LocationId failedLocation, String reason, AllocatePending reallocation)
            implements AllocationCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under once
         * @param failedLocation the location that cannot fulfil its units
         * @param reason why, as the host said
         * @param reallocation where the freed units go instead
         */
        public Reroute {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(failedLocation, "failedLocation");
            Require.nonBlank(reason, "reason");
            Require.nonNull(reallocation, "reallocation");
        }

        @Override
        public String fingerprint() {
            return fingerprintOf(failedLocation, reason);
        }

        /**
         * {@return the digest of what a host's reroute request asks for; the plan is the facade's, not the host's}
         *
         * @param failedLocation the location that cannot fulfil its units
         * @param reason why, as the host said
         */
        public static String fingerprintOf(LocationId failedLocation, String reason) {
            return Fingerprint.of(failedLocation, reason);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
    /**
     * Settle units a stock adjustment found gone at a location: the order gives up {@code quantity} units of
     * the SKU allocated there and not on an open pick list, then they are allocated again as
     * {@code reallocation} plans, or wait as a backorder when {@code mayWait}, or are cancelled; with
     * {@code holdForReview} the order is also held for a person ({@code STOCK_SHORTAGE}).
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param sku the SKU counted short
     * @param location where it was counted
     * @param quantity how many of the order's units are gone; positive
     * @param reason what the adjustment found, in words for people
     * @param reallocation the plan for the lost units, made on the order as it stands after the loss; empty to
     *     let them wait or cancel them
     * @param mayWait whether the SKU's units may wait in its restock queue
     * @param holdForReview whether a person looks at the order before the rest of it ships
     */
    record SettleStockLoss(String idempotencyKey, Sku sku, LocationId location, long quantity, String reason,
            Option<AllocatePending> reallocation, boolean mayWait, boolean holdForReview, Option<LocationId> waitsAt,
            Option<LocalDate> expectedRestock) implements AllocationCommand {
        /**
         * Refuses a blank key or reason, null components and a quantity below one.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param sku the SKU counted short
         * @param location where it was counted
         * @param quantity how many of the order's units are gone; positive
         * @param reason what the adjustment found
         * @param reallocation the plan for the lost units, or empty
         * @param mayWait whether the SKU's units may wait in its restock queue
         * @param holdForReview whether a person looks at the order
         * @param waitsAt where lost units that wait wait: the location they were lost at when its backorder terms
         *     allow it, else none (stock anywhere)
         * @param expectedRestock when stock is expected, as the terms they wait under say
         */
        public SettleStockLoss {
            Require.nonNull(waitsAt, "waitsAt");
            Require.nonNull(expectedRestock, "expectedRestock");
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(sku, "sku");
            Require.nonNull(location, "location");
            Require.nonBlank(reason, "reason");
            Require.nonNull(reallocation, "reallocation");
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive, was " + quantity);
            }
        }

        /**
         * Lost units that wait for stock anywhere, with no expected date.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param sku the SKU counted short
         * @param location where it was counted
         * @param quantity how many of the order's units are gone; positive
         * @param reason what the adjustment found
         * @param reallocation the plan for the lost units, or empty
         * @param mayWait whether the SKU's units may wait in its restock queue
         * @param holdForReview whether a person looks at the order
         */
        public SettleStockLoss(String idempotencyKey, Sku sku, LocationId location, long quantity, String reason,
                Option<AllocatePending> reallocation, boolean mayWait, boolean holdForReview) {
            this(idempotencyKey, sku, location, quantity, reason, reallocation, mayWait, holdForReview, Option.none(), Option.none());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Move allocated units of the order to {@code target}, reserving them there before the reservations they leave
     * are released. The facade reads the target and its stock; the rules decide on them.
     *
     * @param idempotencyKey the key the order handles the command under once
     * @param target the location the units move to
     * @param units how many units of which lines to move; empty for every unit allocated elsewhere, free to move,
     *     that the target's stock covers
     * @param targetLocation the target as the inventory knows it; empty when it does not
     * @param available units of each SKU the target has available to the order, queue first
     */
    record MoveAllocation(String idempotencyKey, LocationId target, LinkedHashMap<LineId, Long> units,
            Option<Location> targetLocation, HashMap<Sku, Long> available) implements AllocationCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under once
         * @param target the location the units move to
         * @param units how many units of which lines to move; empty for every unit free to move
         * @param targetLocation the target as the inventory knows it, or empty
         * @param available units of each SKU the target has available to the order
         */
        public MoveAllocation {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(target, "target");
            Require.nonNull(units, "units");
            Require.nonNull(targetLocation, "targetLocation");
            Require.nonNull(available, "available");
        }

        @Override
        public String fingerprint() {
            return fingerprintOf(target, units);
        }

        /**
         * {@return the digest of what a host's move request asks for; the stock read is the facade's, not the host's}
         *
         * @param target the location the units move to
         * @param units how many units of which lines, or empty for all
         */
        public static String fingerprintOf(LocationId target, LinkedHashMap<LineId, Long> units) {
            return Fingerprint.of(target, units.map(e -> e._1.value() + "=" + e._2).mkString(","));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.util.List;

import static dev.oms.spi.event.EventChecks.positive;
import static dev.oms.spi.event.EventChecks.positiveMoney;

/** Facts of units being reserved at a location, or given back to be routed again. */
public sealed interface AllocationEvent extends OrderEvent {
    /**
     * Units of one line to reserve at one location.
     *
     * @param lineId the order line
     * @param sku the SKU
     * @param locationId the location
     * @param quantity how many units; positive
     */
    record Reservation(LineId lineId, Sku sku, LocationId locationId, long quantity) {
        /** Checks the reservation.
         * @param lineId the order line
         * @param sku the SKU
         * @param locationId the location
         * @param quantity how many units; positive */
        public Reservation {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonNull(locationId, "locationId");
            positive(quantity, "quantity");
        }
    }

    /**
     * The inventory refused a reservation request (someone else took the stock first); nothing was reserved.
     *
     * @param attempt the number of the reservation attempt that failed
     * @param shortfalls every movement the inventory could not cover
     */
    record ReservationFailed(int attempt, List<Shortfall> shortfalls) implements AllocationEvent {
        /** Checks the event.
         * @param attempt the number of the reservation attempt that failed
         * @param shortfalls every movement the inventory could not cover */
        public ReservationFailed {
            positive(attempt, "attempt");
            shortfalls = List.copyOf(shortfalls);
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Units of a line were reserved at a location: PENDING to ALLOCATED.
     *
     * @param lineId the order line
     * @param locationId the location
     * @param quantity how many units; positive
     */
    record UnitsAllocated(LineId lineId, LocationId locationId, long quantity) implements AllocationEvent {
        /** Checks the event.
         * @param lineId the order line
         * @param locationId the location
         * @param quantity how many units; positive */
        public UnitsAllocated {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(locationId, "locationId");
            positive(quantity, "quantity");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Units of a line were allocated at a supplier that ships them to the customer itself (dropship): PENDING to
     * ALLOCATED at the supplier's location, without a reservation, since the supplier's stock is not in our
     * inventory. Cancelling, re-routing or shipping them releases and consumes nothing. They go to the supplier
     * on a {@link ExternalFulfilmentEvent.FulfilmentRequested} once payment clears, like a third-party location's.
     *
     * @param lineId the order line
     * @param supplierId the supplier's location (of type {@code SUPPLIER})
     * @param quantity how many units; positive
     */
    record DropshipAllocated(LineId lineId, LocationId supplierId, long quantity) implements AllocationEvent {
        /** Checks the event.
         * @param lineId the order line
         * @param supplierId the supplier's location
         * @param quantity how many units; positive */
        public DropshipAllocated {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(supplierId, "supplierId");
            positive(quantity, "quantity");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Units of a line allocated at a location that cannot fulfil them after all went back to PENDING
     * (ALLOCATED to PENDING), to be routed elsewhere. Their reservation there is owed back to the inventory
     * under {@code rerouteId}, settled by {@link EffectEvent.StockReleased} like a cancellation's.
     *
     * @param rerouteId the release id the reservation is owed back under
     * @param lineId the order line
     * @param locationId the location the units leave
     * @param quantity how many units; positive
     * @param reason why, in words for people
     */
    record UnitsDeallocated(ReleaseId rerouteId, LineId lineId, LocationId locationId, long quantity, String reason)
            implements AllocationEvent {
        /** Checks the event.
         * @param rerouteId the release id the reservation is owed back under
         * @param lineId the order line
         * @param locationId the location the units leave
         * @param quantity how many units; positive
         * @param reason why, in words for people */
        public UnitsDeallocated {
            Require.nonNull(rerouteId, "rerouteId");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(locationId, "locationId");
            positive(quantity, "quantity");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
    /**
     * Units of a line allocated at a location were found gone by a stock adjustment (a count, damage,
     * shrinkage) and went back to PENDING (ALLOCATED to PENDING), to be routed elsewhere or wait for stock.
     * Their reservation, which the adjustment left standing beyond what is on hand, is owed back to the
     * inventory under {@code lossId}, settled by {@link EffectEvent.StockReleased}. Unlike
     * {@link UnitsDeallocated}, the location stays open to the order: its next receipt may serve it.
     *
     * @param lossId the release id the reservation is owed back under
     * @param lineId the order line
     * @param locationId where the units were lost
     * @param quantity how many units; positive
     * @param reason what the adjustment found, in words for people
     */
    record UnitsLost(ReleaseId lossId, LineId lineId, LocationId locationId, long quantity, String reason)
            implements AllocationEvent {
        /** Checks the event.
         * @param lossId the release id the reservation is owed back under
         * @param lineId the order line
         * @param locationId where the units were lost
         * @param quantity how many units; positive
         * @param reason what the adjustment found, in words for people */
        public UnitsLost {
            Require.nonNull(lossId, "lossId");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(locationId, "locationId");
            positive(quantity, "quantity");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Units of a line allocated at one location that a move takes to another.
     *
     * @param lineId the order line
     * @param sku the line's SKU
     * @param from the location the units are allocated at now
     * @param quantity how many units; positive
     */
    record Relocation(LineId lineId, Sku sku, LocationId from, long quantity) {
        /** Checks the relocation.
         * @param lineId the order line
         * @param sku the line's SKU
         * @param from the location the units are allocated at now
         * @param quantity how many units; positive */
        public Relocation {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonNull(from, "from");
            positive(quantity, "quantity");
        }
    }

    /**
     * A move of allocated units to {@code target} was asked for: the target's reservation is requested from the
     * inventory under {@code moveId} while the units stay allocated, and owned, where they are. Settled by
     * {@link AllocationMoved} or {@link AllocationMoveRefused}.
     *
     * @param moveId the move, and the release id the old reservations are owed back under once it is made
     * @param target the location the units move to
     * @param units the units that move, per line and location they leave; not empty
     */
    record AllocationMoveRequested(ReleaseId moveId, LocationId target, List<Relocation> units) implements AllocationEvent {
        /** Checks the event.
         * @param moveId the move
         * @param target the location the units move to
         * @param units the units that move; not empty */
        public AllocationMoveRequested {
            Require.nonNull(moveId, "moveId");
            Require.nonNull(target, "target");
            units = EventChecks.nonEmptyCopy(units, "units");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Allocated units moved to {@code target} (ALLOCATED at their location to ALLOCATED at the target): the target
     * reserved them first, and the reservations they leave are owed back to the inventory under {@code moveId},
     * settled by {@link EffectEvent.StockReleased} like a cancellation's.
     *
     * @param moveId the move, and the release id the old reservations are owed back under
     * @param target the location the units now are allocated at
     * @param units the units that moved, per line and location they left; not empty
     */
    record AllocationMoved(ReleaseId moveId, LocationId target, List<Relocation> units) implements AllocationEvent {
        /** Checks the event.
         * @param moveId the move
         * @param target the location the units now are allocated at
         * @param units the units that moved; not empty */
        public AllocationMoved {
            Require.nonNull(moveId, "moveId");
            Require.nonNull(target, "target");
            units = EventChecks.nonEmptyCopy(units, "units");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The inventory refused the target's reservation for a move (someone took the stock first): nothing was
     * reserved there, and the units stay allocated where they were.
     *
     * @param moveId the move refused
     * @param shortfalls every movement the inventory could not cover
     */
    record AllocationMoveRefused(ReleaseId moveId, List<Shortfall> shortfalls) implements AllocationEvent {
        /** Checks the event.
         * @param moveId the move refused
         * @param shortfalls every movement the inventory could not cover */
        public AllocationMoveRefused {
            Require.nonNull(moveId, "moveId");
            shortfalls = List.copyOf(shortfalls);
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

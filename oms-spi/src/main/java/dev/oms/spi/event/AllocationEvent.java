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
}

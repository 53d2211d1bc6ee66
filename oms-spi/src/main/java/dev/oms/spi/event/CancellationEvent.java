// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Require;
import java.util.Optional;

import static dev.oms.spi.event.EventChecks.positive;
import static dev.oms.spi.event.EventChecks.positiveMoney;

/** Facts of units no longer wanted, and of a cancelled order wanted again. */
public sealed interface CancellationEvent extends OrderEvent {
    /**
     * Units of a line were cancelled from one bucket (and location, for held units). Held units leave a
     * stock release owed under {@code cancellationId}, settled by {@link EffectEvent.StockReleased}.
     *
     * @param cancellationId the release id held units are owed back under
     * @param lineId the order line
     * @param from the bucket the units are cancelled from
     * @param locationId the location, for held units; empty for units held nowhere
     * @param quantity how many units; positive
     * @param reason why, in words for people
     */
    record UnitsCancelled(
            ReleaseId cancellationId,
            LineId lineId,
            Bucket from,
            Optional<LocationId> locationId,
            long quantity,
            String reason)
            implements CancellationEvent {
        /** Checks the event.
         * @param cancellationId the release id held units are owed back under
         * @param lineId the order line
         * @param from the bucket the units are cancelled from
         * @param locationId the location, for held units; empty for units held nowhere
         * @param quantity how many units; positive
         * @param reason why, in words for people */
        public UnitsCancelled {
            Require.nonNull(cancellationId, "cancellationId");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(from, "from");
            Require.nonNull(locationId, "locationId");
            Require.nonBlank(reason, "reason");
            positive(quantity, "quantity");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A fully cancelled order was reopened: every unit goes back to pending, to be reserved, authorised and fulfilled
     * again like a new order's.
     *
     * @param reason why, in words for people
     */
    record OrderReopened(String reason) implements CancellationEvent {
        /** Checks the event.
         * @param reason why, in words for people */
        public OrderReopened {
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

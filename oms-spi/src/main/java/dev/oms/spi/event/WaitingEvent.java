// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static dev.oms.spi.event.EventChecks.positive;
import static dev.oms.spi.event.EventChecks.positiveMoney;

/** Facts of units waiting for a release or a receipt (pre-orders and backorders), and of their filling. */
public sealed interface WaitingEvent extends OrderEvent {
    /**
     * Units of a product not yet released were pre-ordered: PENDING to PREORDERED. They wait for the
     * release and are then filled before any backorder or new order of the SKU, in placement order.
     *
     * @param lineId the order line
     * @param quantity how many units; positive
     * @param releasesAt when the product goes on sale
     */
    record UnitsPreordered(LineId lineId, long quantity, Instant releasesAt) implements WaitingEvent {
        /** Checks the event.
         * @param lineId the order line
         * @param quantity how many units; positive
         * @param releasesAt when the product goes on sale */
        public UnitsPreordered {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(releasesAt, "releasesAt");
            positive(quantity, "quantity");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Units the stock could not cover were backordered: PENDING to BACKORDERED. They wait for a receipt: at one
     * location when the host's backorder terms for that location took them (its receipts fill them first), or
     * anywhere when its terms for the SKU as a whole did.
     *
     * @param lineId the order line
     * @param quantity how many units; positive
     * @param shipsNow units of the line that stock covers now, for the customer's notice
     * @param expectedRestock when the host expects stock, if it said
     * @param reason why the units wait (stock short, pre-order cap reached...)
     * @param waitsAt the location whose backorder terms took the units; empty when they wait for stock anywhere
     */
    record UnitsBackordered(LineId lineId, long quantity, long shipsNow, Optional<LocalDate> expectedRestock, String reason,
            Optional<LocationId> waitsAt) implements WaitingEvent {
        /** Checks the event.
         * @param lineId the order line
         * @param quantity how many units; positive
         * @param shipsNow units of the line that stock covers now
         * @param expectedRestock when the host expects stock, if it said
         * @param reason why the units wait
         * @param waitsAt the location the units wait at, if one */
        public UnitsBackordered {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(expectedRestock, "expectedRestock");
            Require.nonBlank(reason, "reason");
            Require.nonNull(waitsAt, "waitsAt");
            positive(quantity, "quantity");
            if (shipsNow < 0) {
                throw new IllegalArgumentException("shipsNow cannot be negative, was " + shipsNow);
            }
        }

        /** Units waiting for stock anywhere.
         * @param lineId the order line
         * @param quantity how many units; positive
         * @param shipsNow units of the line that stock covers now
         * @param expectedRestock when the host expects stock, if it said
         * @param reason why the units wait */
        public UnitsBackordered(LineId lineId, long quantity, long shipsNow, Optional<LocalDate> expectedRestock, String reason) {
            this(lineId, quantity, shipsNow, expectedRestock, reason, Optional.empty());
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Stock received or released for waiting units: they leave the queue ({@code from}, PREORDERED or
     * BACKORDERED) for PENDING, and the same commit requests their reservation.
     *
     * @param lineId the order line
     * @param from the queue the units leave: PREORDERED or BACKORDERED
     * @param quantity how many units; positive
     * @param stillWaiting units of the line left in {@code from} after this fill
     * @param restockId the receipt or release that filled them
     */
    record WaitingUnitsFilled(LineId lineId, Bucket from, long quantity, long stillWaiting, String restockId)
            implements WaitingEvent {
        /** Checks the event.
         * @param lineId the order line
         * @param from the queue the units leave: PREORDERED or BACKORDERED
         * @param quantity how many units; positive
         * @param stillWaiting units of the line left waiting after this fill
         * @param restockId the receipt or release that filled them */
        public WaitingUnitsFilled {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(from, "from");
            Require.nonBlank(restockId, "restockId");
            positive(quantity, "quantity");
            if (stillWaiting < 0) {
                throw new IllegalArgumentException("stillWaiting cannot be negative, was " + stillWaiting);
            }
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The product was released but its stock fell short of these pre-ordered units: they stay PREORDERED
     * and keep their place in the queue. Recorded once per line, so the customer is told once.
     *
     * @param lineId the order line
     * @param quantity the pre-ordered units of the line the released stock did not cover
     * @param restockId the release whose stock fell short
     */
    record ReleaseFellShort(LineId lineId, long quantity, String restockId) implements WaitingEvent {
        /** Checks the event.
         * @param lineId the order line
         * @param quantity the pre-ordered units the released stock did not cover
         * @param restockId the release whose stock fell short */
        public ReleaseFellShort {
            Require.nonNull(lineId, "lineId");
            Require.nonBlank(restockId, "restockId");
            positive(quantity, "quantity");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The release date of a line's pre-ordered units moved.
     *
     * @param lineId the order line
     * @param from the release date before
     * @param to the release date now
     */
    record ReleaseDateMoved(LineId lineId, Instant from, Instant to) implements WaitingEvent {
        /** Checks the event.
         * @param lineId the order line
         * @param from the release date before
         * @param to the release date now */
        public ReleaseDateMoved {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(from, "from");
            Require.nonNull(to, "to");
            if (from.equals(to)) {
                throw new IllegalArgumentException("a moved release date differs from the old one");
            }
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

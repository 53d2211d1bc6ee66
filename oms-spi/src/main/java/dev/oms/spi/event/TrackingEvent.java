// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.Optional;

/** Facts the carrier reports about a shipped parcel on its way: its tracking events. */
public sealed interface TrackingEvent extends OrderEvent {

    /**
     * The carrier reported where a shipped parcel is; recorded once per carrier event, whenever it arrives. The parcel's
     * tracking status is that of its latest event by the carrier's time, so an event arriving late is kept but moves
     * nothing back. A delivery it reports is recorded as {@link FulfilmentEvent.PackageDelivered} beside it, once.
     *
     * @param packageId the parcel
     * @param carrierEventId the carrier's id of the event
     * @param status where the parcel is
     * @param occurredAt when, by the carrier's clock
     * @param detail the carrier's short words, if any
     */
    record PackageTracked(PackageId packageId, String carrierEventId, TrackingStatus status, Instant occurredAt,
            Optional<String> detail) implements TrackingEvent {
        /** Checks the event.
         * @param packageId the parcel
         * @param carrierEventId the carrier's id of the event
         * @param status where the parcel is
         * @param occurredAt when, by the carrier's clock
         * @param detail the carrier's words, if any */
        public PackageTracked {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(carrierEventId, "carrierEventId");
            Require.nonNull(status, "status");
            Require.nonNull(occurredAt, "occurredAt");
            Require.nonNull(detail, "detail");
            detail.ifPresent(d -> Require.nonBlank(d, "detail"));
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.shipping;

import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One tracking event of a carrier for one parcel, as the carrier reports it (through {@link ShippingCarrier#trackingUpdates}
 * or a host's webhook). Carriers send their events at least once and in no particular order: the carrier's own event id
 * is what tells two deliveries of the same event apart from two events, and {@code occurredAt} (the carrier's time) is
 * what orders them.
 *
 * @param carrierEventId the carrier's id of this event, the same on every delivery of it
 * @param trackingNumber the tracking number of the parcel it is about
 * @param status where the parcel is
 * @param occurredAt when it happened, by the carrier's clock
 * @param detail the carrier's own short words, e.g. {@code "address not found"}; never personal data
 */
public record TrackingUpdate(String carrierEventId, String trackingNumber, TrackingStatus status, Instant occurredAt,
        Optional<String> detail) {
    /** Refuses nulls, a blank id or tracking number, and a blank detail.
     * @param carrierEventId the carrier's id of the event
     * @param trackingNumber the parcel's tracking number
     * @param status where the parcel is
     * @param occurredAt when, by the carrier's clock
     * @param detail the carrier's words, if any */
    public TrackingUpdate {
        Require.nonBlank(carrierEventId, "carrierEventId");
        Require.nonBlank(trackingNumber, "trackingNumber");
        Require.nonNull(status, "status");
        Require.nonNull(occurredAt, "occurredAt");
        Require.nonNull(detail, "detail");
        detail.ifPresent(d -> Require.nonBlank(d, "detail"));
    }

    /**
     * {@return an update without detail}
     *
     * @param carrierEventId the carrier's id of the event
     * @param trackingNumber the parcel's tracking number
     * @param status where the parcel is
     * @param occurredAt when, by the carrier's clock
     */
    public static TrackingUpdate of(String carrierEventId, String trackingNumber, TrackingStatus status, Instant occurredAt) {
        return new TrackingUpdate(carrierEventId, trackingNumber, status, occurredAt, Optional.empty());
    }
}

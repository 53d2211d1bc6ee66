// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.List;

/**
 * Facts of units fulfilled by others: requests to a 3PL or marketplace fulfilment service at a location of type
 * {@code THIRD_PARTY}, and the provider's shipments and rejections. No pick list is made there.
 */
public sealed interface ExternalFulfilmentEvent extends OrderEvent {

    /**
     * Allocated units at a third-party location were put on a request to its provider; they stay ALLOCATED,
     * covered by the request (not listed for picking, re-routed, lost or cancelled) until the provider answers.
     * Sending it is owed to the fulfilment port, settled by {@link EffectEvent.FulfilmentRequestSent}.
     *
     * @param requestId the request
     * @param locationId the provider's location
     * @param items the units requested, per order line; at least one
     */
    record FulfilmentRequested(FulfilmentRequestId requestId, LocationId locationId, List<PackageItem> items)
            implements ExternalFulfilmentEvent {
        /** Checks the event.
         * @param requestId the request
         * @param locationId the provider's location
         * @param items the units requested; at least one */
        public FulfilmentRequested {
            Require.nonNull(requestId, "requestId");
            Require.nonNull(locationId, "locationId");
            items = nonEmpty(items, "a fulfilment request");
        }

        @Override public <R> R accept(OrderEvent.Visitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * The provider shipped units of a request: ALLOCATED at its location to SHIPPED, as a package that left with
     * the provider's carrier and tracking number. The stock is owed consumed and the package's value captured as
     * for a package shipped from a warehouse.
     *
     * @param requestId the request shipped against
     * @param packageId the package, named after the provider's shipment
     * @param locationId the provider's location
     * @param contents the units shipped, per order line; at least one
     * @param carrier the carrier that took the shipment
     * @param trackingNumber the carrier's tracking number
     * @param shippedAt when the shipment left the provider
     */
    record ExternalShipmentConfirmed(FulfilmentRequestId requestId, PackageId packageId, LocationId locationId,
            List<PackageItem> contents, String carrier, String trackingNumber, Instant shippedAt)
            implements ExternalFulfilmentEvent {
        /** Checks the event.
         * @param requestId the request shipped against
         * @param packageId the package
         * @param locationId the provider's location
         * @param contents the units shipped; at least one
         * @param carrier the carrier
         * @param trackingNumber the tracking number
         * @param shippedAt when the shipment left */
        public ExternalShipmentConfirmed {
            Require.nonNull(requestId, "requestId");
            Require.nonNull(packageId, "packageId");
            Require.nonNull(locationId, "locationId");
            Require.nonBlank(carrier, "carrier");
            Require.nonBlank(trackingNumber, "trackingNumber");
            Require.nonNull(shippedAt, "shippedAt");
            contents = nonEmpty(contents, "a shipment");
        }

        @Override public <R> R accept(OrderEvent.Visitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * The provider will not ship some units of a request: they are no longer covered by it. The units themselves
     * move in the {@link AllocationEvent.UnitsDeallocated} events that follow, and are routed again.
     *
     * @param requestId the request
     * @param rejectionId the provider's id of its answer
     * @param items the units given up, per order line; at least one
     * @param reason the provider's reason, in words for people
     */
    record FulfilmentRejected(FulfilmentRequestId requestId, String rejectionId, List<PackageItem> items, String reason)
            implements ExternalFulfilmentEvent {
        /** Checks the event.
         * @param requestId the request
         * @param rejectionId the provider's id of its answer
         * @param items the units given up; at least one
         * @param reason the provider's reason */
        public FulfilmentRejected {
            Require.nonNull(requestId, "requestId");
            Require.nonBlank(rejectionId, "rejectionId");
            Require.nonBlank(reason, "reason");
            items = nonEmpty(items, "a rejection");
        }

        @Override public <R> R accept(OrderEvent.Visitor<R> visitor) { return visitor.visit(this); }
    }

    private static List<PackageItem> nonEmpty(List<PackageItem> items, String what) {
        List<PackageItem> copy = List.copyOf(items);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " names at least one item");
        }
        return copy;
    }
}

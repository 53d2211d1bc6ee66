// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.fulfilment;

import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.List;

/**
 * An external fulfilment service shipped some or all of a request's units: one of its shipments, as it reported
 * it. A request may be shipped in several; each is applied once, in whatever order they arrive.
 *
 * @param requestId the request shipped against
 * @param shipmentId the provider's id of the shipment, unique per request: a confirmation repeated under it
 *     changes nothing
 * @param items the units shipped, per order line; at least one
 * @param carrier the carrier that took the shipment
 * @param trackingNumber the carrier's tracking number
 * @param shippedAt when the shipment left the provider
 */
public record ShipmentConfirmation(FulfilmentRequestId requestId, String shipmentId, List<PackageItem> items,
        String carrier, String trackingNumber, Instant shippedAt) {
    /**
     * Checks the confirmation.
     *
     * @param requestId the request shipped against
     * @param shipmentId the provider's id of the shipment; not blank
     * @param items the units shipped; at least one
     * @param carrier the carrier; not blank
     * @param trackingNumber the tracking number; not blank
     * @param shippedAt when the shipment left
     * @throws IllegalArgumentException if there is no item or a text is blank
     */
    public ShipmentConfirmation {
        Require.nonNull(requestId, "requestId");
        Require.nonBlank(shipmentId, "shipmentId");
        Require.nonBlank(carrier, "carrier");
        Require.nonBlank(trackingNumber, "trackingNumber");
        Require.nonNull(shippedAt, "shippedAt");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a shipment holds at least one item");
        }
    }
}

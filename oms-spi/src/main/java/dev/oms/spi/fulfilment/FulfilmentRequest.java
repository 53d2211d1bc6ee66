// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.fulfilment;

import dev.oms.spi.value.Address;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import java.util.List;

/**
 * A request to an external fulfilment service to ship units of one order from one of its locations.
 *
 * @param requestId unique per request and stable across retries: the idempotency key
 * @param orderId the order the units are for
 * @param locationId the provider's location, of type {@code THIRD_PARTY}
 * @param items the units to ship, per order line; at least one
 * @param shipTo where to ship them
 */
public record FulfilmentRequest(FulfilmentRequestId requestId, OrderId orderId, LocationId locationId,
        List<FulfilmentItem> items, Address shipTo) {
    /**
     * Checks the request.
     *
     * @param requestId unique per request and stable across retries
     * @param orderId the order the units are for
     * @param locationId the provider's location
     * @param items the units to ship; at least one
     * @param shipTo where to ship them
     * @throws IllegalArgumentException if there is no item
     */
    public FulfilmentRequest {
        Require.nonNull(requestId, "requestId");
        Require.nonNull(orderId, "orderId");
        Require.nonNull(locationId, "locationId");
        Require.nonNull(shipTo, "shipTo");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a fulfilment request has at least one item");
        }
    }
}

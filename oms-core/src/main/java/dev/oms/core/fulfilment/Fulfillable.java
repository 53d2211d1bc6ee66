// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import dev.oms.core.order.Order;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;

/**
 * Which allocated units may go to be fulfilled now: on a pick list, or on a request to a provider. A replacement line
 * of an exchange waits for the exchange's return (unless the exchange lets it ship first); its units stay allocated and
 * may still be cancelled, moved or lost like any.
 */
public final class Fulfillable {
    private Fulfillable() {}

    /**
     * {@return allocated units of a line at a location that may be picked or requested now}
     *
     * @param order the order
     * @param lineId the line
     * @param location the location
     */
    public static long units(Order order, LineId lineId, LocationId location) {
        return order.returns().exchanges().awaitsReturn(order, lineId) ? 0 : order.unlistedAllocated(lineId, location);
    }
}

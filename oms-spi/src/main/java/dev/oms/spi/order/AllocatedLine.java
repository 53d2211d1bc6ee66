// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.Comparator;

/**
 * Units of one order line allocated (reserved, not yet picked) at one location: a row of the allocated-lines
 * read model ({@link AllocatedLines}), which says whose units a stock count found missing.
 *
 * @param orderId the order
 * @param lineId the line
 * @param sku the line's SKU
 * @param locationId where the units are reserved
 * @param quantity how many units are allocated there, at least one
 * @param placedAt when the order was placed: the newest orders give up their units first
 */
public record AllocatedLine(OrderId orderId, LineId lineId, Sku sku, LocationId locationId, long quantity, Instant placedAt) {

    /**
     * Newest first: placement time descending, then order id and line id descending, so that equal inputs
     * rank equally everywhere. The order in which orders give up units a count found missing.
     */
    public static final Comparator<AllocatedLine> NEWEST_FIRST = Comparator
            .comparing(AllocatedLine::placedAt)
            .thenComparing(a -> a.orderId().value())
            .thenComparing(a -> a.lineId().value())
            .reversed();

    /**
     * Checks the row.
     *
     * @param orderId the order
     * @param lineId the line
     * @param sku the line's SKU
     * @param locationId where the units are reserved
     * @param quantity how many units are allocated there, at least one
     * @param placedAt when the order was placed
     * @throws IllegalArgumentException if {@code quantity} is not positive
     */
    public AllocatedLine {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(lineId, "lineId");
        Require.nonNull(sku, "sku");
        Require.nonNull(locationId, "locationId");
        Require.nonNull(placedAt, "placedAt");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}

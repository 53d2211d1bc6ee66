// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * Units of one order line waiting in a SKU's restock queue: pre-ordered units wait for the product's release,
 * backordered ones for stock to be received. A row of the waiting-lines read model ({@link WaitingLines}).
 *
 * @param orderId the order
 * @param lineId the line
 * @param sku the line's SKU, whose queue the units wait in
 * @param channel the channel the order came from
 * @param bucket {@link Bucket#PREORDERED} or {@link Bucket#BACKORDERED}
 * @param quantity how many units wait, at least one
 * @param placedAt when the order was placed: what ranks it in the queue
 * @param waitsAt for backordered units, the location whose receipts they wait for first; empty when they wait for
 *     stock anywhere (and always for pre-ordered units)
 */
public record WaitingLine(OrderId orderId, LineId lineId, Sku sku, Channel channel, Bucket bucket, long quantity,
        Instant placedAt, Optional<LocationId> waitsAt) {

    /**
     * The queue's order: pre-ordered units before backordered ones (a release fills pre-orders before other
     * orders), then placement time, order id and line id, so that equal inputs rank equally everywhere.
     */
    public static final Comparator<WaitingLine> QUEUE_ORDER = Comparator
            .comparing((WaitingLine w) -> w.bucket() == Bucket.PREORDERED ? 0 : 1)
            .thenComparing(WaitingLine::placedAt)
            .thenComparing(w -> w.orderId().value())
            .thenComparing(w -> w.lineId().value());

    /**
     * Checks the row.
     *
     * @param orderId the order
     * @param lineId the line
     * @param sku the line's SKU
     * @param channel the channel the order came from
     * @param bucket {@link Bucket#PREORDERED} or {@link Bucket#BACKORDERED}
     * @param quantity how many units wait, at least one
     * @param placedAt when the order was placed
     * @param waitsAt the location backordered units wait at, if one
     * @throws IllegalArgumentException if {@code bucket} is another bucket, {@code quantity} is not positive, or
     *     pre-ordered units name a location
     */
    public WaitingLine {
        Require.nonNull(waitsAt, "waitsAt");
        if (bucket == Bucket.PREORDERED && waitsAt.isPresent()) {
            throw new IllegalArgumentException("pre-ordered units wait for a release, not at a location");
        }
        Require.nonNull(orderId, "orderId");
        Require.nonNull(lineId, "lineId");
        Require.nonNull(sku, "sku");
        Require.nonNull(channel, "channel");
        Require.nonNull(placedAt, "placedAt");
        if (Require.nonNull(bucket, "bucket") != Bucket.PREORDERED && bucket != Bucket.BACKORDERED) {
            throw new IllegalArgumentException(bucket + " units do not wait in a restock queue");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }

    /**
     * A row of units waiting for stock anywhere, or for a release.
     *
     * @param orderId the order
     * @param lineId the line
     * @param sku the line's SKU
     * @param channel the channel the order came from
     * @param bucket {@link Bucket#PREORDERED} or {@link Bucket#BACKORDERED}
     * @param quantity how many units wait, at least one
     * @param placedAt when the order was placed
     */
    public WaitingLine(OrderId orderId, LineId lineId, Sku sku, Channel channel, Bucket bucket, long quantity, Instant placedAt) {
        this(orderId, lineId, sku, channel, bucket, quantity, placedAt, Optional.empty());
    }
}

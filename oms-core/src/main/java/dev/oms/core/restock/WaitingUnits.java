// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.restock;

import dev.oms.core.order.Transitions;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.order.WaitingTotal;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * One entry of a SKU's restock queue: units of one order line waiting in {@code bucket}
 * (PREORDERED or BACKORDERED), with what ranks them: the order's placement time, then its id.
 *
 * @param orderId the order
 * @param lineId the order's line
 * @param sku the line's SKU
 * @param channel the order's channel, for per-channel pre-order caps
 * @param bucket PREORDERED or BACKORDERED
 * @param quantity the units waiting, positive
 * @param placedAt when the order was placed
 * @param waitsAt for backordered units, the location whose stock fills them first; none when any stock does
 */
public record WaitingUnits(OrderId orderId, LineId lineId, Sku sku, Channel channel, Bucket bucket, long quantity,
        Instant placedAt, Option<LocationId> waitsAt) {
    /**
     * Checks the components: a waiting bucket and a positive quantity.
     *
     * @param orderId the order
     * @param lineId the order's line
     * @param sku the line's SKU
     * @param channel the order's channel
     * @param bucket PREORDERED or BACKORDERED
     * @param quantity the units waiting
     * @param placedAt when the order was placed
     * @param waitsAt the location backordered units wait at, if one
     */
    public WaitingUnits {
        Require.nonNull(waitsAt, "waitsAt");
        Require.nonNull(orderId, "orderId");
        Require.nonNull(lineId, "lineId");
        Require.nonNull(sku, "sku");
        Require.nonNull(channel, "channel");
        Require.nonNull(placedAt, "placedAt");
        if (!Transitions.waiting(Require.nonNull(bucket, "bucket"))) {
            throw new IllegalArgumentException(bucket + " units do not wait in a restock queue");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }

    /**
     * An entry of units waiting for a release, or for stock anywhere.
     *
     * @param orderId the order
     * @param lineId the order's line
     * @param sku the line's SKU
     * @param channel the order's channel
     * @param bucket PREORDERED or BACKORDERED
     * @param quantity the units waiting
     * @param placedAt when the order was placed
     */
    public WaitingUnits(OrderId orderId, LineId lineId, Sku sku, Channel channel, Bucket bucket, long quantity, Instant placedAt) {
        this(orderId, lineId, sku, channel, bucket, quantity, placedAt, Option.none());
    }

    /**
     * The entry a store's waiting-lines read model holds.
     *
     * @param line the read model's row
     * @return the queue entry
     */
    public static WaitingUnits of(WaitingLine line) {
        return new WaitingUnits(line.orderId(), line.lineId(), line.sku(), line.channel(), line.bucket(), line.quantity(),
                line.placedAt(), Option.ofOptional(line.waitsAt()));
    }

    /** {@return this entry's units as a total of one entry} */
    public WaitingTotal total() {
        return new WaitingTotal(sku, channel, bucket, waitsAt.toJavaOptional(), quantity);
    }

    /** {@return this entry as the store's waiting-lines read model keeps it} */
    public WaitingLine line() {
        return new WaitingLine(orderId, lineId, sku, channel, bucket, quantity, placedAt, waitsAt.toJavaOptional());
    }

    /**
     * Every queue entry of an order: one per line and waiting bucket that holds units.
     *
     * @param order the order
     * @return its entries; empty when no unit waits
     */
    public static List<WaitingUnits> of(Order order) {
        if (order.units(Bucket.PREORDERED) + order.units(Bucket.BACKORDERED) == 0) {
            return List.empty(); // most orders: counted once per state, so no line is walked
        }
        return order.lines().valuesIterator().toList().flatMap(line -> List.of(Bucket.PREORDERED, Bucket.BACKORDERED)
                .filter(b -> line.count(b) > 0)
                .map(b -> entry(order, line, b)));
    }

    /**
     * Where a line's backordered units wait.
     *
     * @param order the order
     * @param lineId the line
     * @return the location whose terms took them; none when they wait for stock anywhere (also once the order was
     *     re-routed away from that location), or none wait
     */
    public static Option<LocationId> waitsAt(Order order, LineId lineId) {
        // Units of an order re-routed away from their location since wait for stock anywhere: it cannot serve them.
        return order.backorderLocations().get(lineId).filter(l -> !order.failedLocations().contains(l))
                .filter(l -> order.line(lineId).exists(line -> line.count(Bucket.BACKORDERED) > 0));
    }

    private static WaitingUnits entry(Order order, Line line, Bucket bucket) {
        return new WaitingUnits(order.id(), line.id(), line.sku(), order.channel(), bucket, line.count(bucket),
                order.placedAt(), bucket == Bucket.BACKORDERED ? waitsAt(order, line.id()) : Option.none());
    }
}

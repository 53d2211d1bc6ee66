// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units of a SKU's restock queue summed per channel, bucket and location waited at: all that pre-order caps,
 * backorder limits and the stock shown to a new order count. Its size is bounded by the shop's channels and
 * locations, not by how many orders wait, so a placement that checks a cap reads a few rows, however long the
 * queue of a popular release has grown.
 *
 * @param sku the SKU
 * @param channel the channel the orders came from
 * @param bucket {@link Bucket#PREORDERED} or {@link Bucket#BACKORDERED}
 * @param waitsAt the location backordered units wait at; empty when they wait for stock anywhere (and always for
 *     pre-ordered units)
 * @param quantity the units waiting, positive
 */
public record WaitingTotal(Sku sku, Channel channel, Bucket bucket, Optional<LocationId> waitsAt, long quantity) {
    /**
     * Checks the total.
     *
     * @param sku the SKU
     * @param channel the channel
     * @param bucket {@link Bucket#PREORDERED} or {@link Bucket#BACKORDERED}
     * @param waitsAt the location waited at, if one
     * @param quantity the units waiting, positive
     * @throws IllegalArgumentException for another bucket or a quantity not positive
     */
    public WaitingTotal {
        Require.nonNull(sku, "sku");
        Require.nonNull(channel, "channel");
        Require.nonNull(bucket, "bucket");
        Require.nonNull(waitsAt, "waitsAt");
        if (bucket != Bucket.PREORDERED && bucket != Bucket.BACKORDERED) {
            throw new IllegalArgumentException(bucket + " units do not wait in a restock queue");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }

    /**
     * Sums waiting lines: the totals a store answers when it keeps no running sums of its own.
     *
     * @param lines the lines, of any SKUs
     * @param except an order whose lines are left out, if any
     * @return one total per SKU, channel, bucket and location waited at, in the order first met
     */
    public static List<WaitingTotal> sum(Collection<WaitingLine> lines, Optional<OrderId> except) {
        Map<WaitingTotal, Long> sums = new LinkedHashMap<>();
        for (WaitingLine line : lines) {
            if (except.isEmpty() || !except.get().equals(line.orderId())) {
                sums.merge(new WaitingTotal(line.sku(), line.channel(), line.bucket(), line.waitsAt(), 1), line.quantity(), Long::sum);
            }
        }
        List<WaitingTotal> totals = new ArrayList<>(sums.size());
        sums.forEach((key, units) -> totals.add(key.withQuantity(units)));
        return totals;
    }

    /**
     * {@return this total with another quantity}
     *
     * @param units the units waiting, positive
     */
    public WaitingTotal withQuantity(long units) {
        return new WaitingTotal(sku, channel, bucket, waitsAt, units);
    }
}

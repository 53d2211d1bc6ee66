// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.event.Bucket;

/**
 * Something outside the warehouse some units of an order wait for. The header {@link OrderStatus} names
 * the next step only; an order that ships some units now and waits for others says so here as well.
 */
public enum WaitingFor {
    /** Pre-ordered units wait for the product's release. */
    RELEASE(Bucket.PREORDERED),
    /** Indent units wait for their supplier's confirmation or goods. */
    SUPPLIER(Bucket.AWAITING_SUPPLIER),
    /** Backordered units wait for stock to be received. */
    STOCK(Bucket.BACKORDERED),
    /** An exchange's replacement units, allocated, wait for the exchanged units to come back. */
    RETURN(Bucket.ALLOCATED);

    private final Bucket bucket;

    WaitingFor(Bucket bucket) {
        this.bucket = bucket;
    }

    /** {@return the bucket whose units wait for this} */
    public Bucket bucket() {
        return bucket;
    }

    /**
     * {@return how many of the order's units wait for this}: those in its bucket; for {@link #RETURN}, only the
     * replacements' allocated units
     *
     * @param order the order
     */
    public long units(Order order) {
        if (this != RETURN) {
            return order.units(bucket);
        }
        return order.lines().values().filter(l -> order.returns().exchanges().awaitsReturn(order, l.id()))
                .map(l -> l.count(Bucket.ALLOCATED)).sum().longValue();
    }
}

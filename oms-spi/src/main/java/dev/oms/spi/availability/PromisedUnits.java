// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.availability;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.util.Optional;

/**
 * Units a checkout hold promises without stock: pre-ordered units of a product not yet released, or units
 * beyond free stock where backorders are allowed. They reserve nothing in the inventory; while the hold is
 * live they count against the pre-order caps and backorder limits exactly as the units of waiting orders do,
 * so the order that takes the hold over finds the room its checkout was promised.
 *
 * @param sku the SKU
 * @param bucket {@link Bucket#PREORDERED} or {@link Bucket#BACKORDERED}
 * @param channel the checkout's channel, which a channel's pre-order cap counts
 * @param waitsAt for backordered units, the location whose backorder terms took them; empty when they wait
 *     for stock anywhere (the SKU's own terms), and always empty for pre-ordered units
 * @param quantity how many units; positive
 */
public record PromisedUnits(Sku sku, Bucket bucket, Channel channel, Optional<LocationId> waitsAt, long quantity) {
    /**
     * Checks the promise.
     *
     * @param sku the SKU
     * @param bucket {@link Bucket#PREORDERED} or {@link Bucket#BACKORDERED}
     * @param channel the checkout's channel
     * @param waitsAt the location whose backorder terms took the units; empty for units waiting anywhere
     * @param quantity how many units; positive
     * @throws IllegalArgumentException for another bucket, a pre-order at a location, or a quantity not positive
     */
    public PromisedUnits {
        Require.nonNull(sku, "sku");
        Require.nonNull(bucket, "bucket");
        Require.nonNull(channel, "channel");
        Require.nonNull(waitsAt, "waitsAt");
        if (bucket != Bucket.PREORDERED && bucket != Bucket.BACKORDERED) {
            throw new IllegalArgumentException("a hold promises pre-ordered or backordered units, not " + bucket);
        }
        if (bucket == Bucket.PREORDERED && waitsAt.isPresent()) {
            throw new IllegalArgumentException("pre-ordered units wait for a release, not at a location");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }

    /**
     * {@return these units in another quantity, everything else the same}
     *
     * @param units the quantity; positive
     */
    public PromisedUnits withQuantity(long units) {
        return new PromisedUnits(sku, bucket, channel, waitsAt, units);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

/**
 * Where a unit of an order line is in its life. Every unit of every line is in exactly one bucket, so the
 * buckets of a line always add up to its ordered quantity. A plain name: which moves between buckets are
 * legal, and what a bucket means for stock, is the core's transition table ({@code dev.oms.core.order.Transitions}).
 */
public enum Bucket {
    /** Placed, not yet reserved anywhere. */
    PENDING,
    /** Ordered before the product's release date; waits for the release, ahead of every other waiting unit. */
    PREORDERED,
    /** The product is on sale but short; waits for stock to be received. */
    BACKORDERED,
    /** Bought from a supplier for this order (an indent order); waits for the supplier's goods. */
    AWAITING_SUPPLIER,
    /** Reserved at one location. */
    ALLOCATED,
    /** Taken from the shelf at its location. */
    PICKED,
    /** In a package at its location. */
    PACKED,
    /** Handed to the carrier. */
    SHIPPED,
    /** Received by the customer. */
    DELIVERED,
    /** Sent back by the customer under a return and received at a location; the return records what became of them. */
    RETURNED,
    /** Delivered, then claimed damaged, not received or the wrong item, and refunded without coming back. */
    CLAIMED,
    /** No longer wanted; any reservation released. */
    CANCELLED
}

package dev.oms.spi.event;

/**
 * Where a unit of an order line is in its life. Every unit of every line is in exactly one bucket, so the
 * buckets of a line always add up to its ordered quantity.
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
    /** No longer wanted; any reservation released. */
    CANCELLED;

    /** Whether units here hold stock at a specific location. */
    public boolean heldAtLocation() {
        return this == ALLOCATED || this == PICKED || this == PACKED;
    }

    /** Whether units here wait in the restock queue of their SKU (for a release or a receipt). */
    public boolean isWaiting() {
        return this == PREORDERED || this == BACKORDERED;
    }

    /** Whether units here have left the building for good. */
    public boolean isFinal() {
        return this == SHIPPED || this == DELIVERED || this == CANCELLED;
    }
}

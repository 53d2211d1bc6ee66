// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

/** Why stock on hand changed outside receipts, reservations and shipments: what a stock adjustment records. */
public enum AdjustmentReason {
    /** A person counted the units on the shelf; the count replaces what the books said. */
    COUNT,
    /** Units were found damaged and cannot be sold. */
    DAMAGE,
    /** Units are missing (theft, loss, a picking error found later). */
    SHRINKAGE,
    /** Units turned up that the books did not know of. */
    FOUND
}

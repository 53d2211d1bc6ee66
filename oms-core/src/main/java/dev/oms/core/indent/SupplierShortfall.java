// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.indent;

import dev.oms.spi.event.Bucket;

/** What becomes of units a supplier does not commit. */
public enum SupplierShortfall {
    /** Cancelled; the customer is told and not charged for them. */
    CANCEL(Bucket.CANCELLED),
    /** Backordered: they wait for ordinary stock, behind the SKU's pre-orders. */
    BACKORDER(Bucket.BACKORDERED),
    /** Sourced again from stock: reserved if there is stock, else backordered or cancelled as for any order. */
    RESOURCE(Bucket.PENDING);

    private final Bucket to;

    SupplierShortfall(Bucket to) {
        this.to = to;
    }

    /** {@return the bucket the units move to} */
    public Bucket to() {
        return to;
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.indent;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Require;

/** Pending units of a line to buy from a supplier for this order, under a new purchase id. */
public record Indent(PurchaseId purchaseId, LineId lineId, long quantity, LocationId supplier) {
    public Indent {
        Require.nonNull(purchaseId, "purchaseId");
        Require.nonNull(lineId, "lineId");
        Require.nonNull(supplier, "supplier");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Units of an order line inside a package: what a packer puts in, and what a packed package holds. */
public record PackageItem(LineId lineId, long quantity) {
    public PackageItem {
        Require.nonNull(lineId, "lineId");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}

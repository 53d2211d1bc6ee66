// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Units of an order line inside a package: what a packer puts in, and what a packed package holds.
 *
 * @param lineId the order line the units belong to
 * @param quantity how many units; positive
 */
public record PackageItem(LineId lineId, long quantity) {
    /**
     * Checks the item.
     *
     * @param lineId the order line the units belong to
     * @param quantity how many units; positive
     * @throws NullPointerException if {@code lineId} is null
     * @throws IllegalArgumentException if {@code quantity} is not positive
     */
    public PackageItem {
        Require.nonNull(lineId, "lineId");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }

    /**
     * {@return the text a record's {@code toString} gives}, written out: a packing's fingerprint digests it (the same
     * text for the same item, always), and the generated one formats it anew with a formatter each time
     */
    @Override
    public String toString() {
        return "PackageItem[lineId=" + lineId + ", quantity=" + quantity + "]";
    }
}

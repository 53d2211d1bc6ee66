// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.fulfilment;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * Units of one order line in a fulfilment request.
 *
 * @param lineId the order line, which the provider's answers name
 * @param sku the SKU to ship
 * @param quantity how many units; positive
 */
public record FulfilmentItem(LineId lineId, Sku sku, long quantity) {
    /**
     * Checks the item.
     *
     * @param lineId the order line
     * @param sku the SKU to ship
     * @param quantity how many units; positive
     * @throws IllegalArgumentException if {@code quantity} is not positive
     */
    public FulfilmentItem {
        Require.nonNull(lineId, "lineId");
        Require.nonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}

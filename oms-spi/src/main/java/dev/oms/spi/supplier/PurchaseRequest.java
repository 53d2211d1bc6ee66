// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.supplier;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * A request to a supplier for units of one order line.
 *
 * @param purchaseId unique per purchase and stable across retries: the idempotency key
 * @param orderId the order the units are for
 * @param supplier the supplier, a location of type {@code SUPPLIER}
 * @param sku the SKU to buy
 * @param quantity how many units; positive
 */
public record PurchaseRequest(PurchaseId purchaseId, OrderId orderId, LocationId supplier, Sku sku, long quantity) {
    /**
     * Checks the request.
     *
     * @param purchaseId unique per purchase and stable across retries
     * @param orderId the order the units are for
     * @param supplier the supplier, a location of type {@code SUPPLIER}
     * @param sku the SKU to buy
     * @param quantity how many units; positive
     * @throws IllegalArgumentException if {@code quantity} is not positive
     */
    public PurchaseRequest {
        Require.nonNull(purchaseId, "purchaseId");
        Require.nonNull(orderId, "orderId");
        Require.nonNull(supplier, "supplier");
        Require.nonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Require;

/**
 * Goods received at a location against an indent purchase, for {@link Inbound#receivePurchase}.
 *
 * @param idempotencyKey the receipt's id (a delivery-note number, say): receiving again under it adds nothing
 * @param purchaseId the purchase the goods were bought under
 * @param location where the goods arrived
 * @param quantity how many units arrived
 */
public record PurchaseReceipt(String idempotencyKey, PurchaseId purchaseId, LocationId location, long quantity) {
    /**
     * Refuses a blank key and null components.
     *
     * @param idempotencyKey the receipt's id (a delivery-note number, say): receiving again under it adds nothing
     * @param purchaseId the purchase the goods were bought under
     * @param location where the goods arrived
     * @param quantity how many units arrived
     */
    public PurchaseReceipt {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(purchaseId, "purchaseId");
        Require.nonNull(location, "location");
    }
}

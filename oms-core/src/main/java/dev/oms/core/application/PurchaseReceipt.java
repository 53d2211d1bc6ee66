package dev.oms.core.application;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;

/**
 * Goods received at a location against an indent purchase.
 *
 * @param operationKey the receipt's id: receiving again under it adds nothing
 */
public record PurchaseReceipt(String operationKey, String purchaseId, LocationId locationId, long quantity) {
    public PurchaseReceipt {
        Require.nonBlank(operationKey, "operationKey");
        Require.nonBlank(purchaseId, "purchaseId");
        Require.nonNull(locationId, "locationId");
    }
}

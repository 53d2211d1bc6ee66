package dev.oms.core.application;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * Units of a SKU received at a location (a goods receipt). The quantity is a raw number on purpose: a
 * non-positive one is reported as {@code QUANTITY_NOT_POSITIVE}, not thrown.
 *
 * @param operationKey the receipt's id: receiving again under it adds no stock
 */
public record StockReceipt(String operationKey, Sku sku, LocationId locationId, long quantity) {
    public StockReceipt {
        Require.nonBlank(operationKey, "operationKey");
        Require.nonNull(sku, "sku");
        Require.nonNull(locationId, "locationId");
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit.inmemory;

import dev.oms.inmemory.InMemoryInventoryStore;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import dev.oms.testkit.InventoryStoreContract;

class InMemoryInventoryStoreContractTest extends InventoryStoreContract {
    @Override
    protected InventoryStore emptyStore() {
        return new InMemoryInventoryStore();
    }

    @Override
    protected void addLocation(InventoryStore store, Location location) {
        ((InMemoryInventoryStore) store).addLocation(location);
    }

    @Override
    protected void setStock(InventoryStore store, Sku sku, LocationId locationId, long onHand, String bin) {
        ((InMemoryInventoryStore) store).setStock(sku, locationId, onHand, bin);
    }
}

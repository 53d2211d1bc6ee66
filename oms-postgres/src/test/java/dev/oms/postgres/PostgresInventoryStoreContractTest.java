// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import dev.oms.testkit.InventoryStoreContract;

/** The inventory contract with the default locking, conditional updates. */
class PostgresInventoryStoreContractTest extends InventoryStoreContract {
    @Override
    protected InventoryStore emptyStore() {
        return new PostgresInventoryStore(TestDatabase.reset(), ReservationLocking.CONDITIONAL_UPDATE);
    }

    @Override
    protected void addLocation(InventoryStore store, Location location) {
        ((PostgresInventoryStore) store).addLocation(location);
    }

    @Override
    protected void setStock(InventoryStore store, Sku sku, LocationId locationId, long onHand, String bin) {
        ((PostgresInventoryStore) store).setStock(sku, locationId, onHand, bin);
    }
}

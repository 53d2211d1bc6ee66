// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;

/**
 * The store under test of the {@link InventoryStore} contract parts ({@link InventoryReservationContract},
 * {@link InventoryMovementContract}, {@link InventoryRingFenceContract}, {@link InventoryAdjustmentContract},
 * {@link InventoryRaceContract}):
 * {@link InventoryStoreContract} implements it over an adapter's fresh store, stocked before every test.
 */
public interface InventoryStoreFixture {
    /** {@return the store under test, stocked for this test} */
    InventoryStore inventory();

    /**
     * Sets the units on hand and the bin of a SKU at a location of the store under test, as the host's setup does.
     *
     * @param sku the SKU
     * @param locationId the location
     * @param onHand the units on hand
     * @param bin the bin the units are kept in
     */
    void restock(Sku sku, LocationId locationId, long onHand, String bin);

    /**
     * Adds or replaces a location of the store under test, as the host's setup does.
     *
     * @param location the location, replacing any of the same id
     */
    void relocate(Location location);

    /** {@return the racers per concurrency test} */
    int racers();

    /** {@return the reservations each racer makes in the no-oversell test} */
    int callsPerRacer();

    /**
     * The store's record of a SKU at a location; fails the test when there is none.
     *
     * @param sku the SKU
     * @param locationId the location
     * @return the SKU's stock level there
     */
    default StockLevel level(Sku sku, LocationId locationId) {
        return inventory().stockOf(sku).stream().filter(l -> l.locationId().equals(locationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no stock record of " + sku + " at " + locationId));
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.CONSOLE;
import static dev.oms.testkit.ContractFixtures.SHOES;
import static dev.oms.testkit.ContractFixtures.STORE;
import static dev.oms.testkit.ContractFixtures.WAREHOUSE;

import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link InventoryStore} contract as tests. An adapter's test class extends this, returns a fresh,
 * empty store from {@link #emptyStore()} and says how a host sets up locations and stock on it. The tests
 * live in the contract parts this class implements, one per concern: {@link InventoryReservationContract},
 * {@link InventoryMovementContract}, {@link InventoryRingFenceContract}, {@link InventoryAdjustmentContract}, {@link InventoryTransferContract},
 * {@link InventoryHistoryContract} and {@link InventoryRaceContract}.
 */
public abstract class InventoryStoreContract implements InventoryReservationContract, InventoryMovementContract,
        InventoryRingFenceContract, InventoryAdjustmentContract, InventoryTransferContract, InventoryHistoryContract,
        InventoryRaceContract {
    /** Racers per concurrency test; an adapter may lower it for a small connection pool. */
    protected int racers = 8;
    /** Reservations each racer makes in the no-oversell test. */
    protected int callsPerRacer = 150;

    private InventoryStore inventory;

    /** {@return a fresh store of the adapter under test, with no locations and no stock; called before every test} */
    protected abstract InventoryStore emptyStore();

    /**
     * Adds or replaces a location, as the host's setup does.
     *
     * @param store the store made by {@link #emptyStore()}
     * @param location the location, replacing any of the same id
     */
    protected abstract void addLocation(InventoryStore store, Location location);

    /**
     * Sets the units on hand and the bin of a SKU at a location, keeping what is reserved.
     *
     * @param store the store made by {@link #emptyStore()}
     * @param sku the SKU
     * @param locationId the location, added before
     * @param onHand the units on hand
     * @param bin the bin the units are kept in
     */
    protected abstract void setStock(InventoryStore store, Sku sku, LocationId locationId, long onHand, String bin);

    @BeforeEach
    void stockUp() {
        inventory = emptyStore();
        addLocation(inventory, Location.of(WAREHOUSE, "Main warehouse", LocationType.WAREHOUSE, 1));
        addLocation(inventory, Location.of(STORE, "High street", LocationType.STORE, 2));
        setStock(inventory, SHOES, WAREHOUSE, 12_000, "A-01");
        setStock(inventory, SHOES, STORE, 5, "FLOOR");
        setStock(inventory, CONSOLE, WAREHOUSE, 3, "B-07");
    }

    @Override
    public final InventoryStore inventory() {
        return inventory;
    }

    @Override
    public final void restock(Sku sku, LocationId locationId, long onHand, String bin) {
        setStock(inventory, sku, locationId, onHand, bin);
    }

    @Override
    public final void relocate(Location location) {
        addLocation(inventory, location);
    }

    @Override
    public final int racers() {
        return racers;
    }

    @Override
    public final int callsPerRacer() {
        return callsPerRacer;
    }
}

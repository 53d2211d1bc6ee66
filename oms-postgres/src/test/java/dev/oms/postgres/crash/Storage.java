// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres.crash;

import dev.oms.inmemory.InMemoryInventoryStore;
import dev.oms.inmemory.InMemoryOrderStore;
import dev.oms.postgres.PostgresInventoryStore;
import dev.oms.postgres.PostgresOrderStore;
import dev.oms.postgres.TestDatabase;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;

/** The storage a crash scenario runs on: the in-memory default or PostgreSQL. Both start with the same stock. */
enum Storage {
    IN_MEMORY {
        @Override
        Stores open() {
            var inventory = new InMemoryInventoryStore()
                    .addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                    .addLocation(Location.of(WEST, "West warehouse", LocationType.WAREHOUSE, 2))
                    .setStock(SHOE, EAST, 10, "E-SHOE").setStock(SHOE, WEST, 5, "W-SHOE")
                    .setStock(SOCK, EAST, 10, "E-SOCK");
            return new Stores(new InMemoryOrderStore(), inventory);
        }
    },
    POSTGRES {
        @Override
        Stores open() {
            var dataSource = TestDatabase.reset();
            var inventory = new PostgresInventoryStore(dataSource)
                    .addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                    .addLocation(Location.of(WEST, "West warehouse", LocationType.WAREHOUSE, 2))
                    .setStock(SHOE, EAST, 10, "E-SHOE").setStock(SHOE, WEST, 5, "W-SHOE")
                    .setStock(SOCK, EAST, 10, "E-SOCK");
            return new Stores(new PostgresOrderStore(dataSource), inventory);
        }
    };

    static final LocationId EAST = LocationId.of("WH-EAST");
    static final LocationId WEST = LocationId.of("WH-WEST");
    static final Sku SHOE = Sku.of("SHOE");
    static final Sku SOCK = Sku.of("SOCK");

    /** Fresh, empty order storage and the starting stock. */
    abstract Stores open();

    record Stores(OrderStore orders, InventoryStore inventory) {}
}

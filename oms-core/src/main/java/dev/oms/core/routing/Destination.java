// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;

/** Where the routed units go: to the customer's address, or to a store where the customer collects them. */
public sealed interface Destination {

    /**
     * Whether units at {@code location} can reach this destination: for a ship-to, a location that ships to
     * customers (a warehouse, a ship-from-store store; not a pickup-only store); for a pickup, the store
     * itself when it offers pickup, and, when transfers are allowed, every other location that ships.
     * Whether the location is active is not asked.
     *
     * @param location the location
     * @return whether it can serve this destination
     */
    default boolean servedFrom(Location location) {
        if (this instanceof Pickup pickup) {
            return pickup.store().equals(location.id())
                    ? location.can(LocationCapability.PICKUP_IN_STORE)
                    : pickup.transfersAllowed() && location.shipsToCustomers();
        }
        return location.shipsToCustomers();
    }

    /**
     * Parcels to the customer's address; distances are measured from its coordinates, when geocoded.
     *
     * @param address the customer's address
     */
    record ShipTo(Address address) implements Destination {
        /**
         * Checks the address is given.
         *
         * @param address the customer's address
         */
        public ShipTo {
            Require.nonNull(address, "address");
        }
    }

    /**
     * Click and collect at {@code store}. Without transfers only the store's own stock can serve; with
     * them, other locations may send units to the store, which routing ranks after the store itself.
     *
     * @param store the store where the customer collects
     * @param transfersAllowed whether other locations may send units to the store
     */
    record Pickup(LocationId store, boolean transfersAllowed) implements Destination {
        /**
         * Checks the store is given.
         *
         * @param store the store where the customer collects
         * @param transfersAllowed whether other locations may send units to the store
         */
        public Pickup {
            Require.nonNull(store, "store");
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import java.util.EnumSet;
import java.util.Set;

/** What a location can do for a customer's order, as far as routing is concerned. */
public enum LocationCapability {
    /** Ships parcels to customers (warehouses, drop-shipping suppliers). */
    SHIPS_TO_CUSTOMERS,
    /** A store that ships parcels to customers from its shelves. */
    SHIP_FROM_STORE,
    /** A store where customers collect their orders. */
    PICKUP_IN_STORE;

    /**
     * The capabilities a location of {@code type} has unless the host says otherwise: warehouses, suppliers
     * and third-party fulfilment locations ship to customers; stores ship from store and offer pickup.
     * Locations built by the factories that predate capabilities get these, so existing hosts route as before.
     *
     * @param type the kind of location
     * @return a new, modifiable set of the type's default capabilities
     */
    public static Set<LocationCapability> defaultsFor(LocationType type) {
        return switch (type) {
            case WAREHOUSE, SUPPLIER, THIRD_PARTY -> EnumSet.of(SHIPS_TO_CUSTOMERS);
            case STORE -> EnumSet.of(SHIP_FROM_STORE, PICKUP_IN_STORE);
        };
    }
}

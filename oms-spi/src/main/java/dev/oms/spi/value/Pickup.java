// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Click and collect: the customer collects the order at a store instead of having it shipped.
 *
 * @param store the store the customer collects at; it offers pickup
 *     ({@code dev.oms.spi.inventory.LocationCapability#PICKUP_IN_STORE})
 * @param transferAllowed whether units the store lacks may come from other locations, sent to the store as parcels.
 *     Without it, only the store's own stock serves the order and what it lacks waits for the store's stock
 */
public record Pickup(LocationId store, boolean transferAllowed) {
    /**
     * Checks the pickup.
     *
     * @param store the store the customer collects at
     * @param transferAllowed whether other locations may send units to the store
     */
    public Pickup {
        Require.nonNull(store, "store");
    }

    /**
     * {@return a pickup at {@code store} served from its own stock alone}
     *
     * @param store the store the customer collects at
     */
    public static Pickup atStore(LocationId store) {
        return new Pickup(store, false);
    }

    /**
     * {@return a pickup at {@code store} that other locations may fill what the store lacks for}
     *
     * @param store the store the customer collects at
     */
    public static Pickup withTransfer(LocationId store) {
        return new Pickup(store, true);
    }
}

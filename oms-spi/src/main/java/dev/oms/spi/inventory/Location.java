// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.Address;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A place that holds stock. Stock itself is per SKU in {@link StockLevel}.
 *
 * @param id the location's id
 * @param name the location's name, for people
 * @param type the kind of place
 * @param priority the host's preference when several locations could fulfil a line: lower comes first
 * @param address where the location is; its coordinates let routing measure distances
 * @param active paused locations are never allocated from
 * @param capabilities what the location does for customers: ship, ship from store, pickup
 * @param dailyCapacity units the location can send out per day, when the host limits it
 */
public record Location(
        LocationId id,
        String name,
        LocationType type,
        int priority,
        Optional<Address> address,
        boolean active,
        Set<LocationCapability> capabilities,
        OptionalLong dailyCapacity) {
    /**
     * Checks the location and copies its capabilities.
     *
     * @param id the location's id
     * @param name the location's name; not blank
     * @param type the kind of place
     * @param priority the host's preference among locations: lower comes first
     * @param address where the location is, when known
     * @param active whether it may be allocated from
     * @param capabilities what the location does for customers
     * @param dailyCapacity units it can send out per day; empty for no limit, never negative
     * @throws IllegalArgumentException if {@code name} is blank or {@code dailyCapacity} is negative
     */
    public Location {
        Require.nonNull(id, "id");
        Require.nonBlank(name, "name");
        Require.nonNull(type, "type");
        Require.nonNull(address, "address");
        Require.nonNull(capabilities, "capabilities");
        Require.nonNull(dailyCapacity, "dailyCapacity");
        // An enum set keeps a stable iteration order, so equal locations print and compare alike.
        EnumSet<LocationCapability> copy = EnumSet.noneOf(LocationCapability.class);
        copy.addAll(capabilities);
        capabilities = Collections.unmodifiableSet(copy);
        if (dailyCapacity.isPresent() && dailyCapacity.getAsLong() < 0) {
            throw new IllegalArgumentException("dailyCapacity cannot be negative, was " + dailyCapacity.getAsLong());
        }
    }

    /**
     * A location with the default capabilities of its type and no capacity limit.
     *
     * @param id the location's id
     * @param name the location's name; not blank
     * @param type the kind of place, which sets the capabilities
     * @param priority the host's preference among locations: lower comes first
     * @param address where the location is, when known
     * @param active whether it may be allocated from
     */
    public Location(LocationId id, String name, LocationType type, int priority, Optional<Address> address, boolean active) {
        this(id, name, type, priority, address, active, LocationCapability.defaultsFor(type), OptionalLong.empty());
    }

    /**
     * {@return an active location without an address, with the default capabilities of its type}
     *
     * @param id the location's id
     * @param name the location's name; not blank
     * @param type the kind of place, which sets the capabilities
     * @param priority the host's preference among locations: lower comes first
     */
    public static Location of(LocationId id, String name, LocationType type, int priority) {
        return new Location(id, name, type, priority, Optional.empty(), true);
    }

    /**
     * {@return this location at {@code address}}
     *
     * @param address where the location is
     */
    public Location withAddress(Address address) {
        return new Location(id, name, type, priority, Optional.of(address), active, capabilities, dailyCapacity);
    }

    /**
     * {@return this location, active or paused}
     *
     * @param active whether it may be allocated from
     */
    public Location withActive(boolean active) {
        return new Location(id, name, type, priority, address, active, capabilities, dailyCapacity);
    }

    /**
     * {@return this location with exactly these capabilities}
     *
     * @param capabilities what the location does for customers
     */
    public Location withCapabilities(Set<LocationCapability> capabilities) {
        return new Location(id, name, type, priority, address, active, capabilities, dailyCapacity);
    }

    /**
     * {@return this location sending out at most {@code units} per day}
     *
     * @param units the daily limit; not negative
     */
    public Location withDailyCapacity(long units) {
        return new Location(id, name, type, priority, address, active, capabilities, OptionalLong.of(units));
    }

    /**
     * {@return whether the location has this capability}
     *
     * @param capability the capability asked about
     */
    public boolean can(LocationCapability capability) {
        return capabilities.contains(capability);
    }

    /** {@return whether the location sends parcels to customers, as a warehouse or as a store shipping from its shelves} */
    public boolean shipsToCustomers() {
        return can(LocationCapability.SHIPS_TO_CUSTOMERS) || can(LocationCapability.SHIP_FROM_STORE);
    }

    /** {@return the location's coordinates, when its address has them} */
    public Optional<Coordinates> coordinates() {
        return address.flatMap(Address::coordinates);
    }
}

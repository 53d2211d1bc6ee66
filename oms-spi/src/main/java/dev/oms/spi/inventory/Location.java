package dev.oms.spi.inventory;

import dev.oms.spi.value.Address;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import java.util.Optional;

/**
 * A place that holds stock.
 *
 * @param priority the host's preference when several locations could fulfil a line: lower comes first
 * @param active paused locations are never allocated from
 */
public record Location(
        LocationId id, String name, LocationType type, int priority, Optional<Address> address, boolean active) {
    public Location {
        Require.nonNull(id, "id");
        Require.nonBlank(name, "name");
        Require.nonNull(type, "type");
        Require.nonNull(address, "address");
    }

    /** An active location without an address. */
    public static Location of(LocationId id, String name, LocationType type, int priority) {
        return new Location(id, name, type, priority, Optional.empty(), true);
    }
}

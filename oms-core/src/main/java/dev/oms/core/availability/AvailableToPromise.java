package dev.oms.core.availability;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What a storefront may still promise of one SKU.
 *
 * @param byLocation per location with a record of the SKU, by location id
 * @param total units promisable over every active location
 */
public record AvailableToPromise(Sku sku, List<LocationAvailability> byLocation, long total) {

    public AvailableToPromise {
        Require.nonNull(sku, "sku");
        Require.nonNull(byLocation, "byLocation");
        if (total < 0) {
            throw new IllegalArgumentException("total cannot be negative");
        }
    }

    public Option<LocationAvailability> at(LocationId location) {
        return byLocation.find(l -> l.locationId().equals(location));
    }

    /** Units promisable at one location; zero where it has no record or is paused. */
    public long availableAt(LocationId location) {
        return at(location).map(LocationAvailability::promisable).getOrElse(0L);
    }
}

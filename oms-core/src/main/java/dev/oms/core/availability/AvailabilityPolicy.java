package dev.oms.core.availability;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.Sku;
import dev.oms.spi.value.LocationId;
import io.vavr.collection.List;
import io.vavr.collection.Map;

/**
 * Works out a SKU's availability to promise from the locations and their stock. A pure function.
 *
 * <p>The extension point for promising units that are not on hand yet (pre-order or backorder headroom,
 * expected receipts): a policy that adds them to what {@link #fromStock()} computes, plugged into the
 * facade's builder. The default promises stock only.
 */
@FunctionalInterface
public interface AvailabilityPolicy {

    AvailableToPromise of(Sku sku, List<Location> locations, List<StockLevel> stock);

    /**
     * On hand less reserved (orders and live holds) less ring-fenced, per location; the total over active
     * locations. Stock at a location the host does not list is not promised.
     */
    static AvailabilityPolicy fromStock() {
        return (sku, locations, stock) -> {
            Map<LocationId, Location> byId = locations.toMap(Location::id, l -> l);
            List<LocationAvailability> byLocation = stock
                    .filter(level -> level.sku().equals(sku))
                    .flatMap(level -> byId.get(level.locationId()).map(l -> LocationAvailability.of(level, l.active())))
                    .sortBy(LocationAvailability::locationId);
            long total = byLocation.map(LocationAvailability::promisable).sum().longValue();
            return new AvailableToPromise(sku, byLocation, total);
        };
    }
}

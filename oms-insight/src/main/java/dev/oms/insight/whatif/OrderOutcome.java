// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.Slot;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import io.vavr.Tuple2;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where one order's units ended up at the period's end, and what is still waiting or was given up. The same function
 * reads a stored order and a replayed one, so the two compare figure by figure.
 *
 * <p>A unit counts at the location that holds it for the order ({@code ALLOCATED}, {@code PICKED}, {@code PACKED})
 * or that shipped it (the location of every shipped package, whatever became of its units after: delivered, returned,
 * claimed). Each location with units is one shipment; its distance is the great-circle distance from the location to
 * the order's ship-to address when both have coordinates, and a leg without them is counted apart, never guessed.
 *
 * @param orderId the order
 * @param refused true when the replay's placement was refused (the order does not exist in that run)
 * @param unitsAt units allocated or shipped per location, by location id
 * @param wanted units ordered and not cancelled; all of a refused order's units
 * @param backordered units waiting for stock
 * @param backorderUnitSeconds the backordered units' ages summed, in seconds since placement
 * @param preordered units waiting for a release
 * @param cancelled units cancelled
 * @param kilometres the measured legs' distances summed
 * @param unmeasuredLegs shipments whose location or ship-to has no coordinates
 */
public record OrderOutcome(OrderId orderId, boolean refused, Map<LocationId, Long> unitsAt, long wanted, long backordered,
        long backorderUnitSeconds, long preordered, long cancelled, double kilometres, int unmeasuredLegs) {

    /**
     * Copies the units per location into location order.
     *
     * @param orderId the order
     * @param refused true when the replay's placement was refused
     * @param unitsAt units allocated or shipped per location
     * @param wanted units ordered and not cancelled
     * @param backordered units waiting for stock
     * @param backorderUnitSeconds the backordered units' ages summed, in seconds
     * @param preordered units waiting for a release
     * @param cancelled units cancelled
     * @param kilometres the measured legs' distances summed
     * @param unmeasuredLegs shipments without coordinates at either end
     */
    public OrderOutcome {
        Objects.requireNonNull(orderId, "orderId is null");
        unitsAt = java.util.Collections.unmodifiableMap(new TreeMap<>(unitsAt));
    }

    /** {@return the units allocated or shipped} */
    public long filled() {
        return unitsAt.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@return the shipments the order makes: one per location with units} */
    public int shipments() {
        return unitsAt.size();
    }

    /**
     * Reads an order as it stands at {@code end}.
     *
     * @param order the order
     * @param locations the locations by id
     * @param end the instant the backordered units are aged at
     * @return its outcome
     */
    public static OrderOutcome of(Order order, Map<LocationId, Location> locations, Instant end) {
        Map<LocationId, Long> unitsAt = new TreeMap<>();
        long wanted = 0;
        long backordered = 0;
        long preordered = 0;
        long cancelled = 0;
        for (Line line : order.lines().values()) {
            for (Tuple2<Slot, Long> slot : line.units()) {
                if (slot._1.location().isDefined() && slot._2 > 0) {
                    unitsAt.merge(slot._1.location().get(), slot._2, Long::sum);
                }
            }
            wanted += line.active();
            backordered += line.count(Bucket.BACKORDERED);
            preordered += line.count(Bucket.PREORDERED);
            cancelled += line.count(Bucket.CANCELLED);
        }
        for (OrderPackage pkg : order.packages().values()) {
            if (pkg.isShipped()) {
                unitsAt.merge(pkg.location(), pkg.totalUnits(), Long::sum);
            }
        }
        double kilometres = 0;
        int unmeasured = 0;
        for (LocationId location : unitsAt.keySet()) {
            Optional<Coordinates> from = Optional.ofNullable(locations.get(location)).flatMap(Location::coordinates);
            Optional<Coordinates> to = order.shipTo().coordinates();
            if (from.isPresent() && to.isPresent()) {
                kilometres += from.get().kilometresTo(to.get()); // as routing measures distance, so the figures rank alike
            } else {
                unmeasured++;
            }
        }
        long age = Math.max(0, Duration.between(order.placedAt(), end).toSeconds());
        return new OrderOutcome(order.id(), false, unitsAt, wanted, backordered, backordered * age, preordered, cancelled,
                kilometres, unmeasured);
    }

    /**
     * {@return the outcome of an order the replay refused to place: every unit wanted, none filled}
     *
     * @param placed the stored order's placement
     */
    public static OrderOutcome refused(OrderPlaced placed) {
        long units = placed.lines().stream().mapToLong(PlacedLine::quantity).sum();
        return new OrderOutcome(placed.orderId(), true, Map.of(), units, 0, 0, 0, 0, 0, 0);
    }
}

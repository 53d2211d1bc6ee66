package dev.oms.core.allocation;

import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.OrderEvent.Reservation;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Chooses where an order's pending units are reserved. A pure function of the order and a snapshot of
 * stock: it must not reserve anything itself, and equal inputs must give equal plans (design invariant 8).
 * Hosts plug in their own; the default is {@link LocationPriorityAllocation}.
 */
@FunctionalInterface
public interface AllocationPolicy {

    /**
     * Plans reservations covering every pending unit, or says exactly what is short.
     *
     * @param locations every known location, active or not
     * @param stock stock levels of the SKUs the order's pending lines need
     */
    Either<Rejection, List<Reservation>> plan(Order order, List<Location> locations, List<StockLevel> stock);
}

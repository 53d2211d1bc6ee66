// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.availability.AvailabilityPolicy;
import dev.oms.core.availability.AvailabilityQuery;
import dev.oms.core.availability.AvailableToPromise;
import dev.oms.core.availability.BackorderHeadroom;
import dev.oms.core.availability.Headroom;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Availability to promise as placement would grant it: the stock a new order is shown (less the units the
 * SKU's restock queue is owed, none before release) and the pre-order and backorder headroom, from the
 * same catalogue, policies and waiting orders that {@link Allocation} decides with.
 */
final class AvailabilityDesk {
    private final Ports ports;
    private final WaitingOrders waiting;
    private final PreorderPolicy preorders;
    private final BackorderPolicy backorders;
    private final AvailabilityPolicy availability;

    AvailabilityDesk(Ports ports, WaitingOrders waiting, PreorderPolicy preorders, BackorderPolicy backorders,
            AvailabilityPolicy availability) {
        this.ports = ports;
        this.waiting = waiting;
        this.preorders = preorders;
        this.backorders = backorders;
        this.availability = availability;
    }

    AvailableToPromise of(Sku sku, Option<Channel> channel) {
        return of(channel.fold(() -> AvailabilityQuery.of(sku), AvailabilityQuery.of(sku)::forChannel), List.empty());
    }

    /**
     * The query's answer: stock as a new order is shown it, then the units of the asking checkout's own live
     * holds ({@code ownHeld}) counted as available again, over the locations the query counts.
     */
    AvailableToPromise of(AvailabilityQuery query, List<StockMovement> ownHeld) {
        Sku sku = query.sku();
        Option<Channel> channel = Option.ofOptional(query.channel());
        Instant now = ports.clock().instant();
        Option<Product> product = Option.ofOptional(ports.catalog().find(sku));
        // The asking checkout's own holds promise it units: they are its own room, not others' demand.
        WaitingDemand demand = waiting.demandOf(List.of(sku), query.excludedHolds());
        // Placement takes no stock for an unreleased product (its orders are pre-orders), nor for a SKU
        // the catalogue does not know (its orders are refused).
        List<Location> locations = List.ofAll(ports.inventory().locations());
        // Nor for an untracked SKU, whose units are always available: its headroom is unlimited.
        List<StockLevel> stock = product.forAll(p -> p.isUnreleasedAt(now) || !p.stockTracked()) ? List.empty()
                : withoutHeld(demand.shownToNewOrders(List.ofAll(ports.inventory().stockOf(sku)), locations), ownHeld);
        List<Location> counted = locations.filter(query::counts);
        Headroom headroom = Headroom.of(sku, product, now, channel, preorders, BackorderHeadroom.of(backorders, sku, channel,
                counted.filter(l -> l.active() && l.shipsToCustomers()), demand, inTransit(sku)), demand);
        // The waiting queue is served from every location above; only the answer is narrowed to the query's.
        return availability.of(sku, counted, stock, headroom);
    }

    /** The stock with the held units no longer counted as reserved: the hold's checkout may take them. */
    private static List<StockLevel> withoutHeld(List<StockLevel> stock, List<StockMovement> held) {
        return stock.map(level -> {
            long units = held.filter(m -> m.sku().equals(level.sku()) && m.locationId().equals(level.locationId()))
                    .map(StockMovement::quantity).sum().longValue();
            return units == 0 ? level : new StockLevel(level.sku(), level.locationId(), level.onHand(),
                    Math.max(0, level.reserved() - units), level.ringFenced(), level.bin());
        });
    }

    /** The SKU's transfers in transit, read only when the SKU may be backordered: the only case they are promised. */
    private List<StockTransfer> inTransit(Sku sku) {
        return backorders.mayBackorder(sku) ? List.ofAll(ports.inventory().inTransit(sku)) : List.empty();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.core.application.OrderQueries;
import dev.oms.core.order.Order;
import dev.oms.insight.reports.ReportPeriod;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a period's replay starts from and plays: the shop (locations and products), the stock at the period's start,
 * the stock that arrived during it, and the orders placed in it. Plain values, so a host can assemble them from
 * anywhere; {@link #read} assembles the orders from the facade.
 *
 * @param period the placement period {@code [from, to)}; the orders are read as they stood at its last instant, and
 *     their waiting units aged at {@code to}
 * @param locations every location, with the addresses routing measures distances from
 * @param products the catalogue
 * @param startingStock the stock at the period's start; a replay puts each level's available units on the shelf
 *     ({@link StockLevel#available()}: on hand less reserved and ring-fenced), since the orders that held the rest were
 *     placed before the period and are not replayed
 * @param arrivals stock that arrived during the period; those outside it are passed over
 * @param orders the orders placed in the period, in placement order
 */
public record WhatIfHistory(ReportPeriod period, List<Location> locations, List<Product> products,
        List<StockLevel> startingStock, List<StockArrival> arrivals, List<PastOrder> orders) {

    /**
     * Copies the lists, refusing nulls.
     *
     * @param period the placement period
     * @param locations every location
     * @param products the catalogue
     * @param startingStock the stock at the period's start
     * @param arrivals stock that arrived during the period
     * @param orders the orders placed in the period, in placement order
     */
    public WhatIfHistory {
        Objects.requireNonNull(period, "period is null");
        locations = List.copyOf(locations);
        products = List.copyOf(products);
        startingStock = List.copyOf(startingStock);
        arrivals = List.copyOf(arrivals);
        orders = List.copyOf(orders);
    }

    /**
     * Reads the orders placed in the period through the facade: their ids a page at a time, in placement order; each
     * one's log, for its placement and the host's cancellations; and its state at the period's last instant
     * ({@link OrderQueries#asOf}).
     *
     * @param queries the facade's queries over the stored orders
     * @param logs the stored logs of those orders
     * @param period the placement period
     * @param locations every location
     * @param products the catalogue
     * @param startingStock the stock at the period's start, e.g. from a stock-as-of query
     * @param arrivals stock that arrived during the period
     * @return the history
     */
    public static WhatIfHistory read(OrderQueries queries, OrderLogs logs, ReportPeriod period, List<Location> locations,
            List<Product> products, List<StockLevel> startingStock, List<StockArrival> arrivals) {
        Objects.requireNonNull(queries, "queries is null");
        Objects.requireNonNull(logs, "logs is null");
        Objects.requireNonNull(period, "period is null");
        Instant last = lastInstant(period);
        List<PastOrder> orders = new ArrayList<>();
        Page.forEach(queries::orderIds, 100, id -> {
            List<OrderCommit> log = logs.log(id);
            if (log.isEmpty() || !period.contains(((OrderPlaced) log.get(0).events().get(0)).placedAt())) {
                return;
            }
            Order atEnd = queries.asOf(id, last).orElseThrow(() -> new IllegalStateException(
                    "order " + id + " was placed in " + period + " but its store has nothing for it at " + last));
            orders.add(PastOrder.read(log, atEnd, period.to()));
        });
        return new WhatIfHistory(period, locations, products, startingStock, arrivals, orders);
    }

    /** {@return the period's last instant, at which every outcome is taken} */
    public Instant end() {
        return lastInstant(period);
    }

    private static Instant lastInstant(ReportPeriod period) {
        return period.to().equals(period.from()) ? period.from() : period.to().minusNanos(1);
    }
}

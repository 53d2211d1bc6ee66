// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.OrderQueries;
import dev.oms.core.order.Order;
import dev.oms.insight.reports.ReportPeriod;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockChange;
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

    /**
     * Reads the whole history from the facade: the orders as {@link #read(OrderQueries, OrderLogs, ReportPeriod, List,
     * List, List, List)} does, their logs through {@link OrderQueries#log}, and the stock from the inventory's stock log
     * ({@code stocktaking().stockAsOf} and {@code stockChanges}) for the products' SKUs: the stock as it stood just
     * before the period, and as arrivals every change during it that brought units on hand and moved nothing else (a
     * receipt, units found, a transfer received, stock set up). Changes that took units away (a count down, a loss, a
     * transfer sent) are not replayed.
     *
     * @param oms the facade over the stored orders and stock
     * @param period the placement period
     * @param locations every location
     * @param products the catalogue; its SKUs' stock is read
     * @return the history
     * @throws IllegalStateException when the inventory store keeps no stock history: give the stock yourself with
     *     {@link #read(OrderQueries, OrderLogs, ReportPeriod, List, List, List, List)}
     */
    public static WhatIfHistory read(OrderManagement oms, ReportPeriod period, List<Location> locations, List<Product> products) {
        Objects.requireNonNull(oms, "oms is null");
        Instant before = period.from().minusNanos(1);
        Instant last = lastInstant(period);
        List<StockLevel> starting = new ArrayList<>();
        List<StockArrival> arrivals = new ArrayList<>();
        for (Product product : products) {
            starting.addAll(oms.stocktaking().stockAsOf(product.sku(), before).orElseThrow(WhatIfHistory::noStockHistory));
            for (StockChange change : oms.stocktaking().stockChanges(product.sku(), before, last).orElseThrow(WhatIfHistory::noStockHistory)) {
                if (change.movesOnHandOnly() && change.onHandChange() > 0) {
                    arrivals.add(new StockArrival(product.sku(), change.after().locationId(), change.onHandChange(), change.at()));
                }
            }
        }
        arrivals.sort(java.util.Comparator.comparing(StockArrival::at));
        return read(oms.queries(), oms.queries()::log, period, locations, products, starting, arrivals);
    }

    private static IllegalStateException noStockHistory() {
        return new IllegalStateException("the inventory store keeps no stock history: give the starting stock and the arrivals");
    }

    /** {@return the period's last instant, at which every outcome is taken} */
    public Instant end() {
        return lastInstant(period);
    }

    private static Instant lastInstant(ReportPeriod period) {
        return period.to().equals(period.from()) ? period.from() : period.to().minusNanos(1);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import dev.oms.insight.forecast.Forecast;
import dev.oms.spi.value.Require;

/**
 * One SKU at one location with what a replenishment decision needs: where its stock stands, its reorder point,
 * the demand of one order cycle, and its supplier's terms.
 *
 * @param position the stock available and on order
 * @param reorderPoint the stock level at which to buy more
 * @param cycleDemand the units expected between two purchases (the order cycle), bought on top of the reorder
 *     point so that a purchase does not trigger the next one at once
 * @param terms the supplier's lead time, minimum order quantity and pack size
 */
public record ReplenishmentItem(StockPosition position, ReorderPoint reorderPoint, double cycleDemand,
        SupplyTerms terms) {

    /**
     * Checks the item.
     *
     * @param position the stock available and on order
     * @param reorderPoint the stock level at which to buy more
     * @param cycleDemand the units expected in one order cycle; finite, not negative
     * @param terms the supplier's terms
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if {@code cycleDemand} is negative or not finite
     */
    public ReplenishmentItem {
        Require.nonNull(position, "position");
        Require.nonNull(reorderPoint, "reorderPoint");
        Require.nonNull(terms, "terms");
        if (!Double.isFinite(cycleDemand) || cycleDemand < 0) {
            throw new IllegalArgumentException("cycleDemand must be finite and not negative, was " + cycleDemand);
        }
    }

    /**
     * {@return the item planned from a forecast: the reorder point over the supplier's lead time at the service
     * level, and the demand of an order cycle of {@code cyclePeriods}}
     *
     * @param position the stock available and on order
     * @param forecast the SKU's demand forecast at the location, with its errors
     * @param terms the supplier's terms
     * @param serviceLevel the chance of no stock-out in a lead time
     * @param cyclePeriods the periods between two purchases; finite, not negative
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if {@code cyclePeriods} is negative or not finite
     */
    public static ReplenishmentItem plan(StockPosition position, Forecast forecast, SupplyTerms terms,
            ServiceLevel serviceLevel, double cyclePeriods) {
        Require.nonNull(forecast, "forecast");
        Require.nonNull(terms, "terms");
        ReorderPoint reorderPoint = ReorderPoint.of(forecast, terms.leadTime(), serviceLevel);
        return new ReplenishmentItem(position, reorderPoint, forecast.unitsOver(cyclePeriods), terms);
    }
}

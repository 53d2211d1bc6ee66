// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import dev.oms.insight.forecast.Forecast;
import java.util.Objects;

/**
 * The stock level at which to buy more: enough for the demand expected while the purchase is on its way, and
 * safety stock for the demand the forecast missed. With {@code d} the forecast units per period, {@code σ} the
 * standard deviation of the one-step forecast error (the forecast's RMSE), {@code L} the lead time in periods
 * and {@code z} the service level's safety factor:
 * <pre>
 *   lead-time demand = d · L
 *   safety stock     = z · σ · √L
 *   reorder point    = d · L + z · σ · √L
 * </pre>
 * The {@code √L} treats the errors of the periods in a lead time as independent, the textbook assumption
 * (e.g. Silver, Pyke &amp; Peterson, <i>Inventory Management and Production Planning and Scheduling</i>, ch. 7);
 * errors that run together would need more.
 *
 * @param leadTimeDemand the units expected during the lead time, {@code d · L}
 * @param safetyStock the units held against forecast error, {@code z · σ · √L}
 */
public record ReorderPoint(double leadTimeDemand, double safetyStock) {

    /**
     * Checks the parts.
     *
     * @param leadTimeDemand {@code d · L}; finite, not negative
     * @param safetyStock {@code z · σ · √L}; finite, not negative
     * @throws IllegalArgumentException if a part is negative or not finite, naming the field
     */
    public ReorderPoint {
        requireUnits(leadTimeDemand, "leadTimeDemand");
        requireUnits(safetyStock, "safetyStock");
    }

    /**
     * {@return the reorder point for a demand rate and error over a lead time, at a service level}
     *
     * @param unitsPerPeriod the forecast demand {@code d}; finite, not negative
     * @param forecastErrorDeviation the standard deviation {@code σ} of the one-step forecast error, in units per
     *     period; finite, not negative
     * @param leadTime the supplier's lead time {@code L}
     * @param serviceLevel the chance of no stock-out in a lead time, which sets {@code z}
     * @throws NullPointerException if {@code leadTime} or {@code serviceLevel} is null
     * @throws IllegalArgumentException if a number is negative or not finite, naming it
     */
    public static ReorderPoint of(double unitsPerPeriod, double forecastErrorDeviation, LeadTime leadTime,
            ServiceLevel serviceLevel) {
        Objects.requireNonNull(leadTime, "leadTime is null");
        Objects.requireNonNull(serviceLevel, "serviceLevel is null");
        requireUnits(unitsPerPeriod, "unitsPerPeriod");
        requireUnits(forecastErrorDeviation, "forecastErrorDeviation");
        double periods = leadTime.periods();
        return new ReorderPoint(unitsPerPeriod * periods,
                serviceLevel.safetyFactor() * forecastErrorDeviation * Math.sqrt(periods));
    }

    /**
     * {@return the reorder point from a forecast: its units per period as {@code d}, its RMSE as {@code σ}}
     *
     * @param forecast the demand forecast and its in-sample errors
     * @param leadTime the supplier's lead time
     * @param serviceLevel the chance of no stock-out in a lead time
     * @throws NullPointerException if an argument is null
     */
    public static ReorderPoint of(Forecast forecast, LeadTime leadTime, ServiceLevel serviceLevel) {
        Objects.requireNonNull(forecast, "forecast is null");
        return of(forecast.unitsPerPeriod(), forecast.errors().rootMeanSquaredError(), leadTime, serviceLevel);
    }

    /** {@return the reorder point in units: lead-time demand plus safety stock} */
    public double units() {
        return leadTimeDemand + safetyStock;
    }

    private static void requireUnits(double value, String field) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + " must be finite and not negative, was " + value);
        }
    }
}

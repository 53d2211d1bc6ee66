// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How far a method's in-sample one-step-ahead forecasts fell from what happened, reported beside every
 * {@link Forecast}. With {@code y_t} the units of period {@code t}, {@code f_t} the forecast of period
 * {@code t} made from the periods before it, {@code e_t = y_t − f_t}, and the sum over the {@code m} scored
 * periods (those the method had a forecast for):
 * <ul>
 *   <li>mean absolute error: {@code MAE = Σ|e_t| / m};
 *   <li>mean squared error: {@code MSE = Σe_t² / m};
 *   <li>root mean squared error: {@code RMSE = √MSE}, in units per period: the estimate of the standard
 *       deviation of the forecast error that safety stock is sized from;
 *   <li>mean absolute scaled error (Hyndman &amp; Koehler, 2006): {@code MASE = MAE / Q}, where
 *       {@code Q = Σ_{t=2..n}|y_t − y_{t−1}| / (n − 1)} is the in-sample MAE of the naive forecast "same as
 *       last period" over the whole series of {@code n} periods. Below 1, the method beat the naive forecast.
 *       Scale-free, and unlike percentage errors defined when demand is zero; empty only when {@code Q} is
 *       zero, a series that never changes, where no error can be scaled.
 * </ul>
 *
 * @param scoredPeriods how many periods had a forecast to score; positive
 * @param meanAbsoluteError MAE, units per period
 * @param meanSquaredError MSE, units² per period
 * @param rootMeanSquaredError RMSE, units per period
 * @param meanAbsoluteScaledError MASE, a plain number; empty when the series never changes
 */
public record ForecastErrors(int scoredPeriods, double meanAbsoluteError, double meanSquaredError,
        double rootMeanSquaredError, OptionalDouble meanAbsoluteScaledError) {

    /**
     * Checks the measures.
     *
     * @param scoredPeriods how many periods had a forecast to score; positive
     * @param meanAbsoluteError MAE; finite, not negative
     * @param meanSquaredError MSE; finite, not negative
     * @param rootMeanSquaredError RMSE; finite, not negative
     * @param meanAbsoluteScaledError MASE; when present finite and not negative
     * @throws NullPointerException if {@code meanAbsoluteScaledError} is null
     * @throws IllegalArgumentException if a count or measure is out of range, naming the field
     */
    public ForecastErrors {
        if (scoredPeriods <= 0) {
            throw new IllegalArgumentException("scoredPeriods must be positive, was " + scoredPeriods);
        }
        requireMeasure(meanAbsoluteError, "meanAbsoluteError");
        requireMeasure(meanSquaredError, "meanSquaredError");
        requireMeasure(rootMeanSquaredError, "rootMeanSquaredError");
        Objects.requireNonNull(meanAbsoluteScaledError, "meanAbsoluteScaledError is null");
        if (meanAbsoluteScaledError.isPresent()) {
            requireMeasure(meanAbsoluteScaledError.getAsDouble(), "meanAbsoluteScaledError");
        }
    }

    /**
     * Scores one-step-ahead forecasts against the series: the forecasts cover the periods from
     * {@code firstScored} to the last.
     */
    static ForecastErrors measure(DemandSeries series, int firstScored, double[] forecasts) {
        int periods = series.periods();
        if (forecasts.length != periods - firstScored || forecasts.length == 0) {
            throw new IllegalArgumentException("forecasts must cover periods " + firstScored + " to " + (periods - 1)
                    + ", had " + forecasts.length);
        }
        double absolute = 0;
        double squared = 0;
        for (int i = 0; i < forecasts.length; i++) {
            double error = series.unitsIn(firstScored + i) - forecasts[i];
            absolute += Math.abs(error);
            squared += error * error;
        }
        double mae = absolute / forecasts.length;
        double mse = squared / forecasts.length;
        return new ForecastErrors(forecasts.length, mae, mse, Math.sqrt(mse), scaled(series, mae));
    }

    private static OptionalDouble scaled(DemandSeries series, double mae) {
        if (series.periods() < 2) {
            return OptionalDouble.empty();
        }
        double naive = 0;
        for (int t = 1; t < series.periods(); t++) {
            naive += Math.abs(series.unitsIn(t) - series.unitsIn(t - 1));
        }
        naive /= series.periods() - 1;
        return naive == 0 ? OptionalDouble.empty() : OptionalDouble.of(mae / naive);
    }

    private static void requireMeasure(double value, String field) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + " must be finite and not negative, was " + value);
        }
    }
}

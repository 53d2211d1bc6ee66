// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import java.util.List;
import java.util.Objects;

/**
 * A demand forecast: the units expected per period from the end of the series on, how it was made, the
 * in-sample one-step-ahead forecasts it was scored on, and their errors.
 *
 * @param method the method that made it
 * @param alpha the smoothing constant the method used, in (0, 1]
 * @param unitsPerPeriod the forecast: expected units in each coming period; finite, not negative
 * @param firstForecastPeriod the first period of the series the method had a one-step-ahead forecast for
 * @param oneStepAhead the one-step-ahead forecasts of periods {@code firstForecastPeriod} to the last, each made
 *     from the periods before it; what {@code errors} scored
 * @param errors how far {@code oneStepAhead} fell from the series
 */
public record Forecast(ForecastMethod method, double alpha, double unitsPerPeriod, int firstForecastPeriod,
        List<Double> oneStepAhead, ForecastErrors errors) {

    /**
     * Checks the forecast and copies the one-step-ahead forecasts.
     *
     * @param method the method that made it
     * @param alpha the smoothing constant, in (0, 1]
     * @param unitsPerPeriod the forecast; finite, not negative
     * @param firstForecastPeriod the first period with a one-step-ahead forecast; not negative
     * @param oneStepAhead the one-step-ahead forecasts; as many as {@code errors} scored
     * @param errors the in-sample errors
     * @throws NullPointerException if an argument or a forecast is null
     * @throws IllegalArgumentException if a number is out of range or the forecasts and errors disagree in count
     */
    public Forecast {
        Objects.requireNonNull(method, "method is null");
        Objects.requireNonNull(errors, "errors is null");
        SmoothingConstant.check(alpha);
        if (!Double.isFinite(unitsPerPeriod) || unitsPerPeriod < 0) {
            throw new IllegalArgumentException("unitsPerPeriod must be finite and not negative, was " + unitsPerPeriod);
        }
        if (firstForecastPeriod < 0) {
            throw new IllegalArgumentException("firstForecastPeriod must not be negative, was " + firstForecastPeriod);
        }
        oneStepAhead = List.copyOf(Objects.requireNonNull(oneStepAhead, "oneStepAhead is null"));
        if (oneStepAhead.size() != errors.scoredPeriods()) {
            throw new IllegalArgumentException("oneStepAhead has " + oneStepAhead.size() + " forecasts but errors scored "
                    + errors.scoredPeriods());
        }
    }

    /**
     * {@return the units expected over a number of coming periods: the per-period forecast times the periods}
     *
     * @param periods how many periods ahead; finite, not negative (a lead time may be a fraction of a period)
     * @throws IllegalArgumentException if {@code periods} is negative or not finite
     */
    public double unitsOver(double periods) {
        if (!Double.isFinite(periods) || periods < 0) {
            throw new IllegalArgumentException("periods must be finite and not negative, was " + periods);
        }
        return unitsPerPeriod * periods;
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import java.util.Objects;

/**
 * Picks the forecasting method a demand history calls for and applies it: simple exponential smoothing (level
 * started at the first period) for {@link DemandPattern#SMOOTH} demand, and the Syntetos–Boylan approximation
 * for the other three patterns, where Syntetos, Boylan &amp; Croston (2005) found it the more accurate of
 * Croston's method and its correction.
 */
public final class DemandForecaster {
    private DemandForecaster() {}

    /**
     * {@return the forecast of the method the series' {@link DemandProfile} calls for}
     *
     * @param series the demand history; at least two periods, and for non-smooth demand at least one period
     *     after the first demand (or none with demand)
     * @param alpha the smoothing constant, in (0, 1]
     * @throws NullPointerException if {@code series} is null
     * @throws IllegalArgumentException if {@code alpha} is out of range or the series leaves no period to score
     */
    public static Forecast forecast(DemandSeries series, double alpha) {
        Objects.requireNonNull(series, "series is null");
        if (DemandProfile.of(series).pattern().isSmooth()) {
            return new SimpleExponentialSmoothing(alpha).forecast(series);
        }
        return new Croston(alpha).forecastBiasCorrected(series);
    }
}

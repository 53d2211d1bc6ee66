// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import java.util.Objects;

/**
 * Picks the forecasting method a demand history calls for and applies it: the Syntetos–Boylan approximation for
 * erratic, intermittent and lumpy demand, the three patterns where Syntetos, Boylan &amp; Croston (2005) found it
 * more accurate than Croston's method; and simple exponential smoothing (level started at the first period) for
 * {@link DemandPattern#SMOOTH} demand. For smooth demand that paper prefers Croston to SBA; SES is used instead
 * because with demand in nearly every period Croston's interval stays near one period and its forecast near
 * SES's, and SES is the method a planner can check by hand.
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

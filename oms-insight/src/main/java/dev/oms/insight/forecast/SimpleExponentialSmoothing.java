// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * Simple exponential smoothing (SES) with smoothing constant α: the level {@code ℓ} follows
 * {@code ℓ_t = ℓ_{t−1} + α(y_t − ℓ_{t−1})}, the forecast of every coming period is the last level, and the
 * one-step-ahead forecast of period {@code t} is {@code ℓ_{t−1}}. Suited to demand without trend, season or
 * many empty periods.
 *
 * <p>The start must be stated, because it changes every figure after it:
 * <ul>
 *   <li>{@link #forecast(DemandSeries)} starts the level at the first period's units ({@code ℓ_1 = y_1}), as
 *       the NIST/SEMATECH e-Handbook §6.4.3.1 does. Period 1 then has no genuine forecast and is not scored:
 *       the errors cover periods 2 to {@code n}.
 *   <li>{@link #forecast(DemandSeries, double)} starts from a level the caller gives ({@code ℓ_0}), for example
 *       one fitted earlier; every period is scored.
 * </ul>
 *
 * @param alpha the smoothing constant, in (0, 1]: the weight of the newest period
 */
public record SimpleExponentialSmoothing(double alpha) {

    /**
     * Checks the smoothing constant.
     *
     * @param alpha the smoothing constant, in (0, 1]
     * @throws IllegalArgumentException if {@code alpha} is not in (0, 1]
     */
    public SimpleExponentialSmoothing {
        SmoothingConstant.check(alpha);
    }

    /**
     * {@return the forecast with the level started at the first period's units}
     *
     * @param series the demand history; at least two periods, so that one forecast can be scored
     * @throws NullPointerException if {@code series} is null
     * @throws IllegalArgumentException if {@code series} has a single period
     */
    public Forecast forecast(DemandSeries series) {
        Objects.requireNonNull(series, "series is null");
        if (series.periods() < 2) {
            throw new IllegalArgumentException("series has 1 period; starting the level at it leaves none to score");
        }
        return smooth(series, series.unitsIn(0), 1);
    }

    /**
     * {@return the forecast with the level started at {@code initialLevel} before the first period}
     *
     * @param series the demand history
     * @param initialLevel the level before the first period, {@code ℓ_0}; finite, not negative
     * @throws NullPointerException if {@code series} is null
     * @throws IllegalArgumentException if {@code initialLevel} is negative or not finite
     */
    public Forecast forecast(DemandSeries series, double initialLevel) {
        Objects.requireNonNull(series, "series is null");
        if (!Double.isFinite(initialLevel) || initialLevel < 0) {
            throw new IllegalArgumentException("initialLevel must be finite and not negative, was " + initialLevel);
        }
        return smooth(series, initialLevel, 0);
    }

    private Forecast smooth(DemandSeries series, double startLevel, int firstScored) {
        double level = startLevel;
        double[] oneStepAhead = new double[series.periods() - firstScored];
        for (int t = firstScored; t < series.periods(); t++) {
            oneStepAhead[t - firstScored] = level;
            level += alpha * (series.unitsIn(t) - level);
        }
        ForecastErrors errors = ForecastErrors.measure(series, firstScored, oneStepAhead);
        return new Forecast(ForecastMethod.SIMPLE_EXPONENTIAL_SMOOTHING, alpha, level, firstScored,
                Arrays.stream(oneStepAhead).boxed().toList(), errors);
    }
}

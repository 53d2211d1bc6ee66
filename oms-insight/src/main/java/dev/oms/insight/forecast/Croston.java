// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * Croston's method (Croston, 1972) for intermittent demand, and its bias-corrected form, the Syntetos–Boylan
 * approximation (SBA; Syntetos &amp; Boylan, 2005). Smoothing every period, zeros included, drags the level
 * towards zero after each empty period and leaves it too high just after a demand; Croston smooths the two
 * things that do repeat apart, with the same constant α:
 * <ul>
 *   <li>the size of each non-zero demand: {@code z ← z + α(q − z)};
 *   <li>the interval between demands, in periods: {@code p ← p + α(a − p)};
 * </ul>
 * both updated only in a period with demand, and forecasts {@code z / p} units per period. SBA forecasts
 * {@code (1 − α/2) · z / p}: Croston's {@code z / p} overestimates the mean, by about that factor.
 *
 * <p>Start (stated because every figure depends on it; the convention of R's {@code forecast::croston}): at
 * the first period with demand, {@code z} is its units and {@code p} the number of periods up to and including
 * it. The one-step-ahead forecasts, and so the errors, cover the periods after the first demand. A series
 * without any demand forecasts zero, scored over every period.
 *
 * @param alpha the smoothing constant of both sizes and intervals, in (0, 1]
 */
public record Croston(double alpha) {

    /**
     * Checks the smoothing constant.
     *
     * @param alpha the smoothing constant, in (0, 1]
     * @throws IllegalArgumentException if {@code alpha} is not in (0, 1]
     */
    public Croston {
        SmoothingConstant.check(alpha);
    }

    /**
     * The smoothed size of a demand and interval between demands after the last period.
     *
     * @param demandSize the smoothed units of a non-zero demand, {@code z}; zero when there was no demand
     * @param interval the smoothed periods between demands, {@code p}; zero when there was no demand
     */
    public record Estimate(double demandSize, double interval) {
        /**
         * Checks the estimate.
         *
         * @param demandSize {@code z}; finite, not negative
         * @param interval {@code p}; finite, not negative, and zero exactly when {@code demandSize} is zero
         * @throws IllegalArgumentException if a value is out of range, naming the field
         */
        public Estimate {
            if (!Double.isFinite(demandSize) || demandSize < 0) {
                throw new IllegalArgumentException("demandSize must be finite and not negative, was " + demandSize);
            }
            if (!Double.isFinite(interval) || interval < 0 || (interval == 0) != (demandSize == 0)) {
                throw new IllegalArgumentException("interval must be finite, positive when there is demand and zero"
                        + " when there is none, was " + interval + " with demandSize " + demandSize);
            }
        }

        /** {@return Croston's units per period, {@code z / p}; zero when there was no demand} */
        public double unitsPerPeriod() {
            return interval == 0 ? 0 : demandSize / interval;
        }
    }

    /**
     * {@return Croston's smoothed demand size and interval after the last period of the series}
     *
     * @param series the demand history
     * @throws NullPointerException if {@code series} is null
     */
    public Estimate estimate(DemandSeries series) {
        Objects.requireNonNull(series, "series is null");
        return run(series, 1, null);
    }

    /**
     * {@return Croston's forecast, {@code z / p} units per period}
     *
     * @param series the demand history; at least one period after the first demand, or no demand at all
     * @throws NullPointerException if {@code series} is null
     * @throws IllegalArgumentException if the first demand falls in the last period, leaving nothing to score
     */
    public Forecast forecast(DemandSeries series) {
        return forecast(series, ForecastMethod.CROSTON, 1);
    }

    /**
     * {@return the Syntetos–Boylan approximation: Croston's forecast times {@code (1 − α/2)}}
     *
     * @param series the demand history; at least one period after the first demand, or no demand at all
     * @throws NullPointerException if {@code series} is null
     * @throws IllegalArgumentException if the first demand falls in the last period, leaving nothing to score
     */
    public Forecast forecastBiasCorrected(DemandSeries series) {
        return forecast(series, ForecastMethod.SYNTETOS_BOYLAN_APPROXIMATION, 1 - alpha / 2);
    }

    private Forecast forecast(DemandSeries series, ForecastMethod method, double correction) {
        Objects.requireNonNull(series, "series is null");
        int firstDemand = firstDemand(series);
        int firstScored = firstDemand < 0 ? 0 : firstDemand + 1;
        if (firstScored == series.periods()) {
            throw new IllegalArgumentException("series has its first demand in its last period (" + firstDemand
                    + "), leaving no period to score a forecast against");
        }
        double[] oneStepAhead = new double[series.periods() - firstScored];
        Estimate last = run(series, correction, oneStepAhead);
        ForecastErrors errors = ForecastErrors.measure(series, firstScored, oneStepAhead);
        return new Forecast(method, alpha, correction * last.unitsPerPeriod(), firstScored,
                Arrays.stream(oneStepAhead).boxed().toList(), errors);
    }

    /**
     * Walks the series once; when {@code oneStepAhead} is given, records in it the corrected forecast of each
     * period after the first demand, made before that period's units are seen.
     */
    private Estimate run(DemandSeries series, double correction, double[] oneStepAhead) {
        double size = 0;
        double interval = 0;
        boolean started = false;
        int sinceLastDemand = 0;
        int scored = 0;
        for (int t = 0; t < series.periods(); t++) {
            sinceLastDemand++;
            if (started && oneStepAhead != null) {
                oneStepAhead[scored++] = correction * size / interval;
            }
            long units = series.unitsIn(t);
            if (units == 0) {
                continue;
            }
            if (started) {
                size += alpha * (units - size);
                interval += alpha * (sinceLastDemand - interval);
            } else {
                size = units;
                interval = sinceLastDemand;
                started = true;
            }
            sinceLastDemand = 0;
        }
        if (!started && oneStepAhead != null) {
            Arrays.fill(oneStepAhead, 0);
        }
        return new Estimate(size, interval);
    }

    private static int firstDemand(DemandSeries series) {
        for (int t = 0; t < series.periods(); t++) {
            if (series.unitsIn(t) > 0) {
                return t;
            }
        }
        return -1;
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Demand forecasting from the order history, as pure functions: a {@link dev.oms.insight.forecast.DemandSeries}
 * (units per period, oldest first) goes in, a {@link dev.oms.insight.forecast.Forecast} (units per period, with the
 * in-sample one-step-ahead {@link dev.oms.insight.forecast.ForecastErrors} beside it) comes out.
 *
 * <p>Methods: {@link dev.oms.insight.forecast.SimpleExponentialSmoothing} for smooth demand, and
 * {@link dev.oms.insight.forecast.Croston} (with the Syntetos–Boylan bias correction) for intermittent demand;
 * {@link dev.oms.insight.forecast.DemandProfile} classifies a series by ADI and CV² and
 * {@link dev.oms.insight.forecast.DemandForecaster} picks the method the class calls for.
 *
 * <p>Arithmetic is {@code double} throughout. A forecast is a statistical estimate, not an amount of money:
 * its inputs are whole units, its steps are ratios and square roots, and its published checks print two to
 * four decimals, far inside a {@code double}'s fifteen significant digits. {@code BigDecimal} would buy
 * exactness nobody can use, at the price of a rounding mode on every division and no square root or
 * logarithm for the error measures and the normal quantile downstream. Units to buy are rounded up to whole
 * units only at the edge, in {@code dev.oms.insight.replenishment}.
 */
package dev.oms.insight.forecast;

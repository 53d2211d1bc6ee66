// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

/** How a {@link Forecast} was made. */
public enum ForecastMethod {
    /** Simple exponential smoothing of every period's units: for smooth demand. */
    SIMPLE_EXPONENTIAL_SMOOTHING,
    /** Croston's method: demand sizes and inter-demand intervals smoothed apart, forecast = size / interval. */
    CROSTON,
    /** The Syntetos–Boylan approximation: Croston's forecast times (1 − α/2), which removes most of its bias. */
    SYNTETOS_BOYLAN_APPROXIMATION
}

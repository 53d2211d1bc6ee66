// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

/** The one check of a smoothing constant, so every method accepts the same range. */
final class SmoothingConstant {
    private SmoothingConstant() {}

    /**
     * Zero would never learn from the data and above one would overshoot it, so α lies in (0, 1]; α = 1 is
     * the naive forecast "same as last period".
     */
    static double check(double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
        }
        return alpha;
    }
}

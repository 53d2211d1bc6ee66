// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

/**
 * The four demand patterns of Syntetos, Boylan &amp; Croston (2005), by how often demand comes (ADI) and how much
 * its size varies (CV²); see {@link DemandProfile} for the cut-offs.
 */
public enum DemandPattern {
    /** Frequent demand of steady size: simple exponential smoothing serves it. */
    SMOOTH,
    /** Frequent demand of widely varying size. */
    ERRATIC,
    /** Infrequent demand of steady size. */
    INTERMITTENT,
    /** Infrequent demand of widely varying size. */
    LUMPY;

    /** {@return whether demand comes often enough and steadily enough for simple exponential smoothing} */
    public boolean isSmooth() {
        return this == SMOOTH;
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import java.util.Objects;

/**
 * How often demand comes and how much its size varies, and the {@link DemandPattern} that follows (Syntetos,
 * Boylan &amp; Croston, 2005, "On the categorization of demand patterns", JORS 56(5)):
 * <ul>
 *   <li>ADI, the average inter-demand interval: periods in the series divided by periods with demand; 1 when
 *       every period has demand, {@code +∞} when none has;
 *   <li>CV², the squared coefficient of variation of the non-zero demand sizes: their population variance
 *       divided by the square of their mean; 0 when there is at most one distinct size.
 * </ul>
 * Demand is intermittent from ADI = {@value #ADI_CUT_OFF} on and variable in size from CV² =
 * {@value #CV2_CUT_OFF} on: smooth below both, erratic when only CV² reaches its cut-off, intermittent when
 * only ADI does, lumpy when both do.
 *
 * @param averageInterDemandInterval ADI, at least 1, or positive infinity for a series without demand
 * @param squaredCoefficientOfVariation CV² of the non-zero sizes; finite, not negative
 */
public record DemandProfile(double averageInterDemandInterval, double squaredCoefficientOfVariation) {

    /** The ADI from which demand counts as intermittent. */
    public static final double ADI_CUT_OFF = 1.32;
    /** The CV² from which demand sizes count as variable. */
    public static final double CV2_CUT_OFF = 0.49;

    /**
     * Checks the profile.
     *
     * @param averageInterDemandInterval ADI; at least 1, or positive infinity
     * @param squaredCoefficientOfVariation CV²; finite, not negative
     * @throws IllegalArgumentException if a value is out of range, naming the field
     */
    public DemandProfile {
        if (Double.isNaN(averageInterDemandInterval) || averageInterDemandInterval < 1) {
            throw new IllegalArgumentException("averageInterDemandInterval must be at least 1, was "
                    + averageInterDemandInterval);
        }
        if (!Double.isFinite(squaredCoefficientOfVariation) || squaredCoefficientOfVariation < 0) {
            throw new IllegalArgumentException("squaredCoefficientOfVariation must be finite and not negative, was "
                    + squaredCoefficientOfVariation);
        }
    }

    /**
     * {@return the profile of a demand history}
     *
     * @param series the demand history
     * @throws NullPointerException if {@code series} is null
     */
    public static DemandProfile of(DemandSeries series) {
        Objects.requireNonNull(series, "series is null");
        int occurrences = series.demandOccurrences();
        if (occurrences == 0) {
            return new DemandProfile(Double.POSITIVE_INFINITY, 0);
        }
        double sum = 0;
        for (int t = 0; t < series.periods(); t++) {
            sum += series.unitsIn(t);
        }
        double mean = sum / occurrences;
        double squares = 0;
        for (int t = 0; t < series.periods(); t++) {
            long units = series.unitsIn(t);
            if (units > 0) {
                squares += (units - mean) * (units - mean);
            }
        }
        double variance = squares / occurrences;
        return new DemandProfile((double) series.periods() / occurrences, variance / (mean * mean));
    }

    /** {@return the demand pattern of this profile, by the cut-offs of Syntetos, Boylan &amp; Croston} */
    public DemandPattern pattern() {
        boolean infrequent = averageInterDemandInterval >= ADI_CUT_OFF;
        boolean variable = squaredCoefficientOfVariation >= CV2_CUT_OFF;
        if (infrequent) {
            return variable ? DemandPattern.LUMPY : DemandPattern.INTERMITTENT;
        }
        return variable ? DemandPattern.ERRATIC : DemandPattern.SMOOTH;
    }
}

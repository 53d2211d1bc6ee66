// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

/**
 * How long a supplier takes from purchase to receipt, in the periods of the demand series (days when demand is
 * counted per day). It may be a fraction of a period.
 *
 * @param periods the lead time in periods; finite and positive
 */
public record LeadTime(double periods) {

    /**
     * Checks the lead time.
     *
     * @param periods the lead time in periods; finite and positive
     * @throws IllegalArgumentException if {@code periods} is not finite and positive
     */
    public LeadTime {
        if (!Double.isFinite(periods) || periods <= 0) {
            throw new IllegalArgumentException("periods must be finite and positive, was " + periods);
        }
    }

    /**
     * {@return the lead time of this many periods}
     *
     * @param periods the lead time in periods; finite and positive
     * @throws IllegalArgumentException if {@code periods} is not finite and positive
     */
    public static LeadTime ofPeriods(double periods) {
        return new LeadTime(periods);
    }
}

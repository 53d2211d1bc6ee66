// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

/**
 * The chance, chosen by the business, of not running out of stock during a replenishment lead time (the cycle
 * service level), and the safety factor {@code z} it calls for.
 *
 * @param probability the chance of no stock-out in a lead time; at least 0.5 and below 1
 */
public record ServiceLevel(double probability) {

    /**
     * Checks the level. Below one half the plan would run out more often than not and the safety stock would be
     * negative; at 1 no finite stock suffices.
     *
     * @param probability the chance of no stock-out in a lead time; at least 0.5 and below 1
     * @throws IllegalArgumentException if {@code probability} is outside [0.5, 1)
     */
    public ServiceLevel {
        if (!(probability >= 0.5 && probability < 1)) {
            throw new IllegalArgumentException("probability must be at least 0.5 and below 1, was " + probability);
        }
    }

    /**
     * {@return the service level of this probability}
     *
     * @param probability the chance of no stock-out in a lead time; at least 0.5 and below 1
     * @throws IllegalArgumentException if {@code probability} is outside [0.5, 1)
     */
    public static ServiceLevel of(double probability) {
        return new ServiceLevel(probability);
    }

    /** {@return the safety factor: the standard normal quantile of the probability, never negative} */
    public double safetyFactor() {
        return StandardNormal.quantile(probability);
    }
}

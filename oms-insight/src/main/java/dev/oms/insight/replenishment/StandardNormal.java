// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

/**
 * The inverse of the standard normal distribution function, {@code z(p)}: the number of standard deviations
 * below which a normal variable falls with probability {@code p}.
 *
 * <p>Peter J. Acklam's rational approximation ("An algorithm for computing the inverse normal cumulative
 * distribution function", 2003): a rational function of {@code p − ½} in the centre and of
 * {@code √(−2 ln p)} in each tail, with a relative error below 1.15 × 10⁻⁹ over the whole range, far inside
 * the four decimals of a printed z table. The JDK has no normal quantile, and a dependency for one function
 * would be the module's only one.
 */
public final class StandardNormal {
    // Acklam's coefficients, as published: a, b for the central region, c, d for the tails.
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    private static final double LOW_TAIL = 0.02425;

    private StandardNormal() {}

    /**
     * {@return {@code z(p)}, the standard normal quantile of {@code p}}
     *
     * @param p a probability strictly between 0 and 1
     * @throws IllegalArgumentException if {@code p} is not strictly between 0 and 1
     */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be strictly between 0 and 1, was " + p);
        }
        if (p < LOW_TAIL) {
            return tail(p);
        }
        if (p > 1 - LOW_TAIL) {
            // The upper tail mirrors the lower one; 1 − p is exact for every p this close to 1.
            return -tail(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    private static double tail(double p) {
        double q = Math.sqrt(-2 * Math.log(p));
        return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
}

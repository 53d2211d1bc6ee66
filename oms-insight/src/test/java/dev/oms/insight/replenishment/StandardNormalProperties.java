// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/** The normal quantile rises with p, is odd about one half, and inverts the normal distribution function. */
class StandardNormalProperties {

    @Property
    void theQuantileRisesWithTheProbability(@ForAll @DoubleRange(min = 1e-6, max = 0.99) @Scale(9) double p,
            @ForAll @DoubleRange(min = 1e-6, max = 0.009) @Scale(9) double step) {
        // Steps of a millionth at least: the approximation's own error (relative 1.15e-9) cannot undo them.
        assertThat(StandardNormal.quantile(p + step)).isGreaterThan(StandardNormal.quantile(p));
    }

    @Property
    void theQuantileOfOneLessPIsMinusTheQuantileOfP(@ForAll @DoubleRange(min = 1e-9, max = 0.5) @Scale(12) double p) {
        // 1 − p rounds when p is tiny; 1 − (1 − p) is then exact (Sterbenz), so the pair is a true mirror image.
        double upper = 1 - p;
        double lower = 1 - upper;
        assertThat(StandardNormal.quantile(upper)).isCloseTo(-StandardNormal.quantile(lower), within(1e-9));
    }

    @Property
    void theNormalDistributionFunctionOfTheQuantileOfPIsP(@ForAll @DoubleRange(min = 1e-6, max = 0.999999) @Scale(9) double p) {
        assertThat(distributionFunction(StandardNormal.quantile(p))).isCloseTo(p, within(2e-7));
    }

    /**
     * Φ(x) = ½(1 + erf(x/√2)), with erf by Abramowitz &amp; Stegun's formula 7.1.26 (absolute error below
     * 1.5 × 10⁻⁷): a check written independently of the quantile's algorithm, used only here.
     */
    private static double distributionFunction(double x) {
        double u = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * u);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1 - poly * Math.exp(-u * u);
        return 0.5 * (1 + Math.signum(x) * erf);
    }
}

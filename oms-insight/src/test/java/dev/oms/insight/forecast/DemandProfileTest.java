// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The demand patterns of Syntetos, Boylan &amp; Croston (2005) at the cut-offs ADI = 1.32 and CV² = 0.49, and the
 * method {@link DemandForecaster} picks for each; ADI and CV² worked by hand.
 */
class DemandProfileTest {

    @Test
    void steadyDemandEveryPeriodIsSmoothAndForecastBySimpleExponentialSmoothing() {
        DemandSeries series = DemandSeries.of(5, 5, 5, 5);

        assertThat(DemandProfile.of(series)).isEqualTo(new DemandProfile(1, 0));
        assertThat(DemandProfile.of(series).pattern()).isEqualTo(DemandPattern.SMOOTH);
        assertThat(DemandForecaster.forecast(series, 0.2).method()).isEqualTo(ForecastMethod.SIMPLE_EXPONENTIAL_SMOOTHING);
    }

    @Test
    void rareDemandOfSteadySizeIsIntermittentAndForecastBySyntetosBoylan() {
        // 3 demands in 10 periods: ADI 10/3; sizes 6, 3, 9: mean 6, variance (0 + 9 + 9)/3 = 6, CV² = 6/36.
        DemandSeries series = DemandSeries.of(0, 0, 6, 0, 3, 0, 0, 0, 9, 0);
        DemandProfile profile = DemandProfile.of(series);

        assertThat(profile.averageInterDemandInterval()).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(profile.squaredCoefficientOfVariation()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(profile.pattern()).isEqualTo(DemandPattern.INTERMITTENT);
        assertThat(DemandForecaster.forecast(series, 0.2).method()).isEqualTo(ForecastMethod.SYNTETOS_BOYLAN_APPROXIMATION);
    }

    @Test
    void frequentDemandOfWildlyVaryingSizeIsErratic() {
        // sizes 1, 10, 1, 10: mean 5.5, variance 20.25, CV² = 20.25/30.25 ≈ 0.669.
        DemandProfile profile = DemandProfile.of(DemandSeries.of(1, 10, 1, 10));

        assertThat(profile.squaredCoefficientOfVariation()).isCloseTo(20.25 / 30.25, within(1e-12));
        assertThat(profile.pattern()).isEqualTo(DemandPattern.ERRATIC);
    }

    @Test
    void rareDemandOfWildlyVaryingSizeIsLumpy() {
        // 2 demands in 6 periods: ADI 3; sizes 1, 20: mean 10.5, variance 90.25, CV² ≈ 0.819.
        assertThat(DemandProfile.of(DemandSeries.of(0, 1, 0, 0, 20, 0)).pattern()).isEqualTo(DemandPattern.LUMPY);
    }

    @Test
    void anAdiOfExactlyTheCutOffCountsAsIntermittent() {
        long[] units = new long[33];
        Arrays.fill(units, 0, 25, 4);

        DemandProfile profile = DemandProfile.of(DemandSeries.of(units));

        assertThat(profile.averageInterDemandInterval()).isEqualTo(DemandProfile.ADI_CUT_OFF);
        assertThat(profile.pattern()).isEqualTo(DemandPattern.INTERMITTENT);
        assertThat(new DemandProfile(1.3199, 0.49).pattern()).isEqualTo(DemandPattern.ERRATIC);
    }

    @Test
    void aSeriesWithoutDemandIsIntermittent() {
        DemandProfile profile = DemandProfile.of(DemandSeries.of(0, 0, 0));

        assertThat(profile.averageInterDemandInterval()).isInfinite();
        assertThat(profile.pattern()).isEqualTo(DemandPattern.INTERMITTENT);
    }
}

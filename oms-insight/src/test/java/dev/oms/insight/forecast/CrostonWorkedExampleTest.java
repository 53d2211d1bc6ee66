// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Croston's method and the Syntetos–Boylan approximation on an example worked by hand from the method's defining
 * recurrences. No published Croston example with its intermediate figures was found to check against, so the
 * figures below are derived here, step by step, in exact fractions.
 *
 * <p>Series (ten periods, numbered 1 to 10): {@code 0 0 6 0 3 0 0 0 9 0}, α = ½.
 * <ul>
 *   <li>Period 3, first demand: {@code z = 6}, {@code p = 3} (periods up to and including it); forecast 6/3 = 2.
 *   <li>Period 5, demand 3 after 2 periods: {@code z = 6 + ½(3 − 6) = 4.5}, {@code p = 3 + ½(2 − 3) = 2.5};
 *       forecast 4.5/2.5 = 1.8.
 *   <li>Period 9, demand 9 after 4 periods: {@code z = 4.5 + ½(9 − 4.5) = 6.75},
 *       {@code p = 2.5 + ½(4 − 2.5) = 3.25}; forecast 6.75/3.25 = 27/13.
 *   <li>SBA: (1 − ¼) · 27/13 = 81/52.
 * </ul>
 * One-step-ahead forecasts of periods 4 to 10: 2, 2, 1.8, 1.8, 1.8, 1.8, 27/13; errors −2, 1, −1.8, −1.8, −1.8,
 * 7.2, −27/13; so MAE = (15.6 + 27/13)/7 = 229.8/91, MSE = (66.56 + 729/169)/7, and the naive forecast's MAE
 * over the whole series is (6+6+3+3+9+9)/9 = 4, so MASE = MAE/4.
 */
class CrostonWorkedExampleTest {

    private static final DemandSeries SERIES = DemandSeries.of(0, 0, 6, 0, 3, 0, 0, 0, 9, 0);
    private static final double EXACT = 1e-12;

    private final Croston croston = new Croston(0.5);

    @Test
    void sizeAndIntervalAreSmoothedOnlyInPeriodsWithDemand() {
        Croston.Estimate estimate = croston.estimate(SERIES);

        assertThat(estimate.demandSize()).isCloseTo(6.75, within(EXACT));
        assertThat(estimate.interval()).isCloseTo(3.25, within(EXACT));
    }

    @Test
    void crostonForecastsSizeOverInterval() {
        Forecast forecast = croston.forecast(SERIES);

        assertThat(forecast.method()).isEqualTo(ForecastMethod.CROSTON);
        assertThat(forecast.unitsPerPeriod()).isCloseTo(27.0 / 13, within(EXACT));
        assertThat(forecast.firstForecastPeriod()).as("period 4, numbered from 0").isEqualTo(3);
        assertThat(forecast.oneStepAhead()).hasSize(7);
        double[] expected = {2, 2, 1.8, 1.8, 1.8, 1.8, 27.0 / 13};
        for (int i = 0; i < expected.length; i++) {
            assertThat(forecast.oneStepAhead().get(i)).as("forecast of period %d", i + 4).isCloseTo(expected[i], within(EXACT));
        }
    }

    @Test
    void theErrorsAreReportedBesideTheForecast() {
        ForecastErrors errors = croston.forecast(SERIES).errors();

        assertThat(errors.scoredPeriods()).isEqualTo(7);
        assertThat(errors.meanAbsoluteError()).isCloseTo(229.8 / 91, within(EXACT));
        assertThat(errors.meanSquaredError()).isCloseTo((66.56 + 729.0 / 169) / 7, within(EXACT));
        assertThat(errors.rootMeanSquaredError()).isCloseTo(Math.sqrt((66.56 + 729.0 / 169) / 7), within(EXACT));
        assertThat(errors.meanAbsoluteScaledError()).hasValueCloseTo(229.8 / 91 / 4, within(EXACT));
    }

    @Test
    void theSyntetosBoylanApproximationScalesCrostonByOneMinusHalfAlpha() {
        Forecast forecast = croston.forecastBiasCorrected(SERIES);

        assertThat(forecast.method()).isEqualTo(ForecastMethod.SYNTETOS_BOYLAN_APPROXIMATION);
        assertThat(forecast.unitsPerPeriod()).isCloseTo(81.0 / 52, within(EXACT));
        assertThat(forecast.oneStepAhead().get(0)).isCloseTo(1.5, within(EXACT));
    }

    @Test
    void aSeriesWithoutDemandForecastsZeroAndScoresEveryPeriod() {
        Forecast forecast = croston.forecast(DemandSeries.of(0, 0, 0));

        assertThat(forecast.unitsPerPeriod()).isZero();
        assertThat(forecast.errors().scoredPeriods()).isEqualTo(3);
        assertThat(forecast.errors().meanAbsoluteError()).isZero();
        assertThat(forecast.errors().meanAbsoluteScaledError()).as("a series that never changes").isEmpty();
    }

    @Test
    void aFirstDemandInTheLastPeriodLeavesNothingToScore() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> croston.forecast(DemandSeries.of(0, 0, 4)))
                .withMessageContaining("last period");
    }
}

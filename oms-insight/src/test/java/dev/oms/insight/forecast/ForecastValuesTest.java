// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The forecasting values refuse what they cannot mean, with a message that names the field. */
class ForecastValuesTest {

    @Test
    void aDemandSeriesRefusesNegativeUnitsAndNoPeriods() {
        assertThatIllegalArgumentException().isThrownBy(() -> DemandSeries.of(3, 0, -1))
                .withMessage("units[2] is negative: -1");
        assertThatIllegalArgumentException().isThrownBy(DemandSeries::of).withMessageStartingWith("units is empty");
        assertThatNullPointerException().isThrownBy(() -> DemandSeries.of((long[]) null)).withMessage("units is null");
        assertThatNullPointerException().isThrownBy(() -> DemandSeries.of(Arrays.asList(1L, null)))
                .withMessage("units[1] is null");
    }

    @Test
    void aDemandSeriesIsACopyOfWhatItWasGiven() {
        long[] units = {1, 2, 3};
        DemandSeries series = DemandSeries.of(units);
        units[0] = 99;
        series.toArray()[1] = 99;

        assertThat(series).isEqualTo(DemandSeries.of(List.of(1L, 2L, 3L)));
        assertThat(series.demandOccurrences()).isEqualTo(3);
    }

    @Test
    void aSmoothingConstantLiesAboveZeroAndAtMostOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SimpleExponentialSmoothing(0))
                .withMessage("alpha must be in (0, 1], was 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Croston(1.5)).withMessageStartingWith("alpha");
        assertThatIllegalArgumentException().isThrownBy(() -> new Croston(Double.NaN)).withMessageStartingWith("alpha");
    }

    @Test
    void simpleExponentialSmoothingStartedAtTheFirstPeriodNeedsASecondToScore() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SimpleExponentialSmoothing(0.5).forecast(DemandSeries.of(4)))
                .withMessageContaining("none to score");
    }

    @Test
    void aGivenInitialLevelScoresEveryPeriod() {
        // ℓ0 = 10, α = ½: forecasts 10, then 10 + ½(6 − 10) = 8; last level 8 + ½(8 − 8) = 8.
        Forecast forecast = new SimpleExponentialSmoothing(0.5).forecast(DemandSeries.of(6, 8), 10);

        assertThat(forecast.firstForecastPeriod()).isZero();
        assertThat(forecast.oneStepAhead()).containsExactly(10.0, 8.0);
        assertThat(forecast.unitsPerPeriod()).isEqualTo(8.0);
        assertThat(forecast.errors().meanAbsoluteError()).isEqualTo(2.0);
        assertThat(forecast.errors().meanAbsoluteScaledError()).hasValue(1.0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SimpleExponentialSmoothing(0.5).forecast(DemandSeries.of(6), -1))
                .withMessageStartingWith("initialLevel");
    }

    @Test
    void errorMeasuresAreNeverNegativeAndCountAtLeastOnePeriod() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ForecastErrors(0, 0, 0, 0, OptionalDouble.empty()))
                .withMessageStartingWith("scoredPeriods");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ForecastErrors(1, 0, -1, 0, OptionalDouble.empty()))
                .withMessageStartingWith("meanSquaredError");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ForecastErrors(1, 0, 0, 0, OptionalDouble.of(Double.POSITIVE_INFINITY)))
                .withMessageStartingWith("meanAbsoluteScaledError");
    }

    @Test
    void aForecastHasAsManyOneStepForecastsAsItsErrorsScored() {
        ForecastErrors errors = new ForecastErrors(2, 1, 1, 1, OptionalDouble.empty());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Forecast(ForecastMethod.CROSTON, 0.1, 1, 1, List.of(1.0), errors))
                .withMessageContaining("oneStepAhead");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Forecast(ForecastMethod.CROSTON, 0.1, -1, 1, List.of(1.0, 1.0), errors))
                .withMessageStartingWith("unitsPerPeriod");
    }
}

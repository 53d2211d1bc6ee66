// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Simple exponential smoothing against a published worked example: NIST/SEMATECH e-Handbook of Statistical
 * Methods, §6.4.3.1 "Single Exponential Smoothing" (https://www.itl.nist.gov/div898/handbook/pmc/section4/pmc431.htm),
 * the example table of twelve observations smoothed with α = 0.1 from {@code S_2 = y_1}. The handbook prints the
 * smoothed values (the one-step-ahead forecasts of periods 2 to 12) to two decimals and
 * {@code MSE = SSE / 11 = 19.0} to one; §6.4.3.2 (pmc432.htm) continues from the last point, 70, whose forecast
 * was 71.7, to the next forecast 71.50. Every figure is compared at the precision the handbook prints, no finer.
 */
class NistSimpleExponentialSmoothingExampleTest {

    private static final DemandSeries HANDBOOK_SERIES = DemandSeries.of(71, 70, 69, 68, 64, 65, 72, 78, 75, 75, 75, 70);

    private final Forecast forecast = new SimpleExponentialSmoothing(0.1).forecast(HANDBOOK_SERIES);

    @Test
    void theSmoothedValuesOfPeriodsTwoToTwelveMatchTheHandbookToTwoDecimals() {
        assertThat(forecast.firstForecastPeriod()).as("no forecast of period 1: there is no S_1").isEqualTo(1);
        assertThat(forecast.oneStepAhead().stream().map(value -> rounded(value, 2)).toList()).isEqualTo(List.of(
                "71.00", "70.90", "70.71", "70.44", "69.80", "69.32", "69.58", "70.43", "70.88", "71.29", "71.67"));
    }

    @Test
    void theMeanSquaredErrorOverElevenScoredPeriodsIsNineteen() {
        assertThat(forecast.errors().scoredPeriods()).isEqualTo(11);
        assertThat(rounded(forecast.errors().meanSquaredError(), 1)).isEqualTo("19.0");
    }

    @Test
    void theForecastOfPeriodThirteenIsSeventyOneAndAHalf() {
        assertThat(rounded(forecast.unitsPerPeriod(), 2)).isEqualTo("71.50");
    }

    @Test
    void theRootMeanSquaredErrorIsTheSquareRootOfTheHandbooksMeanSquaredError() {
        assertThat(forecast.errors().rootMeanSquaredError() * forecast.errors().rootMeanSquaredError())
                .isCloseTo(forecast.errors().meanSquaredError(), within(1e-9));
    }

    private static String rounded(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}

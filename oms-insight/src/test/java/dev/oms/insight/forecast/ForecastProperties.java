// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** What every forecast must satisfy, whatever the history and the smoothing constant. */
class ForecastProperties {

    @Property
    void simpleExponentialSmoothingOfAConstantSeriesIsTheConstant(@ForAll @LongRange(min = 0, max = 1_000_000) long units,
            @ForAll @IntRange(min = 2, max = 60) int periods, @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(6) double alpha) {
        long[] constant = new long[periods];
        Arrays.fill(constant, units);

        Forecast forecast = new SimpleExponentialSmoothing(alpha).forecast(DemandSeries.of(constant));

        assertThat(forecast.unitsPerPeriod()).isEqualTo((double) units);
        assertThat(forecast.errors().meanAbsoluteError()).isZero();
        assertThat(forecast.errors().rootMeanSquaredError()).isZero();
    }

    @Property
    void simpleExponentialSmoothingForecastsBetweenTheFewestAndMostUnitsOfThePeriods(
            @ForAll @Size(min = 2, max = 60) List<@LongRange(min = 0, max = 100_000) Long> units,
            @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(6) double alpha) {
        long fewest = units.stream().mapToLong(Long::longValue).min().orElseThrow();
        long most = units.stream().mapToLong(Long::longValue).max().orElseThrow();

        Forecast forecast = new SimpleExponentialSmoothing(alpha).forecast(DemandSeries.of(units));

        // A convex combination of the periods; the slack is rounding only, a millionth of a unit.
        assertThat(forecast.unitsPerPeriod()).isBetween(fewest - 1e-6, most + 1e-6);
    }

    @Property
    void crostonOnASeriesWithoutEmptyPeriodsIsSimpleExponentialSmoothingOfTheSizes(
            @ForAll @Size(min = 2, max = 60) List<@LongRange(min = 1, max = 100_000) Long> units,
            @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(6) double alpha) {
        DemandSeries series = DemandSeries.of(units);

        Forecast croston = new Croston(alpha).forecast(series);
        Forecast smoothing = new SimpleExponentialSmoothing(alpha).forecast(series);

        // Every interval is 1, so p stays 1 and z follows the same recurrence from the same start.
        assertThat(croston.unitsPerPeriod()).isEqualTo(smoothing.unitsPerPeriod());
        assertThat(croston.oneStepAhead()).isEqualTo(smoothing.oneStepAhead());
        assertThat(croston.errors()).isEqualTo(smoothing.errors());
    }

    @Property
    void theSyntetosBoylanApproximationIsCrostonTimesOneMinusHalfAlpha(@ForAll("intermittentSeries") DemandSeries series,
            @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(6) double alpha) {
        Assume.that(scorable(series));
        Croston method = new Croston(alpha);

        Forecast croston = method.forecast(series);
        Forecast corrected = method.forecastBiasCorrected(series);

        assertThat(corrected.unitsPerPeriod()).isEqualTo((1 - alpha / 2) * croston.unitsPerPeriod());
        for (int i = 0; i < croston.oneStepAhead().size(); i++) {
            assertThat(corrected.oneStepAhead().get(i))
                    .isCloseTo((1 - alpha / 2) * croston.oneStepAhead().get(i), within(1e-9));
        }
    }

    @Property
    void crostonForecastsNoMoreThanTheLargestDemandPerPeriod(@ForAll("intermittentSeries") DemandSeries series,
            @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(6) double alpha) {
        Assume.that(scorable(series));
        long largest = Arrays.stream(series.toArray()).max().orElseThrow();

        Forecast forecast = new Croston(alpha).forecast(series);

        // z is a weighted mean of sizes, p of intervals of at least one period.
        assertThat(forecast.unitsPerPeriod()).isBetween(0.0, largest + 1e-6);
    }

    @Property
    void smoothingWithAlphaOneIsTheNaiveForecastSoItsScaledErrorIsOne(
            @ForAll @Size(min = 2, max = 60) List<@LongRange(min = 0, max = 100_000) Long> units) {
        DemandSeries series = DemandSeries.of(units);
        Assume.that(Arrays.stream(series.toArray()).distinct().count() > 1);

        Forecast forecast = new SimpleExponentialSmoothing(1).forecast(series);

        assertThat(forecast.errors().meanAbsoluteScaledError()).hasValue(1.0);
    }

    @Property
    void theRootMeanSquaredErrorIsNeverBelowTheMeanAbsoluteError(@ForAll("intermittentSeries") DemandSeries series,
            @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(6) double alpha) {
        Assume.that(series.periods() >= 2 && scorable(series));

        for (Forecast forecast : List.of(new SimpleExponentialSmoothing(alpha).forecast(series),
                new Croston(alpha).forecast(series), DemandForecaster.forecast(series, alpha))) {
            ForecastErrors errors = forecast.errors();
            assertThat(errors.rootMeanSquaredError()).isGreaterThanOrEqualTo(errors.meanAbsoluteError() * (1 - 1e-12));
        }
    }

    @Provide
    Arbitrary<DemandSeries> intermittentSeries() {
        // Three empty periods in four, as in slow-moving stock.
        Arbitrary<Long> period = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(1, Arbitraries.longs().between(1, 500)));
        return period.list().ofMinSize(1).ofMaxSize(60).map(DemandSeries::of);
    }

    /** Croston needs a period after the first demand to score, or no demand at all. */
    private static boolean scorable(DemandSeries series) {
        long[] units = series.toArray();
        for (int t = 0; t < units.length; t++) {
            if (units[t] > 0) {
                return t < units.length - 1;
            }
        }
        return true;
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.oms.insight.forecast.DemandSeries;
import dev.oms.insight.forecast.Forecast;
import dev.oms.insight.forecast.SimpleExponentialSmoothing;
import org.junit.jupiter.api.Test;

/** The reorder point {@code d·L + z·σ·√L}, worked by hand. */
class ReorderPointTest {

    @Test
    void twentyADayOverANineDayLeadTimeAtNinetyFivePercentNeedsTwoHundredAndFiveUnits() {
        // d·L = 20·9 = 180; z·σ·√L = 1.644854·5·3 = 24.67; together 204.67.
        ReorderPoint reorderPoint = ReorderPoint.of(20, 5, LeadTime.ofPeriods(9), ServiceLevel.of(0.95));

        assertThat(reorderPoint.leadTimeDemand()).isEqualTo(180.0);
        assertThat(reorderPoint.safetyStock()).isCloseTo(15 * StandardNormal.quantile(0.95), within(1e-12));
        assertThat(reorderPoint.units()).isCloseTo(204.67, within(0.005));
    }

    @Test
    void aForecastGivesItsDemandPerPeriodAndItsRootMeanSquaredErrorAsSigma() {
        Forecast forecast = new SimpleExponentialSmoothing(0.5).forecast(DemandSeries.of(10, 14, 6, 12));

        ReorderPoint reorderPoint = ReorderPoint.of(forecast, LeadTime.ofPeriods(4), ServiceLevel.of(0.99));

        assertThat(reorderPoint.leadTimeDemand()).isEqualTo(forecast.unitsPerPeriod() * 4);
        assertThat(reorderPoint.safetyStock())
                .isEqualTo(StandardNormal.quantile(0.99) * forecast.errors().rootMeanSquaredError() * 2);
    }

    @Test
    void aFiftyPercentServiceLevelHoldsNoSafetyStock() {
        assertThat(ReorderPoint.of(3, 2, LeadTime.ofPeriods(5), ServiceLevel.of(0.5)).safetyStock()).isZero();
    }

    @Test
    void theInputsAreCheckedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReorderPoint.of(-1, 1, LeadTime.ofPeriods(1), ServiceLevel.of(0.9)))
                .withMessage("unitsPerPeriod must be finite and not negative, was -1.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReorderPoint.of(1, Double.NaN, LeadTime.ofPeriods(1), ServiceLevel.of(0.9)))
                .withMessageStartingWith("forecastErrorDeviation");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReorderPoint(1, -0.5))
                .withMessageStartingWith("safetyStock");
        assertThatIllegalArgumentException().isThrownBy(() -> LeadTime.ofPeriods(0))
                .withMessage("periods must be finite and positive, was 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> ServiceLevel.of(1))
                .withMessage("probability must be at least 0.5 and below 1, was 1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> ServiceLevel.of(0.4)).withMessageStartingWith("probability");
    }
}

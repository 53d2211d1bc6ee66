// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The normal quantile against the values every standard normal (z) table prints to four decimals:
 * z(0.90) = 1.2816, z(0.95) = 1.6449, z(0.975) = 1.9600, z(0.99) = 2.3263, z(0.999) = 3.0902; the lower tail by
 * symmetry. Compared at four decimals, the tables' precision.
 */
class StandardNormalTest {

    @Test
    void theQuantilesOfTheCommonServiceLevelsMatchTheZTable() {
        assertThat(fourDecimals(StandardNormal.quantile(0.90))).isEqualTo("1.2816");
        assertThat(fourDecimals(StandardNormal.quantile(0.95))).isEqualTo("1.6449");
        assertThat(fourDecimals(StandardNormal.quantile(0.975))).isEqualTo("1.9600");
        assertThat(fourDecimals(StandardNormal.quantile(0.99))).isEqualTo("2.3263");
    }

    @Test
    void theTailsMatchTheZTableToo() {
        assertThat(fourDecimals(StandardNormal.quantile(0.999))).isEqualTo("3.0902");
        assertThat(fourDecimals(StandardNormal.quantile(0.001))).isEqualTo("-3.0902");
        assertThat(fourDecimals(StandardNormal.quantile(0.01))).isEqualTo("-2.3263");
    }

    @Test
    void theMedianIsZero() {
        assertThat(StandardNormal.quantile(0.5)).isZero();
    }

    @Test
    void aProbabilityOfZeroOrOneHasNoQuantile() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandardNormal.quantile(0))
                .withMessage("p must be strictly between 0 and 1, was 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> StandardNormal.quantile(1)).withMessageStartingWith("p ");
        assertThatIllegalArgumentException().isThrownBy(() -> StandardNormal.quantile(Double.NaN))
                .withMessageStartingWith("p ");
    }

    @Test
    void aServiceLevelsSafetyFactorIsItsQuantile() {
        assertThat(ServiceLevel.of(0.95).safetyFactor()).isEqualTo(StandardNormal.quantile(0.95));
        assertThat(ServiceLevel.of(0.5).safetyFactor()).isZero();
    }

    private static String fourDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The stored text of an instant is exactly {@code Instant.toString()}'s, whatever the instant. */
class InstantTextProperties {
    private static final long YEAR_0 = -62_167_219_200L;
    private static final long YEAR_10000 = 253_402_300_800L;

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.longs().between(YEAR_0 - 100_000, YEAR_10000 + 100_000),
                Arbitraries.longs().between(-4_000_000_000L, 4_000_000_000L), // 1843 to 2096
                Arbitraries.of(YEAR_0 - 1, YEAR_0, YEAR_10000 - 1, YEAR_10000, 0L, -1L, 951_782_400L, 951_868_799L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(n -> n * 1_000),
                Arbitraries.of(0, 1, 999_999_999, 100_000_000, 10_000, 1_000_000));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Property(tries = 20_000)
    void theTextIsInstantToStringsText(@ForAll("instants") Instant instant) {
        assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
    }

    @Example
    void everyDayOfFourHundredYearsAroundTheEpochReadsAsToStringDoes() {
        for (long day = -73_048; day <= 73_048; day++) { // 1770 to 2170, every leap rule included
            Instant instant = Instant.ofEpochSecond(day * 86_400 + 86_399, 500_000_000);
            assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.pricing.UnitShares;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * {@link UnitShares}: a line's amount split over its units is exact, whatever the currency's scale (JPY 0, EUR 2,
 * BHD 3): the shares add up to the amount, differ by at most one minor unit, the first units taking the remainder,
 * and any run of units is worth the difference of two prefix sums, so returning units one by one or all at once
 * gives back the same.
 */
class UnitSharesProperties {

    record Split(Money amount, long units) {}

    @Provide
    Arbitrary<Split> splits() {
        Arbitrary<CurrencyUnit> currencies = Arbitraries.of(CurrencyUnit.of("JPY"), CurrencyUnit.EUR, CurrencyUnit.of("BHD"),
                CurrencyUnit.USD);
        return Combinators.combine(currencies, Arbitraries.longs().between(0, 10_000_000_000L), Arbitraries.longs().between(1, 1_000))
                .as((currency, minor, units) -> new Split(Money.ofMinor(currency, minor), units));
    }

    @Property
    void theSharesOfEveryUnitAddUpToTheAmount(@ForAll("splits") Split split) {
        Money sum = Money.zero(split.amount().getCurrencyUnit());
        for (long k = 0; k < split.units(); k++) {
            sum = sum.plus(UnitShares.share(split.amount(), split.units(), k));
        }
        assertThat(sum).isEqualTo(split.amount());
        assertThat(UnitShares.firstUnits(split.amount(), split.units(), split.units())).isEqualTo(split.amount());
    }

    @Property
    void sharesDifferByAtMostOneMinorUnitAndTheFirstUnitsTakeTheRemainder(@ForAll("splits") Split split) {
        long previous = Long.MAX_VALUE;
        long smallest = Long.MAX_VALUE;
        long largest = Long.MIN_VALUE;
        for (long k = 0; k < split.units(); k++) {
            long share = UnitShares.share(split.amount(), split.units(), k).getAmountMinorLong();
            assertThat(share).as("unit %d's share is not above an earlier unit's", k).isLessThanOrEqualTo(previous);
            previous = share;
            smallest = Math.min(smallest, share);
            largest = Math.max(largest, share);
        }
        assertThat(largest - smallest).isBetween(0L, 1L);
    }

    @Property
    void prefixSumsAreMonotoneAndARunIsTheDifferenceOfTwo(@ForAll("splits") Split split, @ForAll long seed) {
        long from = Math.floorMod(seed, split.units() + 1);
        long count = Math.floorMod(seed >>> 17, split.units() - from + 1);
        Money before = UnitShares.firstUnits(split.amount(), split.units(), from);
        Money through = UnitShares.firstUnits(split.amount(), split.units(), from + count);

        assertThat(through).isGreaterThanOrEqualTo(before);
        assertThat(UnitShares.ofUnits(split.amount(), split.units(), from, count)).isEqualTo(through.minus(before));
        assertThat(UnitShares.ofUnits(split.amount(), split.units(), 0, from)
                .plus(UnitShares.ofUnits(split.amount(), split.units(), from, split.units() - from))).isEqualTo(split.amount());
    }

    @Property
    void aProRataSplitAddsUpAndNoPartExceedsItsWeightWhenTheAmountDoesNot(@ForAll("splits") Split split,
            @ForAll("weights") List<Long> weights) {
        CurrencyUnit currency = split.amount().getCurrencyUnit();
        List<Money> asMoney = weights.stream().map(w -> Money.ofMinor(currency, w)).toList();
        long totalWeight = weights.stream().mapToLong(Long::longValue).sum();
        Money amount = Money.ofMinor(currency, Math.min(split.amount().getAmountMinorLong(), totalWeight));

        List<Money> parts = UnitShares.proRata(amount, asMoney);

        assertThat(parts.stream().reduce(Money.zero(currency), Money::plus)).isEqualTo(totalWeight == 0 ? Money.zero(currency) : amount);
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i)).isLessThanOrEqualTo(asMoney.get(i));
        }
    }

    @Provide
    Arbitrary<List<Long>> weights() {
        return Arbitraries.longs().between(0, 1_000_000_000L).list().ofMinSize(1).ofMaxSize(20);
    }

    @Example
    void tenEurosOverThreeUnitsIsThreeThirtyFourThenTwiceThreeThirtyThree() {
        Money ten = Money.parse("EUR 10.00");

        assertThat(List.of(UnitShares.share(ten, 3, 0), UnitShares.share(ten, 3, 1), UnitShares.share(ten, 3, 2)))
                .containsExactly(Money.parse("EUR 3.34"), Money.parse("EUR 3.33"), Money.parse("EUR 3.33"));
    }

    @Example
    void aYenAmountSplitsInWholeYenAndADinarAmountInFils() {
        assertThat(UnitShares.share(Money.parse("JPY 100"), 3, 0)).isEqualTo(Money.parse("JPY 34"));
        assertThat(UnitShares.share(Money.parse("BHD 1.000"), 3, 2)).isEqualTo(Money.parse("BHD 0.333"));
    }
}

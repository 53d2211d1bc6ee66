// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.pricing.DiscountAllocation;
import dev.oms.spi.pricing.PriceBreakdown;
import dev.oms.spi.pricing.ShippingCharge;
import dev.oms.spi.pricing.TaxLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * jqwik generators for line prices as a pricing port answers them: discounts within the line's value, taxes, prices
 * with or without tax, and shipping charges. Every amount is in the line's currency and exact to its minor unit, and
 * no line's total is negative, as the port's contract requires.
 */
public final class PriceArbitraries {
    private static final List<String> JURISDICTIONS = List.of("GB", "DE", "US-NY", "JP", "BH");

    private PriceArbitraries() {}

    /**
     * {@return breakdowns of a line: about half priced as given, the others with up to two discounts (together at most
     * the line's value) and up to two taxes, including tax or not}
     *
     * @param unitPrice the line's unit price
     * @param quantity the line's units
     */
    public static Arbitrary<PriceBreakdown> breakdowns(Money unitPrice, long quantity) {
        long value = unitPrice.getAmountMinorLong() * quantity;
        CurrencyUnit currency = unitPrice.getCurrencyUnit();
        Arbitrary<List<DiscountAllocation>> discounts = Combinators.combine(OmsArbitraries.codes(),
                        Arbitraries.longs().between(0, value / 2))
                .as((promotion, minor) -> new DiscountAllocation(promotion, Money.ofMinor(currency, minor)))
                .list().ofMaxSize(2);
        Arbitrary<List<TaxLine>> taxes = Combinators.combine(Arbitraries.of(JURISDICTIONS), Arbitraries.integers().between(0, 30))
                .as((jurisdiction, percent) -> new TaxLine(jurisdiction, BigDecimal.valueOf(percent, 2),
                        unitPrice.multipliedBy(quantity).multipliedBy(BigDecimal.valueOf(percent, 2), java.math.RoundingMode.HALF_UP)))
                .list().ofMaxSize(2);
        Arbitrary<PriceBreakdown> priced = Combinators.combine(discounts, taxes, Arbitraries.of(true, false)).as(PriceBreakdown::new);
        return Arbitraries.oneOf(Arbitraries.just(PriceBreakdown.NONE), priced);
    }

    /**
     * {@return the line with a breakdown of {@link #breakdowns}}
     *
     * @param line a line priced as given
     */
    public static Arbitrary<PlacedLine> priced(PlacedLine line) {
        return breakdowns(line.unitPrice(), line.quantity()).map(price -> new PlacedLine(line.lineId(), line.sku(), line.quantity(),
                line.unitPrice(), line.stockTracked(), price));
    }

    /**
     * {@return shipping charges in a currency, about half of them none; taxed or not}
     *
     * @param currency the order's currency
     */
    public static Arbitrary<Optional<ShippingCharge>> shippingCharges(CurrencyUnit currency) {
        Arbitrary<ShippingCharge> charges = Combinators.combine(OmsArbitraries.codes(), Arbitraries.longs().between(0, 100_000),
                        Arbitraries.integers().between(0, 30), Arbitraries.of(true, false))
                .as((service, minor, percent, included) -> {
                    Money amount = Money.ofMinor(currency, minor);
                    List<TaxLine> taxes = percent == 0 ? List.of() : List.of(new TaxLine("GB", BigDecimal.valueOf(percent, 2),
                            amount.multipliedBy(BigDecimal.valueOf(percent, 2), java.math.RoundingMode.HALF_UP)));
                    return new ShippingCharge(service, amount, taxes, included);
                });
        return Arbitraries.oneOf(Arbitraries.just(Optional.<ShippingCharge>empty()), charges.map(Optional::of));
    }
}

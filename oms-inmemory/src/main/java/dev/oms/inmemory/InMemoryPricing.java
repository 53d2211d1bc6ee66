// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.pricing.DiscountAllocation;
import dev.oms.spi.pricing.PriceBreakdown;
import dev.oms.spi.pricing.PricedLine;
import dev.oms.spi.pricing.Pricing;
import dev.oms.spi.pricing.PricingAnswer;
import dev.oms.spi.pricing.PricingRequest;
import dev.oms.spi.pricing.ShippingCharge;
import dev.oms.spi.pricing.TaxLine;
import dev.oms.spi.pricing.UnitShares;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A {@link Pricing} port from a few rules, for hosts without a promotion engine or tax service and for tests.
 * Immutable, so safe for concurrent callers: each {@code with...} answers a new instance. {@link #asOffered()}, no rule
 * at all, prices as the channel offered (no discount, no tax, no shipping charge), as oms does by default.
 *
 * <ul>
 *   <li>Tax: a rate per destination country, and optionally per tax class of a SKU (a reduced rate for books, say),
 *       on each line's value after its discounts; rounded half up to the currency's minor unit, per line.</li>
 *   <li>Promotions, order-level: a percentage of the order's value or a fixed amount (at most the order's value),
 *       allocated across the lines pro rata by their value, the minor units left by rounding going to the first lines
 *       ({@link UnitShares#proRata}).</li>
 *   <li>Shipping: a flat charge, or one per shipping service; taxed at the destination's standard rate. A pickup
 *       order is charged no shipping.</li>
 * </ul>
 */
public final class InMemoryPricing implements Pricing {
    /** The tax class of a SKU given none. */
    public static final String STANDARD = "standard";

    private final Map<String, BigDecimal> rates;
    private final Map<Sku, String> taxClasses;
    private final List<Promotion> promotions;
    private final Optional<Money> flatShipping;
    private final Map<String, Money> shippingByService;
    private final boolean taxIncluded;

    /**
     * An order-level promotion.
     *
     * @param id its id, named in each line's {@link DiscountAllocation}
     * @param percent the percentage off the order's value, if it is one (10 for 10%)
     * @param amount the fixed amount off the order, if it is one
     */
    public record Promotion(String id, Optional<BigDecimal> percent, Optional<Money> amount) {
        /** Checks the promotion: one of a percentage and an amount.
         * @param id its id
         * @param percent the percentage off, if any
         * @param amount the fixed amount off, if any */
        public Promotion {
            Require.nonBlank(id, "id");
            if (percent.isPresent() == amount.isPresent()) {
                throw new IllegalArgumentException("a promotion takes a percentage or an amount off, not both or neither");
            }
        }

        /** {@return a promotion taking a percentage off the order}
         * @param id its id
         * @param percent the percentage, 10 for 10% */
        public static Promotion percentOff(String id, BigDecimal percent) {
            return new Promotion(id, Optional.of(percent), Optional.empty());
        }

        /** {@return a promotion taking a fixed amount off the order}
         * @param id its id
         * @param amount the amount, in the order's currency */
        public static Promotion amountOff(String id, Money amount) {
            return new Promotion(id, Optional.empty(), Optional.of(amount));
        }
    }

    private InMemoryPricing(Map<String, BigDecimal> rates, Map<Sku, String> taxClasses, List<Promotion> promotions,
            Optional<Money> flatShipping, Map<String, Money> shippingByService, boolean taxIncluded) {
        this.rates = Map.copyOf(rates);
        this.taxClasses = Map.copyOf(taxClasses);
        this.promotions = List.copyOf(promotions);
        this.flatShipping = flatShipping;
        this.shippingByService = Map.copyOf(shippingByService);
        this.taxIncluded = taxIncluded;
    }

    /** {@return pricing with no rule: prices as offered, no discount, no tax, no shipping charge} */
    public static InMemoryPricing asOffered() {
        return new InMemoryPricing(Map.of(), Map.of(), List.of(), Optional.empty(), Map.of(), false);
    }

    /** {@return this pricing, taxing orders shipped to a country at a rate (its standard rate)}
     * @param countryCode the destination's ISO country code
     * @param rate the rate as a fraction, 0.20 for 20% */
    public InMemoryPricing withTax(String countryCode, BigDecimal rate) {
        return withTax(countryCode, STANDARD, rate);
    }

    /** {@return this pricing, taxing a tax class of SKUs shipped to a country at a rate}
     * @param countryCode the destination's ISO country code
     * @param taxClass the tax class ({@link #STANDARD} for SKUs given none)
     * @param rate the rate as a fraction */
    public InMemoryPricing withTax(String countryCode, String taxClass, BigDecimal rate) {
        Map<String, BigDecimal> more = new HashMap<>(rates);
        more.put(countryCode + "/" + taxClass, Require.nonNull(rate, "rate"));
        return new InMemoryPricing(more, taxClasses, promotions, flatShipping, shippingByService, taxIncluded);
    }

    /** {@return this pricing, with a SKU in a tax class}
     * @param sku the SKU
     * @param taxClass its tax class */
    public InMemoryPricing withTaxClass(Sku sku, String taxClass) {
        Map<Sku, String> more = new HashMap<>(taxClasses);
        more.put(sku, Require.nonBlank(taxClass, "taxClass"));
        return new InMemoryPricing(rates, more, promotions, flatShipping, shippingByService, taxIncluded);
    }

    /** {@return this pricing, with unit prices and shipping charges that include tax (or exclude it, the default)}
     * @param included whether prices include tax */
    public InMemoryPricing withPricesIncludingTax(boolean included) {
        return new InMemoryPricing(rates, taxClasses, promotions, flatShipping, shippingByService, included);
    }

    /** {@return this pricing, applying an order-level promotion to every order, after those added before}
     * @param promotion the promotion */
    public InMemoryPricing withPromotion(Promotion promotion) {
        List<Promotion> more = new ArrayList<>(promotions);
        more.add(Require.nonNull(promotion, "promotion"));
        return new InMemoryPricing(rates, taxClasses, more, flatShipping, shippingByService, taxIncluded);
    }

    /** {@return this pricing, charging a flat amount for shipping, whatever the service}
     * @param amount the charge, in the orders' currency */
    public InMemoryPricing withShipping(Money amount) {
        return new InMemoryPricing(rates, taxClasses, promotions, Optional.of(amount), shippingByService, taxIncluded);
    }

    /** {@return this pricing, charging an amount for one shipping service, the flat charge (if any) for the others}
     * @param service the shipping service an order names
     * @param amount the charge */
    public InMemoryPricing withShipping(String service, Money amount) {
        Map<String, Money> more = new HashMap<>(shippingByService);
        more.put(Require.nonBlank(service, "service"), Require.nonNull(amount, "amount"));
        return new InMemoryPricing(rates, taxClasses, promotions, flatShipping, more, taxIncluded);
    }

    @Override
    public PricingAnswer price(PricingRequest request) {
        List<PricingRequest.Line> lines = request.lines();
        List<Money> values = lines.stream().map(PricingRequest.Line::value).toList();
        List<List<DiscountAllocation>> discounts = new ArrayList<>();
        lines.forEach(l -> discounts.add(new ArrayList<>()));
        Money left = values.stream().reduce(Money.zero(request.currency()), Money::plus);
        for (Promotion promotion : promotions) {
            Money base = left;
            Money asked = promotion.amount().orElseGet(() -> base.multipliedBy(promotion.percent().get().movePointLeft(2), RoundingMode.HALF_UP));
            Money off = asked.isGreaterThan(base) ? base : asked;
            // Lines are weighed by what is left of their value, so stacked promotions never take a line below zero.
            List<Money> weights = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                weights.add(values.get(i).minus(sum(request, discounts.get(i))));
            }
            List<Money> parts = UnitShares.proRata(off, weights);
            for (int i = 0; i < lines.size(); i++) {
                if (parts.get(i).isPositive()) {
                    discounts.get(i).add(new DiscountAllocation(promotion.id(), parts.get(i)));
                }
            }
            left = left.minus(off);
        }
        String country = request.shipTo().countryCode();
        List<PricedLine> priced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PricingRequest.Line line = lines.get(i);
            String taxClass = taxClasses.getOrDefault(line.sku(), STANDARD);
            List<TaxLine> taxes = tax(country, taxClass, values.get(i).minus(sum(request, discounts.get(i))));
            priced.add(new PricedLine(line.lineId(), line.unitPrice(), new PriceBreakdown(discounts.get(i), taxes, taxIncluded)));
        }
        return new PricingAnswer.Priced(priced, shipping(request, country));
    }

    private Optional<ShippingCharge> shipping(PricingRequest request, String country) {
        if (request.pickup().isPresent()) {
            return Optional.empty();
        }
        Optional<Money> charge = request.shippingService().map(shippingByService::get).or(() -> flatShipping);
        return charge.map(amount -> new ShippingCharge(request.shippingService().orElse("shipping"), amount,
                tax(country, STANDARD, amount), taxIncluded));
    }

    /** The tax on a base at the rate for the country and class: none without a rate; half up, per line. */
    private List<TaxLine> tax(String country, String taxClass, Money base) {
        BigDecimal rate = rates.get(country + "/" + taxClass);
        if (rate == null || base.isZero()) {
            return List.of();
        }
        // Tax-inclusive: the price holds base / (1 + rate) net, the rest is tax.
        Money tax = taxIncluded
                ? base.minus(base.dividedBy(BigDecimal.ONE.add(rate), RoundingMode.HALF_UP))
                : base.multipliedBy(rate, RoundingMode.HALF_UP);
        return List.of(new TaxLine(country, rate, tax));
    }

    private static Money sum(PricingRequest request, List<DiscountAllocation> discounts) {
        return discounts.stream().map(DiscountAllocation::amount).reduce(Money.zero(request.currency()), Money::plus);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryPricing;
import dev.oms.inmemory.InMemoryPricing.Promotion;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.pricing.DiscountAllocation;
import dev.oms.spi.pricing.PriceBreakdown;
import dev.oms.spi.pricing.PricedLine;
import dev.oms.spi.pricing.Pricing;
import dev.oms.spi.pricing.PricingAnswer;
import dev.oms.spi.pricing.TaxLine;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Exact line prices at placement: the pricing port's discounts, taxes and shipping charge are stored with the order,
 * the amount authorised is the priced total to the cent, and the packages' captures add up to it exactly.
 */
class LinePricesTest {
    private static final LocationId WH = LocationId.of("WH-1");
    private static final BigDecimal VAT = new BigDecimal("0.20");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();

    private OrderManagement shop(Pricing pricing) {
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        for (String sku : List.of("MUG", "TEA", "SPOON")) {
            adapters.catalog().add(new Product(Sku.of(sku), sku));
            adapters.inventory().setStock(Sku.of(sku), WH, 100, "A-" + sku);
        }
        return OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).pricing(pricing).build();
    }

    @Test
    void aThreeLineOrderWithATenPercentPromotionAndTwentyPercentVatIsAuthorisedToTheCent() {
        OrderManagement oms = shop(InMemoryPricing.asOffered().withTax("GB", VAT)
                .withPromotion(Promotion.percentOff("SPRING10", BigDecimal.TEN)));

        Order order = oms.orders().place(TestShop.order("web-1", TestShop.line("MUG", 3, "EUR 12.99"),
                TestShop.line("TEA", 2, "EUR 7.45"), TestShop.line("SPOON", 7, "EUR 1.11"))).get();

        // 61.64 of goods, 6.16 off (3.90, 1.49, 0.77 pro rata, the two cents left to the first lines), 20% VAT per line.
        assertThat(breakdown(order, "L1")).isEqualTo(new PriceBreakdown(List.of(new DiscountAllocation("SPRING10", eur("3.90"))),
                List.of(new TaxLine("GB", VAT, eur("7.01"))), false));
        assertThat(breakdown(order, "L2").discount(eur("7.45"))).isEqualTo(eur("1.49"));
        assertThat(breakdown(order, "L2").tax(eur("7.45"))).isEqualTo(eur("2.68"));
        assertThat(breakdown(order, "L3").discount(eur("1.11"))).isEqualTo(eur("0.77"));
        assertThat(breakdown(order, "L3").tax(eur("1.11"))).isEqualTo(eur("1.40"));
        assertThat(order.lines().values().map(Line::total)).containsExactly(eur("42.08"), eur("16.09"), eur("8.40"));
        assertThat(order.activeValue()).isEqualTo(eur("66.57"));
        assertThat(adapters.payments().authorized(order.id(), CurrencyUnit.EUR)).isEqualTo(eur("66.57"));
        assertThat(order.amountToAuthorize()).isEqualTo(eur("0.00"));

        // Each unit's share: the discount and the tax split with the remainder on the first units.
        Line mugs = order.line(LineId.of("L1")).get();
        assertThat(List.of(mugs.valueOfUnits(0, 1), mugs.valueOfUnits(1, 1), mugs.valueOfUnits(2, 1)))
                .containsExactly(eur("14.03"), eur("14.03"), eur("14.02"));
        Line tea = order.line(LineId.of("L2")).get();
        assertThat(List.of(tea.valueOfUnits(0, 1), tea.valueOfUnits(1, 1))).containsExactly(eur("8.04"), eur("8.05"));
    }

    @Test
    void cancellingAUnitTakesTheLastShareOffTheOrdersValue() {
        OrderManagement oms = shop(InMemoryPricing.asOffered().withTax("GB", VAT));
        Order order = oms.orders().place(TestShop.order("web-2", TestShop.line("MUG", 3, "EUR 12.99"))).get();
        assertThat(order.activeValue()).isEqualTo(eur("46.76")); // 38.97 + 7.79 VAT: 2.60, 2.60, 2.59 a unit

        Order cancelled = oms.orders().cancel(order.id(), dev.oms.core.application.CancelRequest.units("cancel-1",
                LineId.of("L1"), 1, "changed mind")).get().order();

        assertThat(cancelled.activeValue()).isEqualTo(eur("31.18")); // less 12.99 + 2.59, the last unit's share
    }

    @Test
    void withTaxInclusivePricesTheTaxIsShownNotAdded() {
        OrderManagement oms = shop(InMemoryPricing.asOffered().withTax("GB", VAT).withPricesIncludingTax(true));

        Order order = oms.orders().place(TestShop.order("web-3", TestShop.line("MUG", 2, "EUR 10.00"))).get();

        // 20.00 holds 16.67 net and 3.33 VAT; the customer pays 20.00.
        assertThat(breakdown(order, "L1")).isEqualTo(new PriceBreakdown(List.of(), List.of(new TaxLine("GB", VAT, eur("3.33"))), true));
        assertThat(order.activeValue()).isEqualTo(eur("20.00"));
        assertThat(adapters.payments().authorized(order.id(), CurrencyUnit.EUR)).isEqualTo(eur("20.00"));
    }

    @Test
    void shippingIsChargedAndTaxedOnceWithTheFirstPackageAndTheCapturesAddUpToTheAuthorisation() {
        OrderManagement oms = shop(InMemoryPricing.asOffered().withTax("GB", VAT).withShipping(eur("4.99")));

        Order order = oms.orders().place(TestShop.order("web-4", TestShop.line("MUG", 3, "EUR 12.99"))).get();
        // 38.97 + 7.79 VAT + shipping 4.99 + 1.00 VAT
        assertThat(order.charges().shipping().get().total()).isEqualTo(eur("5.99"));
        assertThat(order.activeValue()).isEqualTo(eur("52.75"));
        assertThat(adapters.payments().authorized(order.id(), CurrencyUnit.EUR)).isEqualTo(eur("52.75"));

        pickAll(oms, order);
        packAndShip(oms, order, 1, "pack-1");
        assertThat(adapters.payments().captured(order.id(), CurrencyUnit.EUR)).isEqualTo(eur("21.58")); // 12.99 + 2.60 + 5.99
        Order second = packAndShip(oms, order, 2, "pack-2");

        assertThat(second.packages().values().map(second::value)).containsExactly(eur("21.58"), eur("31.17"));
        assertThat(adapters.payments().captured(order.id(), CurrencyUnit.EUR)).isEqualTo(eur("52.75"));
        assertThat(second.outstanding()).isEqualTo(eur("0.00"));
    }

    @Test
    void aPriceInAnotherCurrencyIsRejectedAndNothingIsPlaced() {
        OrderManagement oms = shop(request -> new PricingAnswer.Priced(request.lines().stream()
                .map(l -> new PricedLine(l.lineId(), Money.of(CurrencyUnit.USD, l.unitPrice().getAmount()), PriceBreakdown.NONE))
                .toList(), Optional.empty()));

        Either<Rejection, Order> fromTheChannel = oms.orders().place(TestShop.order("web-5", TestShop.line("MUG", 1, "EUR 12.99"),
                TestShop.line("TEA", 1, "USD 7.45")));
        Either<Rejection, Order> fromThePricing = oms.orders().place(TestShop.order("web-6", TestShop.line("MUG", 1, "EUR 12.99")));

        assertThat(fromTheChannel.getLeft().problems()).extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.CURRENCY_MISMATCH, "lines[1].unitPrice"));
        assertThat(fromThePricing.getLeft().problems()).extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.CURRENCY_MISMATCH, "pricing.lines[0].unitPrice"));
        assertThat(adapters.orders().findByChannelOrder(Channel.WEB, "web-6")).isEmpty();
        assertThat(adapters.orders().findByChannelOrder(Channel.WEB, "web-5")).isEmpty();
    }

    @Test
    void anAnswerBreakingThePortsContractIsRefusedNamingEveryBreach() {
        OrderManagement oms = shop(request -> new PricingAnswer.Priced(List.of(new PricedLine(LineId.of("L1"), eur("5.00"),
                new PriceBreakdown(List.of(new DiscountAllocation("ALL-OFF", eur("6.00"))), List.of(), false))), Optional.empty()));
        OrderManagement refusing = OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK))
                .pricing(request -> new PricingAnswer.Refused("code SPRING10 expired")).build();

        Rejection tooMuchOff = oms.orders().place(TestShop.order("web-7", TestShop.line("MUG", 1, "EUR 5.00"))).getLeft();
        Rejection missingLine = oms.orders().place(TestShop.order("web-8", TestShop.line("MUG", 1, "EUR 5.00"),
                TestShop.line("TEA", 1, "EUR 5.00"))).getLeft();
        Rejection refused = refusing.orders().place(TestShop.order("web-9", TestShop.line("MUG", 1, "EUR 5.00"))).getLeft();

        assertThat(tooMuchOff.codes()).containsExactly(ProblemCode.DISCOUNT_EXCEEDS_LINE_VALUE);
        assertThat(missingLine.codes()).containsExactly(ProblemCode.PRICING_MISMATCH);
        assertThat(refused.codes()).containsExactly(ProblemCode.PRICING_REFUSED);
        assertThat(refused.problems().get(0).message()).isEqualTo("code SPRING10 expired");
    }

    @Test
    void byDefaultAnOrderIsPricedAsOfferedAsBefore() {
        OrderManagement oms = OrderManagement.using(adapters.ports(TestShop.CLOCK));
        shop(Pricing.asOffered());

        Order order = oms.orders().place(TestShop.order("web-10", TestShop.line("MUG", 3, "EUR 10.00"))).get();

        assertThat(order.lines().values().map(Line::price)).containsOnly(PriceBreakdown.NONE);
        assertThat(order.charges().shipping()).isEmpty();
        assertThat(adapters.payments().authorized(order.id(), CurrencyUnit.EUR)).isEqualTo(eur("30.00"));
    }

    private static void pickAll(OrderManagement oms, Order order) {
        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        oms.warehouse().confirmPicked(order.id(), lists.pickListIds().get(0)).get();
    }

    private static Order packAndShip(OrderManagement oms, Order order, long units, String key) {
        Packed packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of(key, WH,
                List.of(new PackageItem(LineId.of("L1"), units)))).get();
        return oms.warehouse().ship(order.id(), packed.packageId(), "ground").get().order();
    }

    private static PriceBreakdown breakdown(Order order, String line) {
        return order.line(LineId.of(line)).get().price();
    }

    private static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }
}

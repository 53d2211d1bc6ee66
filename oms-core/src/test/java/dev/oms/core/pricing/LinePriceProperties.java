// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryPricing;
import dev.oms.inmemory.InMemoryPricing.Promotion;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Whatever the prices, promotion, tax and shipping, in any currency's scale: the amount authorised is the priced total
 * stored with {@code OrderPlaced}, and shipping the units one package at a time captures exactly that amount.
 */
class LinePriceProperties {
    private static final LocationId WH = LocationId.of("WH-1");

    record Case(CurrencyUnit currency, List<long[]> lines, int vatPercent, int promotionPercent, long shippingMinor, boolean included) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<long[]> line = Combinators.combine(Arbitraries.longs().between(0, 100_000), Arbitraries.longs().between(1, 5))
                .as((price, quantity) -> new long[] {price, quantity});
        return Combinators.combine(Arbitraries.of(CurrencyUnit.of("JPY"), CurrencyUnit.EUR, CurrencyUnit.of("BHD")),
                        line.list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(0, 27), Arbitraries.integers().between(0, 50),
                        Arbitraries.longs().between(0, 2_000), Arbitraries.of(true, false))
                .as(Case::new);
    }

    @Property(tries = 100)
    void theAmountAuthorisedIsThePricedTotalAndThePackagesCaptureExactlyIt(@ForAll("cases") Case c) {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        InMemoryPricing pricing = InMemoryPricing.asOffered().withTax("GB", BigDecimal.valueOf(c.vatPercent(), 2))
                .withPricesIncludingTax(c.included()).withPromotion(Promotion.percentOff("P", BigDecimal.valueOf(c.promotionPercent())));
        if (c.shippingMinor() > 0) {
            pricing = pricing.withShipping(Money.ofMinor(c.currency(), c.shippingMinor()));
        }
        OrderManagement oms = OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).pricing(pricing).build();
        List<LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            Sku sku = Sku.of("SKU-" + i);
            adapters.catalog().add(new Product(sku, sku.code()));
            adapters.inventory().setStock(sku, WH, 100, "A");
            lines.add(new LineRequest(sku, c.lines().get(i)[1], Money.ofMinor(c.currency(), c.lines().get(i)[0])));
        }

        Order order = oms.orders().place(TestShop.order("web-1", lines.toArray(LineRequest[]::new))).get();
        Money total = ((OrderPlaced) adapters.orders().load(order.id()).get().commits().get(0).events().get(0)).total();

        assertThat(order.activeValue()).isEqualTo(total);
        assertThat(adapters.payments().authorized(order.id(), c.currency())).isEqualTo(total.isZero() ? Money.zero(c.currency()) : total);
        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        oms.warehouse().confirmPicked(order.id(), lists.pickListIds().get(0)).get();
        int n = 0;
        for (int i = 0; i < c.lines().size(); i++) {
            for (long unit = 0; unit < c.lines().get(i)[1]; unit++) {
                String key = "pack-" + n++;
                var packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of(key, WH,
                        List.of(new PackageItem(LineId.ofPosition(i), 1)))).get();
                oms.warehouse().ship(order.id(), packed.packageId(), "ground").get();
            }
        }
        assertThat(adapters.payments().captured(order.id(), c.currency())).isEqualTo(total);
    }
}

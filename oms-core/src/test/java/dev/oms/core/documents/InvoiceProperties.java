// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.documents;

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
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Whatever the prices, promotions, tax rates and shipping, in any currency's scale, and however the units are split
 * into packages and in whatever order those ship: each package's invoice totals exactly what the package was worth as
 * it shipped ({@code order.value(pkg)}), its parts add up to its total, and the numbers run 1 to n.
 */
class InvoiceProperties {
    private static final LocationId WH = LocationId.of("WH-1");
    private static final int PACKAGES = 4;

    /**
     * One order and its packing: each line's price and quantity, the pricing, and for each unit (lines' units in turn)
     * the package it goes in, {@link #PACKAGES} meaning not packed; the packages ship in {@code shipOrder}.
     */
    record Case(CurrencyUnit currency, List<long[]> lines, Prices prices, List<Integer> packageOfUnit, List<Integer> shipOrder) {
        int vatPercent() { return prices.vatPercent(); }
        int reducedPercent() { return prices.reducedPercent(); }
        int promotionPercent() { return prices.promotionPercent(); }
        long shippingMinor() { return prices.shippingMinor(); }
        boolean included() { return prices.included(); }
    }

    /** The pricing: standard and reduced VAT (SKU-0 is reduced), an order-level promotion, shipping, tax included or not. */
    record Prices(int vatPercent, int reducedPercent, int promotionPercent, long shippingMinor, boolean included) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<long[]> line = Combinators.combine(Arbitraries.longs().between(0, 100_000), Arbitraries.longs().between(1, 5))
                .as((price, quantity) -> new long[] {price, quantity});
        Arbitrary<Integer> vat = Arbitraries.integers().between(0, 27);
        Arbitrary<Prices> prices = Combinators.combine(vat, vat, Arbitraries.integers().between(0, 50),
                Arbitraries.longs().between(0, 2_000), Arbitraries.of(true, false)).as(Prices::new);
        return Combinators.combine(Arbitraries.of(CurrencyUnit.of("JPY"), CurrencyUnit.EUR, CurrencyUnit.of("BHD")),
                        line.list().ofMinSize(1).ofMaxSize(4), prices,
                        Arbitraries.integers().between(0, PACKAGES).list().ofSize(20),
                        Arbitraries.shuffle(0, 1, 2, 3))
                .as(Case::new);
    }

    @Property(tries = 100)
    void eachShippedPackagesInvoiceTotalsExactlyItsValue(@ForAll("cases") Case c) {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        InMemoryPricing pricing = InMemoryPricing.asOffered().withTax("GB", BigDecimal.valueOf(c.vatPercent(), 2))
                .withTax("GB", "reduced", BigDecimal.valueOf(c.reducedPercent(), 2)).withTaxClass(Sku.of("SKU-0"), "reduced")
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
        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        oms.warehouse().confirmPicked(order.id(), lists.pickListIds().get(0)).get();

        List<PackageId> packed = pack(oms, order, c);
        List<PackageId> shipped = new ArrayList<>();
        for (int p : c.shipOrder()) {
            if (packed.get(p) != null) {
                oms.warehouse().ship(order.id(), packed.get(p), "ground").get();
                shipped.add(packed.get(p));
            }
        }
        Order after = oms.queries().find(order.id()).get();

        Money zero = Money.zero(c.currency());
        Money invoiced = zero;
        List<Long> numbers = new ArrayList<>();
        for (PackageId pkg : shipped) {
            Invoice invoice = oms.documents().invoice(order.id(), pkg).get();
            Money parts = invoice.lines().stream().map(Invoice.Line::total).reduce(zero, Money::plus)
                    .plus(invoice.shipping().map(Invoice.Shipping::total).orElse(zero));
            assertThat(invoice.total()).isEqualTo(after.value(after.packages().get(pkg).get())).isEqualTo(parts);
            assertThat(invoice.tax()).isEqualTo(invoice.taxes().stream().map(Invoice.Tax::amount).reduce(zero, Money::plus));
            assertThat(invoice.shipping().isPresent()).isEqualTo(c.shippingMinor() > 0 && pkg.equals(shipped.get(0)));
            invoiced = invoiced.plus(invoice.total());
            numbers.add(invoice.number().sequence());
        }
        assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, shipped.size()).boxed().toList());
        assertThat(invoiced).isEqualTo(adapters.payments().captured(order.id(), c.currency()));
        if (shipped.size() == packed.stream().filter(p -> p != null).count() && c.packageOfUnit().stream()
                .limit(units(c)).noneMatch(p -> p == PACKAGES)) {
            assertThat(invoiced).isEqualTo(after.activeValue()); // every unit shipped: the invoices add up to the order
        }
    }

    /** Packs each package of the case that got units; answers each package's id by its number, null for one left empty. */
    private static List<PackageId> pack(OrderManagement oms, Order order, Case c) {
        List<List<PackageItem>> contents = new ArrayList<>();
        for (int p = 0; p < PACKAGES; p++) {
            contents.add(new ArrayList<>());
        }
        int unit = 0;
        for (int i = 0; i < c.lines().size(); i++) {
            long[] perPackage = new long[PACKAGES + 1];
            for (long u = 0; u < c.lines().get(i)[1]; u++) {
                perPackage[c.packageOfUnit().get(unit++)]++;
            }
            for (int p = 0; p < PACKAGES; p++) {
                if (perPackage[p] > 0) {
                    contents.get(p).add(new PackageItem(LineId.ofPosition(i), perPackage[p]));
                }
            }
        }
        List<PackageId> packed = new ArrayList<>();
        for (int p = 0; p < PACKAGES; p++) {
            packed.add(contents.get(p).isEmpty() ? null : oms.warehouse().confirmPacked(order.id(),
                    PackRequest.of("pack-" + p, WH, contents.get(p))).get().packageId());
        }
        return packed;
    }

    private static long units(Case c) {
        return c.lines().stream().mapToLong(l -> l[1]).sum();
    }
}

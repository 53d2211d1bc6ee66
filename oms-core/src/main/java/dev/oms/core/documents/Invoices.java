// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.documents;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.invoice.InvoiceNumber;
import dev.oms.spi.pricing.DiscountAllocation;
import dev.oms.spi.pricing.ShippingCharge;
import dev.oms.spi.pricing.TaxLine;
import dev.oms.spi.pricing.UnitShares;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Makes the {@link Invoice} of a shipped package, as a pure function of the order. The package is valued the way the
 * order valued it as it shipped ({@code Charges.shipped}): each of its lines' units take the next unit numbers after
 * the units of that line shipped in earlier packages, each discount and tax is split over them by
 * {@link UnitShares}, and the shipping charge goes on the order's first package to ship. The amounts are those same
 * shares, component by component, so the invoice's total is the package's value to the minor unit.
 */
public final class Invoices {
    private Invoices() {}

    /**
     * The invoice of one of an order's shipped packages.
     *
     * @param order the order, as it stands
     * @param pkg one of its packages, shipped (or delivered)
     * @param number the number the invoice numbers port issued for the package, with its issue instant
     * @param seller the host's reference for the selling party, if any
     * @return the invoice
     * @throws IllegalArgumentException when the package is not the order's or has not shipped
     */
    public static Invoice of(Order order, OrderPackage pkg, InvoiceNumber number, Optional<String> seller) {
        Require.nonNull(order, "order");
        Require.nonNull(pkg, "pkg");
        Require.nonNull(number, "number");
        Require.nonNull(seller, "seller");
        if (!order.packages().get(pkg.id()).contains(pkg)) {
            throw new IllegalArgumentException("package " + pkg.id() + " is not one of order " + order.id() + "'s");
        }
        if (!pkg.isShipped()) {
            throw new IllegalArgumentException("package " + pkg.id() + " has not shipped: only a shipped package is invoiced");
        }
        List<OrderPackage> before = shippedBefore(order, pkg.id());
        Money zero = Money.zero(order.currency());
        List<Invoice.Line> lines = new ArrayList<>();
        for (LineId lineId : pkg.contents().map(PackageItem::lineId).distinct()) {
            long from = before.stream().mapToLong(p -> p.units(lineId)).sum();
            lines.add(line(order.line(lineId).get(), from, pkg.units(lineId)));
        }
        Optional<Invoice.Shipping> shipping = before.isEmpty()
                ? order.charges().shipping().map(Invoices::shipping).toJavaOptional() : Optional.empty();
        Map<Map.Entry<String, BigDecimal>, Invoice.Tax> taxes = new LinkedHashMap<>();
        Money subtotal = zero;
        Money discount = zero;
        Money total = zero;
        for (Invoice.Line line : lines) {
            subtotal = subtotal.plus(line.amount());
            discount = discount.plus(line.discounts().stream().map(Invoice.Discount::amount).reduce(zero, Money::plus));
            total = total.plus(line.total());
            line.taxes().forEach(t -> add(taxes, t));
        }
        if (shipping.isPresent()) {
            total = total.plus(shipping.get().total());
            shipping.get().taxes().forEach(t -> add(taxes, t));
        }
        Money tax = taxes.values().stream().map(Invoice.Tax::amount).reduce(zero, Money::plus);
        return new Invoice(number, seller, order.customer(), order.id(), order.externalId(), pkg.id(), pkg.location(),
                order.currency(), lines, shipping, List.copyOf(taxes.values()), subtotal, discount, tax, total);
    }

    /**
     * The packages that shipped before this one, first shipped first: those the order valued before it (in the order
     * valued), then, for an order whose units all cost their unit price and so were never valued one by one, the
     * other shipped packages in the order packed, whose order then changes no amount.
     */
    private static List<OrderPackage> shippedBefore(Order order, PackageId packageId) {
        List<OrderPackage> inShippingOrder = new ArrayList<>();
        order.charges().shippedValues().keySet().forEach(id -> order.packages().get(id).filter(OrderPackage::isShipped)
                .forEach(inShippingOrder::add));
        order.packages().values().filter(p -> p.isShipped() && !order.charges().shippedValues().containsKey(p.id()))
                .forEach(inShippingOrder::add);
        List<OrderPackage> before = new ArrayList<>();
        for (OrderPackage shipped : inShippingOrder) {
            if (shipped.id().equals(packageId)) {
                return before;
            }
            before.add(shipped);
        }
        throw new IllegalStateException("shipped package " + packageId + " is missing from order " + order.id());
    }

    private static Invoice.Line line(Line line, long from, long units) {
        Money amount = line.unitPrice().multipliedBy(units);
        List<Invoice.Discount> discounts = new ArrayList<>();
        Money total = amount;
        for (DiscountAllocation d : line.price().discounts()) {
            Money share = UnitShares.ofUnits(d.amount(), line.quantity(), from, units);
            discounts.add(new Invoice.Discount(d.promotion(), share));
            total = total.minus(share);
        }
        List<Invoice.Tax> taxes = new ArrayList<>();
        for (TaxLine t : line.price().taxes()) {
            Money share = UnitShares.ofUnits(t.amount(), line.quantity(), from, units);
            taxes.add(new Invoice.Tax(t.jurisdiction(), t.rate(), share));
            total = line.price().taxIncluded() ? total : total.plus(share);
        }
        return new Invoice.Line(line.id(), line.sku(), units, line.unitPrice(), amount, discounts, taxes,
                line.price().taxIncluded(), total);
    }

    private static Invoice.Shipping shipping(ShippingCharge charge) {
        List<Invoice.Tax> taxes = charge.taxes().stream().map(t -> new Invoice.Tax(t.jurisdiction(), t.rate(), t.amount())).toList();
        return new Invoice.Shipping(charge.service(), charge.amount(), taxes, charge.taxIncluded(), charge.total());
    }

    /** Adds a tax to the totals per jurisdiction and rate; rates equal in value ({@code 0.2}, {@code 0.20}) are one rate. */
    private static void add(Map<Map.Entry<String, BigDecimal>, Invoice.Tax> taxes, Invoice.Tax tax) {
        BigDecimal rate = tax.rate().stripTrailingZeros();
        taxes.merge(Map.entry(tax.jurisdiction(), rate), new Invoice.Tax(tax.jurisdiction(), rate, tax.amount()),
                (a, b) -> new Invoice.Tax(a.jurisdiction(), a.rate(), a.amount().plus(b.amount())));
    }
}

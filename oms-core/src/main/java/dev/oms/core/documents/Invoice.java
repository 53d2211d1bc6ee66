// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.documents;

import dev.oms.spi.invoice.InvoiceNumber;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The invoice of one shipped package: its number, the parties, each line's units with their unit price, discounts
 * and taxes (per jurisdiction and rate), the shipping charge on the order's first package to ship, and totals. Money
 * is exact: every amount is the package's own share of its line's discounts and taxes, the shares
 * {@link dev.oms.spi.pricing.UnitShares} gives the units in the order they shipped, so {@link #total()} is exactly
 * what the package was worth as it shipped ({@code Order.value(pkg)}), the amount its capture took, and the invoices
 * of all of an order's packages add up to what the order charged. Made by {@link Invoices#of}.
 *
 * @param number the invoice number, with the instant it was first issued: the issue date
 * @param seller the host's reference for the selling party (its name or tax registration), if it gave one
 * @param buyer the customer
 * @param orderId the order
 * @param externalId the channel's order number, as the customer knows the order
 * @param packageId the package invoiced
 * @param shippedFrom the location the package shipped from
 * @param currency the currency of every amount
 * @param lines the package's units per order line, in the order packed
 * @param shipping the shipping charge, on the order's first package to ship only
 * @param taxes the taxes of the lines and the shipping added up per jurisdiction and rate, in the order first met
 * @param subtotal the lines' units at their unit prices, before discounts
 * @param discount the discounts on the lines
 * @param tax every tax on the invoice, included in prices or added to them
 * @param total what the customer pays for the package: the lines' totals and the shipping charge
 */
public record Invoice(InvoiceNumber number, Optional<String> seller, CustomerRef buyer, OrderId orderId, String externalId,
        PackageId packageId, LocationId shippedFrom, CurrencyUnit currency, List<Line> lines, Optional<Shipping> shipping,
        List<Tax> taxes, Money subtotal, Money discount, Money tax, Money total) {

    /** Checks the components and copies the lists.
     * @param number the invoice number
     * @param seller the seller's reference, if any
     * @param buyer the customer
     * @param orderId the order
     * @param externalId the channel's order number
     * @param packageId the package
     * @param shippedFrom where it shipped from
     * @param currency the currency
     * @param lines the lines
     * @param shipping the shipping charge, if on this invoice
     * @param taxes the taxes per jurisdiction and rate
     * @param subtotal the units at their unit prices
     * @param discount the discounts
     * @param tax the taxes
     * @param total what the customer pays */
    public Invoice {
        Require.nonNull(number, "number");
        Require.nonNull(seller, "seller");
        Require.nonNull(buyer, "buyer");
        Require.nonNull(orderId, "orderId");
        Require.nonNull(externalId, "externalId");
        Require.nonNull(packageId, "packageId");
        Require.nonNull(shippedFrom, "shippedFrom");
        Require.nonNull(currency, "currency");
        lines = List.copyOf(Require.nonNull(lines, "lines"));
        Require.nonNull(shipping, "shipping");
        taxes = List.copyOf(Require.nonNull(taxes, "taxes"));
        Require.nonNull(subtotal, "subtotal");
        Require.nonNull(discount, "discount");
        Require.nonNull(tax, "tax");
        Require.nonNull(total, "total");
    }

    /** {@return when the invoice was issued: when its number was first issued} */
    public Instant issuedAt() {
        return number.issuedAt();
    }

    /**
     * The units of one order line on the invoice.
     *
     * @param lineId the order line
     * @param sku the SKU
     * @param quantity how many of the line's units the package holds
     * @param unitPrice the price of one unit, as placed
     * @param amount the units at their unit price, before discounts
     * @param discounts these units' shares of the line's discounts, per promotion
     * @param taxes these units' shares of the line's taxes, per jurisdiction and rate
     * @param taxIncluded whether the unit price includes the taxes: then they are shown, not added
     * @param total what the customer pays for these units: the amount, less the discounts, plus the taxes unless
     *     included
     */
    public record Line(LineId lineId, Sku sku, long quantity, Money unitPrice, Money amount, List<Discount> discounts,
            List<Tax> taxes, boolean taxIncluded, Money total) {
        /** Checks the line and copies the lists.
         * @param lineId the order line
         * @param sku the SKU
         * @param quantity how many units
         * @param unitPrice the unit price
         * @param amount the units at their unit price
         * @param discounts the discounts' shares
         * @param taxes the taxes' shares
         * @param taxIncluded whether the unit price includes the taxes
         * @param total what the customer pays for the units */
        public Line {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonNull(unitPrice, "unitPrice");
            Require.nonNull(amount, "amount");
            discounts = List.copyOf(Require.nonNull(discounts, "discounts"));
            taxes = List.copyOf(Require.nonNull(taxes, "taxes"));
            Require.nonNull(total, "total");
        }
    }

    /**
     * The shipping charge, on the invoice of the order's first package to ship.
     *
     * @param service the shipping service or the charge's description
     * @param amount the charge, before its taxes when they are excluded, after them when included
     * @param taxes the taxes on it
     * @param taxIncluded whether the amount includes the taxes
     * @param total what the customer pays for shipping
     */
    public record Shipping(String service, Money amount, List<Tax> taxes, boolean taxIncluded, Money total) {
        /** Checks the charge and copies the taxes.
         * @param service the service
         * @param amount the charge
         * @param taxes the taxes on it
         * @param taxIncluded whether the amount includes them
         * @param total what the customer pays */
        public Shipping {
            Require.nonNull(service, "service");
            Require.nonNull(amount, "amount");
            taxes = List.copyOf(Require.nonNull(taxes, "taxes"));
            Require.nonNull(total, "total");
        }
    }

    /**
     * A discount on the invoice: one promotion's share.
     *
     * @param promotion the promotion or code, as the host's promotion engine named it
     * @param amount what it takes off
     */
    public record Discount(String promotion, Money amount) {
        /** Checks the discount.
         * @param promotion the promotion
         * @param amount what it takes off */
        public Discount {
            Require.nonNull(promotion, "promotion");
            Require.nonNull(amount, "amount");
        }
    }

    /**
     * A tax on the invoice: one jurisdiction's tax at one rate.
     *
     * @param jurisdiction who levies it, as the host's tax service named it
     * @param rate the rate as a fraction ({@code 0.20} for 20%)
     * @param amount the tax
     */
    public record Tax(String jurisdiction, BigDecimal rate, Money amount) {
        /** Checks the tax.
         * @param jurisdiction who levies it
         * @param rate the rate
         * @param amount the tax */
        public Tax {
            Require.nonNull(jurisdiction, "jurisdiction");
            Require.nonNull(rate, "rate");
            Require.nonNull(amount, "amount");
        }
    }
}

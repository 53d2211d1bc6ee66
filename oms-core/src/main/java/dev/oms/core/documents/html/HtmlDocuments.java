// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.documents.html;

import dev.oms.core.documents.Invoice;
import dev.oms.core.documents.PackingSlip;
import dev.oms.core.documents.PickListDocument;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Require;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * Renders the shipping documents as self-contained HTML pages (UTF-8, no scripts, no external resources), with a
 * CSS class on each section for the host's own stylesheet. Every value is HTML-escaped. Pure functions: the same
 * document gives the same page.
 */
public final class HtmlDocuments {
    private HtmlDocuments() {}

    /**
     * {@return the pick list as an HTML page: order, location, and per item the SKU, the units and the bin}
     *
     * @param pickList the pick list document
     */
    public static String pickList(PickListDocument pickList) {
        Require.nonNull(pickList, "pickList");
        Html page = new Html("Pick list " + pickList.pickListId())
                .element("h1", "Pick list " + pickList.pickListId())
                .open("dl", "order")
                .element("dt", "Order").element("dd", pickList.orderId() + " (" + pickList.externalId() + ")")
                .element("dt", "Location").element("dd", pickList.location().toString())
                .element("dt", "State").element("dd", pickList.state().name())
                .close("dl")
                .open("table", "items").headings("Line", "SKU", "Quantity", "Bin");
        pickList.items().forEach(i -> page.cells(i.lineId().toString(), i.sku().toString(), Long.toString(i.quantity()),
                i.bin().orElse("")));
        return page.cells("", "Total", Long.toString(pickList.totalUnits()), "").close("table").end();
    }

    /**
     * {@return the packing slip as an HTML page: order, ship-to address, and per line the SKU and units; no prices}
     *
     * @param slip the packing slip
     */
    public static String packingSlip(PackingSlip slip) {
        Require.nonNull(slip, "slip");
        Html page = new Html("Packing slip " + slip.packageId())
                .element("h1", "Packing slip")
                .open("dl", "order")
                .element("dt", "Order").element("dd", slip.externalId())
                .element("dt", "Package").element("dd", slip.packageId().toString())
                .element("dt", "Shipped from").element("dd", slip.shipsFrom().toString())
                .close("dl");
        address(page, "ship-to", "Ship to", slip.shipTo());
        page.open("table", "items").headings("Line", "SKU", "Quantity");
        slip.items().forEach(i -> page.cells(i.lineId().toString(), i.sku().toString(), Long.toString(i.quantity())));
        page.cells("", "Total", Long.toString(slip.totalUnits())).close("table");
        slip.specialHandling().ifPresent(h -> page.open("section", "handling").element("h2", "Handling").element("p", h)
                .close("section"));
        slip.giftMessage().ifPresent(m -> page.open("section", "gift-message").element("h2", "Gift message").element("p", m)
                .close("section"));
        return page.end();
    }

    /**
     * {@return the invoice as an HTML page: number and issue date, parties, lines with unit price, discounts and taxes,
     * shipping, taxes per jurisdiction and rate, and totals}
     *
     * @param invoice the invoice
     * @param zone the time zone whose calendar dates the invoice (the seller's, as tax rules ask)
     */
    public static String invoice(Invoice invoice, ZoneId zone) {
        Require.nonNull(invoice, "invoice");
        Require.nonNull(zone, "zone");
        Html page = new Html("Invoice " + invoice.number().text())
                .element("h1", "Invoice " + invoice.number().text())
                .open("dl", "invoice")
                .element("dt", "Issued").element("dd", LocalDate.ofInstant(invoice.issuedAt(), zone).toString());
        invoice.seller().ifPresent(s -> page.element("dt", "Seller").element("dd", s));
        page.element("dt", "Customer").element("dd", invoice.buyer().toString())
                .element("dt", "Order").element("dd", invoice.externalId())
                .element("dt", "Package").element("dd", invoice.packageId().toString())
                .close("dl")
                .open("table", "lines").headings("Line", "SKU", "Quantity", "Unit price", "Amount", "Discounts", "Taxes", "Total");
        for (Invoice.Line line : invoice.lines()) {
            page.cells(line.lineId().toString(), line.sku().toString(), Long.toString(line.quantity()), Html.money(line.unitPrice()),
                    Html.money(line.amount()),
                    line.discounts().stream().map(d -> d.promotion() + " -" + Html.money(d.amount())).collect(Collectors.joining("; ")),
                    taxes(line.taxes(), line.taxIncluded()), Html.money(line.total()));
        }
        invoice.shipping().ifPresent(s -> page.cells("", "Shipping: " + s.service(), "", "", Html.money(s.amount()), "",
                taxes(s.taxes(), s.taxIncluded()), Html.money(s.total())));
        page.close("table").open("table", "taxes").headings("Jurisdiction", "Rate", "Tax");
        invoice.taxes().forEach(t -> page.cells(t.jurisdiction(), Html.percent(t.rate()), Html.money(t.amount())));
        return page.close("table").open("table", "totals")
                .cells("Subtotal", Html.money(invoice.subtotal()))
                .cells("Discounts", Html.money(invoice.discount()))
                .cells("Tax", Html.money(invoice.tax()))
                .cells("Total", Html.money(invoice.total()))
                .close("table").end();
    }

    private static String taxes(java.util.List<Invoice.Tax> taxes, boolean included) {
        return taxes.stream().map(t -> t.jurisdiction() + " " + Html.percent(t.rate()) + " " + Html.money(t.amount())
                + (included ? " (included)" : "")).collect(Collectors.joining("; "));
    }

    private static void address(Html page, String cssClass, String heading, Address address) {
        page.open("address", cssClass).element("h2", heading).element("p", address.recipient());
        address.lines().forEach(l -> page.element("p", l));
        page.element("p", address.postalCode() + " " + address.city()).element("p", address.countryCode()).close("address");
    }
}

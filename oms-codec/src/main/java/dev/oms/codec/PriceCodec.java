// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.pricing.DiscountAllocation;
import dev.oms.spi.pricing.PriceBreakdown;
import dev.oms.spi.pricing.ShippingCharge;
import dev.oms.spi.pricing.TaxLine;
import java.util.List;

/**
 * The stored form of a line's price breakdown and of the shipping charge (format v6). Each field is written only when
 * it holds something ({@code "discounts"} and {@code "taxes"} when not empty, {@code "taxIncluded"} only when true), so
 * a line priced as given is stored exactly as before v6, and every earlier line decodes as priced as given. A tax rate
 * is stored as a decimal string, as money amounts are: no floating point anywhere.
 */
final class PriceCodec {
    private PriceCodec() {}

    /** Adds the breakdown's fields to a stored line. */
    static void breakdown(PriceBreakdown price, ObjectNode line) {
        if (!price.discounts().isEmpty()) {
            line.set("discounts", StoredJson.array(price.discounts(), PriceCodec::discount));
        }
        taxes(price.taxes(), price.taxIncluded(), line);
    }

    /** The breakdown a stored line has; {@link PriceBreakdown#NONE} when it has none of its fields. */
    static PriceBreakdown breakdown(Fields f) {
        if (!f.has("discounts") && !f.has("taxes") && !f.has("taxIncluded")) {
            return PriceBreakdown.NONE;
        }
        List<DiscountAllocation> discounts = f.has("discounts")
                ? f.objects("discounts").stream().map(d -> new DiscountAllocation(d.string("promotion"), d.money("amount"))).toList()
                : List.of();
        return new PriceBreakdown(discounts, taxes(f), f.flag("taxIncluded", false));
    }

    static ObjectNode shipping(ShippingCharge shipping) {
        ObjectNode o = StoredJson.object();
        o.put("service", shipping.service());
        o.set("amount", Values.money(shipping.amount()));
        taxes(shipping.taxes(), shipping.taxIncluded(), o);
        return o;
    }

    static ShippingCharge shipping(Fields f) {
        return new ShippingCharge(f.string("service"), f.money("amount"), taxes(f), f.flag("taxIncluded", false));
    }

    private static void taxes(List<TaxLine> taxes, boolean taxIncluded, ObjectNode o) {
        if (!taxes.isEmpty()) {
            o.set("taxes", StoredJson.array(taxes, PriceCodec::tax));
        }
        if (taxIncluded) {
            o.put("taxIncluded", true);
        }
    }

    private static List<TaxLine> taxes(Fields f) {
        return f.has("taxes")
                ? f.objects("taxes").stream().map(t -> new TaxLine(t.string("jurisdiction"), t.decimal("rate"), t.money("amount"))).toList()
                : List.of();
    }

    private static ObjectNode discount(DiscountAllocation discount) {
        ObjectNode o = StoredJson.object();
        o.put("promotion", discount.promotion());
        o.set("amount", Values.money(discount.amount()));
        return o;
    }

    private static ObjectNode tax(TaxLine tax) {
        ObjectNode o = StoredJson.object();
        o.put("jurisdiction", tax.jurisdiction());
        o.put("rate", tax.rate().toPlainString());
        o.set("amount", Values.money(tax.amount()));
        return o;
    }
}

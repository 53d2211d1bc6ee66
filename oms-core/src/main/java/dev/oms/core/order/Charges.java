// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.pricing.ShippingCharge;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import org.joda.money.Money;

/**
 * What an order charges beyond its lines' unit prices, and what each shipped package was worth when it shipped.
 * A package's value is fixed as it ships, from the units of each line shipped before it ({@link Line#valueOfUnits}),
 * plus the shipping charge for the first package: the packages' values then add up exactly to the order's value once
 * every wanted unit has shipped, however the discounts and taxes split over the units, and in whatever order the
 * packages ship.
 *
 * @param shipping the shipping charge, if shipping is charged
 * @param shippedValues each shipped package's value, for orders whose lines have discounts or taxes or that charge
 *     shipping; the others' packages are worth their units at their unit price, as before prices had breakdowns
 */
public record Charges(Option<ShippingCharge> shipping, LinkedHashMap<PackageId, Money> shippedValues) {

    /** No shipping charge, no package valued: an order priced as given. */
    public static final Charges NONE = new Charges(Option.none(), LinkedHashMap.empty());

    /** Checks the components.
     * @param shipping the shipping charge, if any
     * @param shippedValues each shipped package's value */
    public Charges {
        Require.nonNull(shipping, "shipping");
        Require.nonNull(shippedValues, "shippedValues");
    }

    static Charges placed(Option<ShippingCharge> shipping) {
        return shipping.isEmpty() ? NONE : new Charges(shipping, LinkedHashMap.empty());
    }

    /** {@return the value a package was given when it shipped; otherwise its units at their unit price}
     * @param order the package's order
     * @param pkg the package */
    Money valueOf(Order order, OrderPackage pkg) {
        return shippedValues.get(pkg.id()).getOrElse(() -> pkg.contents().foldLeft(Money.zero(order.currency()),
                (sum, item) -> sum.plus(order.line(item.lineId()).get().priceOf(item.quantity()))));
    }

    /** {@return the shipping charge in minor units while any unit is wanted; zero once every unit is cancelled}
     * @param anyWanted whether any unit is still wanted */
    long shippingMinor(boolean anyWanted) {
        return anyWanted && shipping.isDefined() ? shipping.get().total().getAmountMinorLong() : 0;
    }

    /**
     * Values a package as it ships: the next units of each of its lines, in the order the lines' units ship, and the
     * shipping charge when it is the order's first package to ship.
     *
     * @param before the order before the package shipped
     * @param pkg the package
     * @param after the order after it shipped
     * @return {@code after}, the package's value recorded when the order's prices have any breakdown
     */
    static Order shipped(Order before, OrderPackage pkg, Order after) {
        if (before.charges().shipping().isEmpty() && before.lines().valuesIterator().forAll(l -> l.price().isNone())) {
            return after; // every unit costs its unit price: Order.value counts the package as before
        }
        boolean first = before.packages().valuesIterator().forAll(p -> !p.isShipped());
        Money value = Money.ofMinor(before.currency(), before.charges().shippingMinor(first));
        for (LineId lineId : pkg.contents().map(PackageItem::lineId).distinct()) {
            long shippedBefore = before.packages().valuesIterator().filter(OrderPackage::isShipped)
                    .map(p -> p.units(lineId)).sum().longValue();
            value = value.plus(before.line(lineId).get().valueOfUnits(shippedBefore, pkg.units(lineId)));
        }
        Charges charges = after.charges();
        return after.copy().withCharges(new Charges(charges.shipping(), charges.shippedValues().put(pkg.id(), value)));
    }
}

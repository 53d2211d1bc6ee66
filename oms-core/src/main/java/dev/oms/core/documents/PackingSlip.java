// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.documents;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Optional;

/**
 * The slip that travels in a package: who it is for and what is in it, line by line, without prices (a gift's
 * recipient sees no prices). The ship-to address and the gift message are personal data: they are on the document,
 * and {@link #toString()} leaves them out, so a slip never lands in a log with them.
 *
 * @param orderId the order
 * @param externalId the channel's order number, as the customer knows the order
 * @param packageId the package
 * @param shipsFrom the location that packed it
 * @param shipTo where it goes: the customer's address, or the store's for a click-and-collect order
 * @param items what is in it, one item per order line, in the order packed
 * @param giftMessage the customer's gift message, if any
 * @param specialHandling handling instructions, if any
 */
public record PackingSlip(OrderId orderId, String externalId, PackageId packageId, LocationId shipsFrom, Address shipTo,
        List<Item> items, Optional<String> giftMessage, Optional<String> specialHandling) {

    /** Checks the components and copies the items.
     * @param orderId the order
     * @param externalId the channel's order number
     * @param packageId the package
     * @param shipsFrom the location that packed it
     * @param shipTo where it goes
     * @param items what is in it
     * @param giftMessage the gift message, if any
     * @param specialHandling handling instructions, if any */
    public PackingSlip {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(externalId, "externalId");
        Require.nonNull(packageId, "packageId");
        Require.nonNull(shipsFrom, "shipsFrom");
        Require.nonNull(shipTo, "shipTo");
        items = List.copyOf(Require.nonNull(items, "items"));
        Require.nonNull(giftMessage, "giftMessage");
        Require.nonNull(specialHandling, "specialHandling");
    }

    /**
     * The units of one order line in the package.
     *
     * @param lineId the order line
     * @param sku the SKU
     * @param quantity how many units
     */
    public record Item(LineId lineId, Sku sku, long quantity) {
        /** Checks the item.
         * @param lineId the order line
         * @param sku the SKU
         * @param quantity how many units */
        public Item {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
        }
    }

    /**
     * The packing slip of one of an order's packages, in whatever state the package is.
     *
     * @param order the order
     * @param pkg one of the order's packages
     * @return the slip
     * @throws IllegalArgumentException when the package is not the order's
     */
    public static PackingSlip of(Order order, OrderPackage pkg) {
        Require.nonNull(order, "order");
        Require.nonNull(pkg, "pkg");
        if (!order.packages().get(pkg.id()).contains(pkg)) {
            throw new IllegalArgumentException("package " + pkg.id() + " is not one of order " + order.id() + "'s");
        }
        List<Item> items = pkg.contents().map(PackageItem::lineId).distinct()
                .map(line -> new Item(line, order.line(line).get().sku(), pkg.units(line))).toJavaList();
        return new PackingSlip(order.id(), order.externalId(), pkg.id(), pkg.location(), order.shipTo(), items,
                pkg.giftMessage().toJavaOptional(), pkg.specialHandling().toJavaOptional());
    }

    /** {@return the recipient's name, as the label and the slip show it} */
    public String recipient() {
        return shipTo.recipient();
    }

    /** {@return the units in the package, over every item} */
    public long totalUnits() {
        return items.stream().mapToLong(Item::quantity).sum();
    }

    /** The slip without its personal data: order, package, location and items, e.g.
     * {@code PackingSlip[ORD-1 ORD-1-PK1 from WH-1, L1 MUG x2]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("PackingSlip[").append(orderId).append(' ').append(packageId)
                .append(" from ").append(shipsFrom);
        items.forEach(i -> text.append(", ").append(i.lineId()).append(' ').append(i.sku()).append(" x").append(i.quantity()));
        return text.append(']').toString();
    }
}

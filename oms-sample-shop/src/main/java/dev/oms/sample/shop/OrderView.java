// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.sample.shop;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import java.util.List;

/**
 * An order as the shop's API shows it: ids, status, lines, pick lists and packages. No address, name or
 * card data: what the customer entered stays in oms.
 */
record OrderView(String orderId, String channel, String externalId, String status, String placedAt, long version,
        List<LineView> lines, List<PickListView> pickLists, List<PackageView> packages) {

    record LineView(String lineId, String sku, long quantity, String unitPrice) {}

    record PickListView(String pickListId, String location, String state) {}

    record PackageView(String packageId, String location, String state, String carrier, String trackingNumber) {}

    static OrderView of(Order order) {
        return new OrderView(order.id().value(), order.channel().code(), order.externalId(), order.status().name(),
                order.placedAt().toString(), order.version(),
                order.lines().values().map(line -> new LineView(line.id().value(), line.sku().code(), line.quantity(),
                        line.unitPrice().toString())).toJavaList(),
                order.pickLists().values().map(list -> new PickListView(list.id().value(), list.location().value(),
                        list.state().name())).toJavaList(),
                order.packages().values().map(OrderView::pkg).toJavaList());
    }

    private static PackageView pkg(OrderPackage pkg) {
        return new PackageView(pkg.id().value(), pkg.location().value(), pkg.state().name(),
                pkg.label().map(OrderPackage.Label::carrier).getOrNull(),
                pkg.label().map(OrderPackage.Label::trackingNumber).getOrNull());
    }
}

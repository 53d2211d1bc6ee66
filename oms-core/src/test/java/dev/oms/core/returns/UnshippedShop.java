// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.core.application.StockReceipt;
import dev.oms.spi.notification.Notice;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The shop of the tests of returns naming units that never shipped: one warehouse ({@link #WH}) with a single mug, mugs
 * backordered beyond it, a book announced for {@link #RELEASE} and pre-ordered with payment at placement, and a 30-day
 * return window.
 */
final class UnshippedShop {
    static final LocationId WH = LocationId.of("WH-1");
    static final Instant RELEASE = Instant.parse("2026-06-01T00:00:00Z");

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final OrderManagement oms;

    UnshippedShop(long mugsInStock) {
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new Product(Sku.of("MUG"), "Mug"));
        adapters.inventory().setStock(Sku.of("MUG"), WH, mugsInStock, "A-MUG");
        adapters.catalog().add(Product.announced(Sku.of("BOOK"), "Book", RELEASE, OptionalLong.empty()));
        oms = OrderManagement.builder().ports(adapters.ports(clock)).returnPolicy(ReturnPolicy.withinDays(30))
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit()))
                .preorderPolicy(PreorderPolicy.catalogueCapOnly())
                .preorderPayment(PreorderPaymentPolicy.chargeAtPlacement()).build();
    }

    /** Picks every unit a pick list can take now, then packs and ships {@code units} of the line in one parcel. */
    PackageId ship(OrderId id, LineId line, long units) {
        picked(oms.warehouse().createPickLists(id).get());
        return packAndShip(id, line, units);
    }

    /** Confirms the pick lists picked. */
    void picked(PickListsCreated lists) {
        lists.pickListIds().forEach(list -> oms.warehouse().confirmPicked(lists.order().id(), list).get());
    }

    /** Packs and ships {@code units} picked units of the line in one parcel. */
    PackageId packAndShip(OrderId id, LineId line, long units) {
        PackageId packed = oms.warehouse().confirmPacked(id, PackRequest.of("pack-" + clock.instant() + "-" + line + "-" + units, WH,
                List.of(new PackageItem(line, units)))).get().packageId();
        return oms.warehouse().ship(id, packed, "ground").get().packageId();
    }

    void deliver(OrderId id, PackageId parcel) {
        oms.warehouse().confirmDelivery(id, parcel).get();
    }

    void receive(String key, long mugs) {
        oms.inbound().receiveStock(new StockReceipt(key, Sku.of("MUG"), WH, mugs)).get();
    }

    Order order(OrderId id) {
        return oms.queries().find(id).get();
    }

    /** The cancellation notices delivered to the customer of the order. */
    List<Notice.OrderCancelled> cancellationNotices(OrderId id) {
        return adapters.notifications().delivered().stream().filter(n -> n.orderId().equals(id))
                .map(n -> n.notice()).filter(Notice.OrderCancelled.class::isInstance).map(Notice.OrderCancelled.class::cast).toList();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.event.FulfilmentEvent.PackageOpened;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.FulfilmentEvent.PickListCreated;
import dev.oms.spi.event.FulfilmentEvent.PickListPicked;
import dev.oms.spi.event.FulfilmentEvent.PickListVoided;
import dev.oms.spi.event.TrackingEvent.PackageTracked;
import dev.oms.spi.value.PackageItem;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** How fulfilment events move a pick list's or a package's units between buckets. */
final class FulfilmentMoves {

    private FulfilmentMoves() {}

    static Order listed(Order order, PickListCreated e) {
        PickList list = new PickList(e.pickListId(), e.locationId(), List.ofAll(e.items()), PickList.State.OPEN);
        return order.copy().withPickLists(order.pickLists().put(list.id(), list));
    }

    static Order voided(Order order, PickListVoided e) {
        PickList list = order.pickLists().get(e.pickListId())
                .getOrElseThrow(() -> new IllegalStateException("unknown pick list " + e.pickListId()));
        return order.copy().withPickLists(order.pickLists().put(list.id(), list.markVoided()));
    }

    static Order picked(Order order, PickListPicked e) {
        PickList list = order.pickLists().get(e.pickListId())
                .getOrElseThrow(() -> new IllegalStateException("unknown pick list " + e.pickListId()));
        Order moved = order;
        for (FulfilmentEvent.PickItem item : list.items()) {
            moved = UnitMoves.move(moved, e, item.lineId(), Slot.at(Bucket.ALLOCATED, list.location()),
                    Slot.at(Bucket.PICKED, list.location()), item.quantity());
        }
        return moved.copy().withPickLists(moved.pickLists().put(list.id(), list.markPicked()));
    }

    static Order packed(Order order, PackagePacked e) {
        Order moved = order;
        for (PackageItem item : e.contents()) {
            moved = UnitMoves.move(moved, e, item.lineId(), Slot.at(Bucket.PICKED, e.locationId()),
                    Slot.at(Bucket.PACKED, e.locationId()), item.quantity());
        }
        OrderPackage pkg = OrderPackage.packed(e.packageId(), e.locationId(), List.ofAll(e.contents()),
                Option.ofOptional(e.specialHandling()), Option.ofOptional(e.giftMessage()));
        return moved.copy().withPackages(moved.packages().put(pkg.id(), pkg));
    }

    static Order opened(Order order, PackageOpened e) {
        OrderPackage pkg = UnitMoves.packageOf(order, e.packageId());
        Order moved = order;
        for (PackageItem item : pkg.contents()) {
            moved = UnitMoves.move(moved, e, item.lineId(), Slot.at(Bucket.PACKED, pkg.location()),
                    Slot.at(Bucket.PICKED, pkg.location()), item.quantity());
        }
        return UnitMoves.withPackage(moved, pkg.id(), p -> p.withState(OrderPackage.State.OPENED));
    }

    static Order shipped(Order order, PackageShipped e) {
        OrderPackage pkg = UnitMoves.packageOf(order, e.packageId());
        Order moved = order;
        for (PackageItem item : pkg.contents()) {
            moved = UnitMoves.move(moved, e, item.lineId(), Slot.at(Bucket.PACKED, pkg.location()), Slot.of(Bucket.SHIPPED),
                    item.quantity());
        }
        // A package of untracked units alone consumes no stock: nothing is owed to the inventory for it.
        boolean consumesStock = pkg.contents().exists(item -> order.line(item.lineId()).exists(l -> l.holdsStockAt(pkg.location())));
        return Charges.shipped(order, pkg, Prepaying.shipped(order, pkg, UnitMoves.withPackage(moved, pkg.id(),
                p -> consumesStock ? p.shipped(e.shippedAt()) : p.shipped(e.shippedAt()).markStockConsumed())));
    }

    /** Units claimed while the parcel was on its way (lost, held up) are no longer shipped: the rest is delivered. */
    static Order delivered(Order order, PackageDelivered e) {
        OrderPackage pkg = UnitMoves.packageOf(order, e.packageId());
        Order moved = order;
        for (dev.oms.spi.value.LineId lineId : pkg.contents().map(PackageItem::lineId).distinct()) {
            long arrived = pkg.units(lineId) - order.returns().claimed(pkg.id(), lineId);
            if (arrived > 0) {
                moved = UnitMoves.move(moved, e, lineId, Slot.of(Bucket.SHIPPED), Slot.of(Bucket.DELIVERED), arrived);
            }
        }
        return UnitMoves.withPackage(moved, pkg.id(), p -> p.delivered(e.deliveredAt()));
    }

    static Order tracked(Order order, PackageTracked e) {
        return UnitMoves.withPackage(order, e.packageId(), p -> p.tracked(new OrderPackage.Tracking(e.status(), e.occurredAt(),
                e.carrierEventId(), Option.ofOptional(e.detail()))));
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.Shipped;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.PickList;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import java.util.List;
import java.util.Optional;

/** The warehouse floor's steps, as the host drives them through the facade: pick, pack, ship, deliver. */
final class Warehouse {
    private final OrderManagement oms;

    Warehouse(OrderManagement oms) {
        this.oms = oms;
    }

    /**
     * Takes the units allocated to an order (and not yet on a pick list) all the way to the customer;
     * units the order still waits for stay where they are. Nothing when nothing is allocated.
     */
    Order deliverAllocated(OrderId id, String carrierService) {
        Order order = oms.queries().find(id).get();
        if (order.units(Bucket.ALLOCATED) == 0) {
            return order;
        }
        order = Simulation.expect(oms.warehouse().createPickLists(id).map(PickListsCreated::order), "create pick lists");
        for (PickList list : order.pickLists().values().filter(list -> list.open())) {
            order = Simulation.expect(oms.warehouse().confirmPicked(id, list.id()), "confirm picked");
        }
        for (LocationId warehouse : Shop.WAREHOUSES) {
            order = pack(order, warehouse, Optional.empty());
        }
        for (OrderPackage pkg : order.packages().values().filter(pkg -> pkg.state() == OrderPackage.State.PACKED)) {
            order = Simulation.expect(oms.warehouse().ship(id, pkg.id(), carrierService).map(Shipped::order), "ship");
        }
        for (OrderPackage pkg : order.packages().values().filter(pkg -> pkg.state() == OrderPackage.State.SHIPPED)) {
            order = Simulation.expect(oms.warehouse().confirmDelivery(id, pkg.id()), "confirm delivery");
        }
        return order;
    }

    /** Packs every unit picked at {@code warehouse} into one package; nothing when none was picked there. */
    Order pack(Order order, LocationId warehouse, Optional<String> giftMessage) {
        List<PackageItem> contents = order.lines().values()
                .filter(line -> line.count(Bucket.PICKED, warehouse) > 0)
                .map(line -> new PackageItem(line.id(), line.count(Bucket.PICKED, warehouse)))
                .toJavaList();
        if (contents.isEmpty()) {
            return order;
        }
        // One package per warehouse and order version: an order filled again later packs a new package.
        PackRequest request = new PackRequest("pack:" + order.id() + ":" + warehouse + ":v" + order.version(), warehouse,
                contents, Optional.empty(), giftMessage);
        return Simulation.expect(oms.warehouse().confirmPacked(order.id(), request).map(Packed::order), "pack");
    }
}

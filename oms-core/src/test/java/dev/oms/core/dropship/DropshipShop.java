// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.dropship;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.OrderManagementBuilder;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryFulfilmentService;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;

/**
 * A shop with a warehouse of its own and a lamp maker that ships its lamps straight to the customer (dropship). The
 * warehouse stocks mugs and a few lamps too; the lamp maker's stock is its own, not in our inventory.
 */
final class DropshipShop {
    static final LocationId LAMP_MAKER = LocationId.of("SUP-LAMPS");
    static final Sku MUG = Sku.of("MUG");
    static final Sku LAMP = Sku.of("LAMP");

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    /** The lamp maker's order desk, behind the host's fulfilment service: it answers late, twice, out of order. */
    final InMemoryFulfilmentService supplier = adapters.fulfilment();
    final OrderManagement oms;

    DropshipShop(long mugsInWarehouse, long lampsInWarehouse) {
        adapters.inventory()
                .addLocation(Location.of(TestShop.EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(LAMP_MAKER, "Lamp maker", LocationType.SUPPLIER, 2));
        adapters.catalog().add(new Product(MUG, "Mug")).add(new Product(LAMP, "Lamp"));
        adapters.inventory().setStock(MUG, TestShop.EAST, mugsInWarehouse, "E-MUG");
        adapters.inventory().setStock(LAMP, TestShop.EAST, lampsInWarehouse, "E-LAMP");
        oms = builder().build();
    }

    /** {@return a builder of this shop's facade: its adapters, the lamp maker's desk and the dropship policy} */
    OrderManagementBuilder builder() {
        DropshipPolicy lampsFromTheirMaker = (sku, quantity, channel) -> sku.equals(LAMP) ? Option.some(LAMP_MAKER) : Option.none();
        return OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).fulfilmentService(supplier).dropshipPolicy(lampsFromTheirMaker);
    }

    Order order(OrderId id) {
        return oms.queries().find(id).get();
    }

    StockLevel stock(Sku sku, LocationId location) {
        return stockAt(sku, location).orElseThrow();
    }

    Optional<StockLevel> stockAt(Sku sku, LocationId location) {
        return adapters.inventory().stockOf(sku).stream().filter(l -> l.locationId().equals(location)).findFirst();
    }

    List<Notification> notifications(OrderId id, Notification.Kind kind) {
        return adapters.notifications().delivered().stream().filter(n -> n.orderId().equals(id) && n.kind() == kind).toList();
    }

    /** Hands every answer to the facade as a host's webhook would, and returns what each call answered. */
    List<Either<Rejection, Order>> deliver(List<InMemoryFulfilmentService.Answer> answers) {
        return answers.stream().map(answer -> answer instanceof InMemoryFulfilmentService.Shipped s
                ? oms.externalFulfilment().recordShipment(s.orderId(), s.confirmation())
                : oms.externalFulfilment().recordRejection(answer.orderId(), ((InMemoryFulfilmentService.Rejected) answer).rejection()))
                .toList();
    }

    /** Picks, packs and ships everything the warehouse holds for the order (nothing when it holds none). */
    Order shipFromWarehouse(OrderId id) {
        Order order = oms.warehouse().createPickLists(id).map(PickListsCreated::order).getOrElse(() -> order(id));
        for (var list : order.pickLists().values().filter(l -> l.open())) {
            order = oms.warehouse().confirmPicked(id, list.id()).get();
            List<PackageItem> items = list.items().map(i -> new PackageItem(i.lineId(), i.quantity())).toJavaList();
            order = oms.warehouse().confirmPacked(id, PackRequest.of("pack-" + list.id(), list.location(), items)).map(Packed::order).get();
        }
        for (OrderPackage pkg : order.packages().values().filter(p -> !p.isShipped())) {
            order = oms.warehouse().ship(id, pkg.id(), "ground").get().order();
        }
        return order;
    }
}

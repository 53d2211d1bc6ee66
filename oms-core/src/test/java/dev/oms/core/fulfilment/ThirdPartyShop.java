// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
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
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.util.List;

/** A shop whose first choice is a marketplace's fulfilment centre (run by others), with a warehouse of its own behind it. */
final class ThirdPartyShop {
    static final LocationId FBA = LocationId.of("FBA-DE");

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final InMemoryFulfilmentService provider = adapters.fulfilment();
    final OrderManagement oms;

    ThirdPartyShop() {
        adapters.inventory()
                .addLocation(Location.of(FBA, "Marketplace fulfilment", LocationType.THIRD_PARTY, 1))
                .addLocation(Location.of(TestShop.EAST, "East warehouse", LocationType.WAREHOUSE, 2));
        oms = OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).fulfilmentService(provider).build();
    }

    ThirdPartyShop stock(String sku, long atProvider, long east) {
        adapters.catalog().add(new Product(Sku.of(sku), "Product " + sku));
        adapters.inventory().setStock(Sku.of(sku), FBA, atProvider, "F-" + sku);
        adapters.inventory().setStock(Sku.of(sku), TestShop.EAST, east, "E-" + sku);
        return this;
    }

    Order order(OrderId id) {
        return oms.queries().find(id).get();
    }

    StockLevel stock(String sku, LocationId location) {
        return adapters.inventory().stockOf(Sku.of(sku)).stream().filter(l -> l.locationId().equals(location)).findFirst().get();
    }

    List<Notification> notifications(OrderId id, Notification.Kind kind) {
        return adapters.notifications().delivered().stream()
                .filter(n -> n.orderId().equals(id) && n.kind() == kind).toList();
    }

    /** Hands every answer to the facade as a host's webhook would, and returns what each call answered. */
    List<Either<Rejection, Order>> deliver(List<InMemoryFulfilmentService.Answer> answers) {
        return answers.stream().map(answer -> answer instanceof InMemoryFulfilmentService.Shipped s
                ? oms.externalFulfilment().recordShipment(s.orderId(), s.confirmation())
                : oms.externalFulfilment().recordRejection(answer.orderId(), ((InMemoryFulfilmentService.Rejected) answer).rejection()))
                .toList();
    }
}

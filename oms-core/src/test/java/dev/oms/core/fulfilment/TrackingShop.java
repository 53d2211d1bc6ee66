// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Shipped;
import dev.oms.core.order.Order;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.EffectEvent;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.notification.Notice;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.shipping.TrackingUpdate;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tracking tests' shop: one warehouse with mugs at EUR 10.00, paid by card (captured when a parcel ships, so a claim
 * can be refunded), and its orders' parcels shipped through the in-memory carrier.
 */
final class TrackingShop {
    static final LocationId WH = LocationId.of("WH-1");
    static final LineId MUGS = LineId.of("L1");
    static final Instant SHIPPED_AT = Instant.parse("2026-03-02T08:00:00Z");

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final SettableClock clock = new SettableClock(SHIPPED_AT);
    final OrderManagement oms;

    /** An order shipped in one parcel, and the tracking number it travels under. */
    record Shipment(OrderId orderId, PackageId packageId, String trackingNumber) {}

    TrackingShop() {
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new Product(Sku.of("MUG"), "Mug"));
        adapters.inventory().setStock(Sku.of("MUG"), WH, 1_000, "A-MUG");
        oms = OrderManagement.using(adapters.ports(clock));
    }

    /** Places an order of mugs and ships them in one parcel, at {@link #SHIPPED_AT}. */
    Shipment shipped(String externalId, long mugs) {
        Order order = oms.orders().place(TestShop.order(externalId, TestShop.line("MUG", mugs, "EUR 10.00"))).get();
        oms.warehouse().createPickLists(order.id()).get().pickListIds().forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        PackageId packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-" + externalId, WH,
                List.of(new PackageItem(MUGS, mugs)))).get().packageId();
        Shipped shipped = oms.warehouse().ship(order.id(), packed, "ground").get();
        return new Shipment(order.id(), shipped.packageId(), shipped.label().trackingNumber());
    }

    /** A carrier event for the shipment's parcel, {@code minutes} after it shipped. */
    static TrackingUpdate update(Shipment shipment, String eventId, TrackingStatus status, long minutes) {
        return new TrackingUpdate(eventId, shipment.trackingNumber(), status, SHIPPED_AT.plus(Duration.ofMinutes(minutes)),
                status == TrackingStatus.EXCEPTION ? Optional.of("address not found") : Optional.empty());
    }

    Order order(OrderId orderId) {
        return oms.queries().find(orderId).get();
    }

    /** Every business event stored for the order, in order (the bookkeeping of port calls left out). */
    List<OrderEvent> facts(OrderId orderId) {
        return adapters.orders().load(orderId).orElseThrow().commits().stream().map(OrderCommit::events).flatMap(List::stream)
                .filter(e -> !(e instanceof EffectEvent)).toList();
    }

    /** What the customer of the order was told, in order. */
    List<Notice> notices(OrderId orderId) {
        return adapters.notifications().delivered().stream().filter(n -> n.orderId().equals(orderId)).map(n -> n.notice()).toList();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.application.ReturnDecision;
import dev.oms.core.application.ReturnOpened;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.returns.ReturnPolicy;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.Page;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.joda.money.Money;

/**
 * A shop on the in-memory adapters for the reports' tests: one warehouse, mugs that run short and are backordered,
 * tea in plenty, a game not yet released (pre-ordered, capped), a clock the test moves, and returns within 30 days.
 */
final class ReportShop {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final LocationId WAREHOUSE = LocationId.of("WH-1");
    static final Instant GAME_RELEASE = START.plus(Duration.ofDays(90));
    static final long GAME_CAP = 1_000;

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final SettableClock clock = new SettableClock(START);
    final OrderManagement oms;
    private final Ports ports;
    private int keys;

    ReportShop(long mugsInStock) {
        adapters.inventory().addLocation(Location.of(WAREHOUSE, "Warehouse", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new Product(Sku.of("MUG"), "Mug"));
        adapters.catalog().add(new Product(Sku.of("TEA"), "Tea"));
        adapters.catalog().add(Product.announced(Sku.of("GAME"), "Game", GAME_RELEASE, OptionalLong.of(GAME_CAP)));
        adapters.inventory().setStock(Sku.of("MUG"), WAREHOUSE, mugsInStock, "A-MUG");
        adapters.inventory().setStock(Sku.of("TEA"), WAREHOUSE, 10_000, "A-TEA");
        ports = adapters.ports(clock);
        oms = OrderManagement.builder().ports(ports).returnPolicy(ReturnPolicy.withinDays(30))
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit())).build();
    }

    static LineRequest line(String sku, long quantity, String price) {
        return LineRequest.of(sku, quantity, Money.parse(price));
    }

    Order place(Channel channel, LineRequest... lines) {
        String externalId = "ext-" + (++keys);
        Address address = Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row").city("London")
                .postalCode("N1 9GU").countryCode("GB").build();
        return oms.orders().place(PlaceOrder.builder().channel(channel).externalId(externalId)
                .customer(CustomerRef.of("C-" + externalId)).shipTo(address).paymentMethod(PaymentMethod.card("tok_ok"))
                .lines(List.of(lines)).build()).get();
    }

    /** Picks, packs and ships every allocated unit of the order in one package; empty when none is allocated. */
    Optional<PackageId> shipAllocated(OrderId id) {
        if (find(id).units(Bucket.ALLOCATED) == 0) {
            return Optional.empty();
        }
        PickListsCreated lists = oms.warehouse().createPickLists(id).get();
        lists.pickListIds().forEach(list -> oms.warehouse().confirmPicked(id, list).get());
        List<PackageItem> contents = new ArrayList<>();
        for (Line line : find(id).lines().values()) {
            if (line.count(Bucket.PICKED) > 0) {
                contents.add(new PackageItem(line.id(), line.count(Bucket.PICKED)));
            }
        }
        PackageId parcel = oms.warehouse().confirmPacked(id, PackRequest.of(key(), WAREHOUSE, contents)).get().packageId();
        return Optional.of(oms.warehouse().ship(id, parcel, "ground").get().packageId());
    }

    void deliver(OrderId id, PackageId parcel) {
        oms.warehouse().confirmDelivery(id, parcel).get();
    }

    void cancelWhole(OrderId id, String reason) {
        oms.orders().cancel(id, CancelRequest.wholeOrder(key(), reason)).get();
    }

    void cancelUnits(OrderId id, LineId line, long units, String reason) {
        oms.orders().cancel(id, CancelRequest.units(key(), line, units, reason)).get();
    }

    /** Asks back units of a line; approves and receives them (restocked) when {@code receive}, else leaves it asked. */
    void returnUnits(OrderId id, LineId line, long units, String reason, boolean receive) {
        ReturnOpened opened = oms.returns().request(id, new ReturnRequest(key(), List.of(new ReturnRequest.Line(line, units, reason)))).get();
        if (receive) {
            oms.returns().approve(id, new ReturnDecision(key(), opened.returnId().orElseThrow(), "ok")).get();
            oms.returns().receive(id, new ReturnArrival(key(), opened.returnId().orElseThrow(), WAREHOUSE,
                    List.of(new ReturnArrival.Line(line, units, Disposition.RESTOCK)))).get();
        }
    }

    void rejectReturn(OrderId id, LineId line, long units, String reason) {
        ReturnOpened opened = oms.returns().request(id, new ReturnRequest(key(), List.of(new ReturnRequest.Line(line, units, reason)))).get();
        oms.returns().reject(id, new ReturnDecision(key(), opened.returnId().orElseThrow(), "outside policy")).get();
    }

    Order find(OrderId id) {
        return oms.queries().find(id).get();
    }

    /** Every order, paged in through the facade as a host would. */
    List<Order> orders() {
        return Page.all(page -> oms.queries().orderIds(page)).stream().map(this::find).toList();
    }

    /** The events stored for an order, in log order: what the reports' numbers are checked against. */
    List<OrderEvent> storedEvents(OrderId id) {
        return ports.orders().load(id).orElseThrow().commits().stream()
                .map(OrderCommit::events).flatMap(List::stream).toList();
    }

    private String key() {
        return "k-" + (++keys);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.Rejection;
import dev.oms.insight.reports.ReportPeriod;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;

/**
 * A shop on the in-memory adapters that runs under one policy set and remembers what a host would hand the what-if:
 * its locations, products, the stock at the start and every stock arrival. The test moves its clock.
 */
final class WhatIfShop {
    static final Instant START = Instant.parse("2026-05-04T08:00:00Z");

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final SettableClock clock = new SettableClock(START);
    final OrderManagement oms;
    final List<Location> locations = new ArrayList<>();
    final List<Product> products = new ArrayList<>();
    final List<StockLevel> startingStock = new ArrayList<>();
    final List<StockArrival> arrivals = new ArrayList<>();
    private int keys;

    /**
     * @param policies the policies the shop runs under
     * @param locations the locations with their coordinates, in priority order (the first is preferred)
     * @param stock units on hand at the start per SKU code, then per location
     */
    WhatIfShop(PolicySet policies, Map<String, Coordinates> locations, Map<String, Map<String, Integer>> stock) {
        Ports ports = adapters.ports(clock); // first, so the stock set up below is logged at START, by the shop's clock
        int priority = 0;
        for (Map.Entry<String, Coordinates> location : locations.entrySet()) {
            Location at = Location.of(LocationId.of(location.getKey()), "Warehouse " + location.getKey(), LocationType.WAREHOUSE, ++priority)
                    .withAddress(address("1 Dock Road", location.getValue()));
            this.locations.add(at);
            adapters.inventory().addLocation(at);
        }
        for (Map.Entry<String, Map<String, Integer>> sku : stock.entrySet()) {
            Product product = new Product(Sku.of(sku.getKey()), "Product " + sku.getKey());
            products.add(product);
            adapters.catalog().add(product);
            sku.getValue().forEach((location, units) -> adapters.inventory().setStock(Sku.of(sku.getKey()), LocationId.of(location), units, "A-" + sku.getKey()));
            startingStock.addAll(adapters.inventory().stockOf(Sku.of(sku.getKey())));
        }
        oms = policies.applyTo(OrderManagement.builder().ports(ports)).build();
    }

    static Address address(String street, Coordinates coordinates) {
        return Address.builder().recipient("Grace Hopper").addLines(street).city("Springfield").postalCode("12345")
                .countryCode("GB").coordinates(coordinates).build();
    }

    Either<Rejection, Order> place(Instant at, Coordinates customer, List<LineRequest> lines) {
        clock.set(at);
        String external = "web-" + (++keys);
        return oms.orders().place(PlaceOrder.builder().channel(Channel.WEB).externalId(external).customer(CustomerRef.of("C-" + keys))
                .shipTo(address(keys + " High Street", customer)).paymentMethod(PaymentMethod.card("tok_ok")).lines(lines).build());
    }

    static LineRequest line(String sku, long units) {
        return LineRequest.of(sku, units, Money.parse("EUR 10.00"));
    }

    void arrive(Instant at, String sku, String location, long units) {
        clock.set(at);
        arrivals.add(new StockArrival(Sku.of(sku), LocationId.of(location), units, at));
        oms.inbound().receiveStock(new StockReceipt("receipt-" + (++keys), Sku.of(sku), LocationId.of(location), units)).get();
    }

    void cancelWhole(Instant at, OrderId order) {
        clock.set(at);
        oms.orders().cancel(order, CancelRequest.wholeOrder("cancel-" + (++keys), "changed mind"));
    }

    void cancelUnits(Instant at, OrderId order, LineId line, long units) {
        clock.set(at);
        oms.orders().cancel(order, CancelRequest.units("cancel-" + (++keys), line, units, "too many"));
    }

    /** Picks, packs and ships every allocated unit of the order, one package per location. */
    void shipAllocated(Instant at, OrderId order) {
        clock.set(at);
        if (oms.queries().find(order).orElseThrow().units(Bucket.ALLOCATED) == 0) {
            return;
        }
        oms.warehouse().createPickLists(order).get().pickListIds().forEach(list -> oms.warehouse().confirmPicked(order, list).get());
        for (Location location : locations) {
            List<PackageItem> contents = new ArrayList<>();
            for (Line line : oms.queries().find(order).orElseThrow().lines().values()) {
                long picked = line.count(Bucket.PICKED, location.id());
                if (picked > 0) {
                    contents.add(new PackageItem(line.id(), picked));
                }
            }
            if (!contents.isEmpty()) {
                PackageId parcel = oms.warehouse().confirmPacked(order, PackRequest.of("pack-" + (++keys), location.id(), contents)).get().packageId();
                oms.warehouse().ship(order, parcel, "ground").get();
            }
        }
    }

    /** The same history as a host with a stock log reads it: orders, their logs and the stock, all through the facade. */
    WhatIfHistory historyFromLogs(ReportPeriod period) {
        return WhatIfHistory.read(oms, period, locations, products);
    }

    /** What a host hands the what-if for the period: the orders read through the facade and the store's logs. */
    WhatIfHistory history(ReportPeriod period) {
        return WhatIfHistory.read(oms.queries(), id -> adapters.orders().load(id).map(StoredOrder::commits).orElse(List.of()),
                period, locations, products, startingStock, arrivals);
    }
}

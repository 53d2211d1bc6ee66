// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.Shipped;
import dev.oms.core.order.Order;
import dev.oms.spi.order.OrderStatus;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * oms embedded on its in-memory adapters: one warehouse, a catalogue of SKUs with deep stock, and the
 * three-line order every lifecycle benchmark uses (1, 2 and 3 units).
 */
final class OmsShop {
    static final LocationId WAREHOUSE = LocationId.of("WH-1");
    static final long[] QUANTITIES = {1, 2, 3};
    static final Money[] PRICES = {Money.parse("EUR 50.00"), Money.parse("EUR 12.50"), Money.parse("EUR 3.99")};
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Address SHIP_TO = Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row")
            .city("London").postalCode("N1 9GU").countryCode("GB").build();

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final OrderManagement oms;

    OmsShop(int skus, long unitsPerSku) {
        this(skus, unitsPerSku, false);
    }

    /**
     * @param remoteProviders payments, labels and notifications through {@link RemoteProviders}, which keep nothing in
     *     this heap, instead of the in-memory doubles, which keep their books
     */
    OmsShop(int skus, long unitsPerSku, boolean remoteProviders) {
        adapters.inventory().addLocation(Location.of(WAREHOUSE, "Warehouse", LocationType.WAREHOUSE, 1));
        for (int i = 0; i < skus; i++) {
            Sku sku = sku(i);
            adapters.catalog().add(new Product(sku, "Product " + i));
            adapters.inventory().setStock(sku, WAREHOUSE, unitsPerSku, "BIN-" + i);
        }
        Ports ports = adapters.ports(CLOCK);
        if (remoteProviders) {
            ports = new Ports(ports.orders(), ports.inventory(), RemoteProviders.payments(), RemoteProviders.carrier(),
                    RemoteProviders.notifications(), ports.catalog(), ports.ids(), ports.clock());
        }
        oms = OrderManagement.using(ports);
    }

    static Sku sku(int index) {
        return Sku.of("SKU-" + index);
    }

    /** The three-line order on SKUs {@code first, second, third}, under a channel id unique per caller. */
    static PlaceOrder order(String externalId, int first, int second, int third) {
        int[] skus = {first, second, third};
        List<LineRequest> lines = new ArrayList<>(3);
        for (int i = 0; i < 3; i++) {
            lines.add(new LineRequest(sku(skus[i]), QUANTITIES[i], PRICES[i]));
        }
        return PlaceOrder.builder().channel(Channel.WEB).externalId(externalId).customer(CustomerRef.of("C-1"))
                .shipTo(SHIP_TO).paymentMethod(PaymentMethod.card("tok_ok")).lines(lines).build();
    }

    /**
     * The whole lifecycle through the facade: place (reserve and authorise), pick lists, pick, pack in
     * one package, ship (label, capture, consume stock), deliver.
     */
    Order lifecycle(String externalId) {
        Order order = oms.orders().place(order(externalId, 0, 1, 2)).get();
        OrderId id = order.id();
        order = oms.warehouse().createPickLists(id).map(PickListsCreated::order).get();
        order = oms.warehouse().confirmPicked(id, order.pickLists().keySet().head()).get();
        List<PackageItem> contents = List.of(new PackageItem(LineId.of("L1"), QUANTITIES[0]),
                new PackageItem(LineId.of("L2"), QUANTITIES[1]), new PackageItem(LineId.of("L3"), QUANTITIES[2]));
        order = oms.warehouse().confirmPacked(id, PackRequest.of("pack-" + externalId, WAREHOUSE, contents)).map(Packed::order).get();
        PackageId pkg = order.packages().keySet().head();
        oms.warehouse().ship(id, pkg, "ground").map(Shipped::order).get();
        order = oms.warehouse().confirmDelivery(id, pkg).get();
        if (order.status() != OrderStatus.DELIVERED) {
            throw new IllegalStateException("lifecycle ended in " + order.status() + " for " + externalId);
        }
        return order;
    }
}

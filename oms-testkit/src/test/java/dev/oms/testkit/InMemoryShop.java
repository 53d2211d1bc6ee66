// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.indent.SupplierShortfall;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The in-memory adapters with every kind of product, as a host would set up a world for
 * {@link OmsCommandArbitraries#chains}: one on sale that may be backordered, an announced one whose
 * pre-orders beyond a cap are backordered, one that may not be backordered, one bought in bulk from
 * a supplier, whose shortfalls are sourced again from stock, and a gift card whose stock is not tracked
 * (it has a stock record all the same, which nothing oms does may change). Behind the two warehouses, a
 * marketplace's fulfilment centre (run by others) holds some of the product on sale. Two lamps or more are
 * dropshipped: the supplier ships them from its own stock; the few lamps in the west warehouse serve single lamps
 * and what the supplier rejects.
 */
final class InMemoryShop {
    static final Sku ON_SALE = Sku.of("R");
    static final Sku LAUNCH = Sku.of("N");
    static final Sku STRICT = Sku.of("S");
    static final Sku INDENTED = Sku.of("I");
    static final Sku GIFT_CARD = Sku.of("G");
    static final Sku DROPSHIPPED = Sku.of("D");
    static final LocationId EAST = LocationId.of("EAST");
    static final LocationId WEST = LocationId.of("WEST");
    static final LocationId SUPPLIER = LocationId.of("SUP");
    static final LocationId MARKET = LocationId.of("MKT");
    /** A store where customers collect orders (and which ships from its shelves, last of all). */
    static final LocationId STORE = LocationId.of("STORE");
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final List<Product> CATALOGUE = List.of(new Product(ON_SALE, "On sale"),
            Product.announced(LAUNCH, "Launch", START.plus(Duration.ofDays(1)), OptionalLong.of(12)),
            new Product(STRICT, "Strict"), new Product(INDENTED, "Indented"), Product.untracked(GIFT_CARD, "Gift card"),
            new Product(DROPSHIPPED, "Lamp"));

    private InMemoryShop() {}

    static OmsWorld world() {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory()
                .addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(WEST, "West", LocationType.WAREHOUSE, 2))
                .addLocation(Location.of(MARKET, "Marketplace fulfilment", LocationType.THIRD_PARTY, 3))
                .addLocation(new Location(SUPPLIER, "Supplier", LocationType.SUPPLIER, 9, Optional.empty(), false))
                .addLocation(Location.of(STORE, "High Street", LocationType.STORE, 4).withAddress(Address.builder()
                        .recipient("High Street store").addLines("12 High Street").city("Bristol").postalCode("BS1 2AA")
                        .countryCode("GB").build()));
        CATALOGUE.forEach(product -> adapters.catalog().add(product));
        adapters.inventory().setStock(ON_SALE, EAST, 5, "A-1").setStock(ON_SALE, WEST, 3, "B-1").setStock(ON_SALE, MARKET, 4, "M-1")
                .setStock(ON_SALE, STORE, 2, "S-1")
                .setStock(STRICT, EAST, 4, "A-2").setStock(INDENTED, EAST, 6, "A-3")
                .setStock(GIFT_CARD, WEST, 2, "B-9").setStock(DROPSHIPPED, WEST, 3, "B-4");
        SettableClock clock = new SettableClock(START);
        OrderManagement oms = OrderManagement.builder().ports(adapters.ports(clock))
                .backorderPolicy(BackorderPolicy.perSku(HashMap.of(ON_SALE, BackorderTerms.allowedWithoutLimit().withLimit(30),
                        LAUNCH, BackorderTerms.allowedWithoutLimit())))
                .indentPolicy(new BulkFromSupplier()).supplierGateway(adapters.suppliers())
                .fulfilmentService(adapters.fulfilment())
                .dropshipPolicy((sku, quantity, channel) -> sku.equals(DROPSHIPPED) && quantity >= 2 ? Option.some(SUPPLIER) : Option.none())
                .build();
        return new OmsWorld(oms, adapters.inventory(), clock, CATALOGUE, Set.of(ON_SALE, LAUNCH)).withProvider(adapters.fulfilment())
                .withMovesTo(List.of(EAST, WEST, MARKET));
    }

    /** Four or more units of {@link #INDENTED} are bought from the supplier; what it does not commit is sourced again. */
    private static final class BulkFromSupplier implements IndentPolicy {
        @Override
        public Option<LocationId> supplierFor(Sku sku, long quantity, Channel channel) {
            return sku.equals(INDENTED) && quantity >= 4 ? Option.some(SUPPLIER) : Option.none();
        }

        @Override
        public SupplierShortfall onShortfall(Sku sku) {
            return SupplierShortfall.RESOURCE;
        }
    }
}

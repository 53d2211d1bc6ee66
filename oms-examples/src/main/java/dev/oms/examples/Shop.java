// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The simulated shop: eight kitchen products priced in euros, and two warehouses holding stock of each.
 * Prices live here, with the host, because oms takes the price of each line from the channel's order.
 * The brass lamp is stocked thinly: it sells out during the day, and later orders for it are turned away.
 * Three more products are sold only in the scripted {@link WaitingStories}: a grinder announced for a
 * launch later in the week, a kitchen scale that runs out and may be backordered, a knife set bought
 * from a supplier for bulk orders, and cork trivets kept at the marketplace's fulfilment centre.
 */
final class Shop {
    static final CurrencyUnit CURRENCY = CurrencyUnit.EUR;
    /** Allocated from first: the lower priority number. */
    static final LocationId NORTH = LocationId.of("WH-NORTH");
    static final LocationId SOUTH = LocationId.of("WH-SOUTH");
    static final List<LocationId> WAREHOUSES = List.of(NORTH, SOUTH);
    /** The marketplace's fulfilment centre, run by the marketplace: it holds the shop's cork trivets. */
    static final LocationId MARKET_FC = LocationId.of("FC-MARKET");
    /** Cork trivets the shop keeps at the marketplace's fulfilment centre. */
    static final long TRIVETS_AT_MARKET = 12;
    /** The knife maker the shop buys bulk knife-set orders from. */
    static final LocationId SUPPLIER = LocationId.of("SUP-SOLINGEN");
    /** When the grinder launches, four days after the shop opens. */
    static final Instant LAUNCH_RELEASE = Instant.parse("2026-03-06T09:00:00Z");
    /** The most grinder units that may be pre-ordered, over all orders. */
    static final long LAUNCH_CAP = 8;

    /** A product on sale, its price, and the units each warehouse starts with. */
    record Item(Sku sku, String name, Money price, long northStock, long southStock) {
        long openingStock(LocationId warehouse) {
            return warehouse.equals(NORTH) ? northStock : southStock;
        }
    }

    static final List<Item> ITEMS = List.of(
            item("MUG-ENAMEL", "Enamel mug", "12.50", 120, 80),
            item("TEAPOT-CAST", "Cast-iron teapot", "49.00", 110, 70),
            item("KETTLE-STEEL", "Stove-top kettle", "39.90", 100, 80),
            item("TOWEL-LINEN", "Linen tea towel", "8.95", 150, 100),
            item("BOARD-OAK", "Oak chopping board", "34.00", 110, 70),
            item("KNIFE-CHEF", "Chef's knife", "89.00", 70, 40),
            item("APRON-CANVAS", "Canvas apron", "24.50", 100, 80),
            item("LAMP-BRASS", "Brass desk lamp", "129.00", 90, 40));

    /** Sold only by the scripted stories, never to the random customers. */
    static final Item GRINDER = item("GRINDER-BURR", "Burr coffee grinder", "79.00", 0, 0);
    static final Item SCALE = item("SCALE-KITCHEN", "Kitchen scale", "29.00", 10, 0);
    static final Item KNIFE_SET = item("KNIFE-SET", "Knife block set", "149.00", 3, 0);
    /** Sold on the marketplace and shipped by its fulfilment centre; the warehouses have none. */
    static final Item TRIVET = item("TRIVET-CORK", "Cork trivet", "9.50", 0, 0);
    static final List<Item> STORY_ITEMS = List.of(GRINDER, SCALE, KNIFE_SET, TRIVET);

    private Shop() {}

    /** Sets up the warehouses, the catalogue and the opening stock on fresh in-memory adapters. */
    static void open(InMemoryAdapters adapters) {
        adapters.inventory()
                .addLocation(Location.of(NORTH, "North warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(SOUTH, "South warehouse", LocationType.WAREHOUSE, 2))
                .addLocation(Location.of(SUPPLIER, "Solingen knife maker", LocationType.SUPPLIER, 9))
                .addLocation(Location.of(MARKET_FC, "Marketplace fulfilment centre", LocationType.THIRD_PARTY, 5))
                .setStock(TRIVET.sku(), MARKET_FC, TRIVETS_AT_MARKET, "FC-TRIVET");
        for (Item item : stocked()) {
            adapters.catalog().add(item.equals(GRINDER)
                    ? Product.announced(item.sku(), item.name(), LAUNCH_RELEASE, OptionalLong.of(LAUNCH_CAP))
                    : new Product(item.sku(), item.name()));
            for (LocationId warehouse : WAREHOUSES) {
                adapters.inventory().setStock(item.sku(), warehouse, item.openingStock(warehouse), bin(item, warehouse));
            }
        }
    }

    /** Opening units on hand per warehouse and SKU. */
    static Map<LocationId, Map<Sku, Long>> openingStock() {
        Map<LocationId, Map<Sku, Long>> stock = new TreeMap<>();
        for (LocationId warehouse : WAREHOUSES) {
            Map<Sku, Long> perSku = new TreeMap<>();
            stocked().forEach(item -> perSku.put(item.sku(), item.openingStock(warehouse)));
            stock.put(warehouse, perSku);
        }
        return stock;
    }

    /** Every product the warehouses stock: the customers' and the stories'. */
    static List<Item> stocked() {
        return Stream.concat(ITEMS.stream(), STORY_ITEMS.stream()).toList();
    }

    private static String bin(Item item, LocationId warehouse) {
        return (warehouse.equals(NORTH) ? "N-" : "S-") + String.format("%02d", stocked().indexOf(item) + 1);
    }

    private static Item item(String sku, String name, String euros, long north, long south) {
        return new Item(Sku.of(sku), name, Money.parse(CURRENCY.getCode() + " " + euros), north, south);
    }
}

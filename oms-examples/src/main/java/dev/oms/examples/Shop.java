package dev.oms.examples;

import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The simulated shop: eight kitchen products priced in euros, and two warehouses holding stock of each.
 * Prices live here, with the host, because oms takes the price of each line from the channel's order.
 * The brass lamp is stocked thinly: it sells out during the day, and later orders for it are turned away.
 */
final class Shop {
    static final CurrencyUnit CURRENCY = CurrencyUnit.EUR;
    /** Allocated from first: the lower priority number. */
    static final LocationId NORTH = LocationId.of("WH-NORTH");
    static final LocationId SOUTH = LocationId.of("WH-SOUTH");
    static final List<LocationId> WAREHOUSES = List.of(NORTH, SOUTH);

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

    private Shop() {}

    /** Sets up the warehouses, the catalogue and the opening stock on fresh in-memory adapters. */
    static void open(InMemoryAdapters adapters) {
        adapters.inventory()
                .addLocation(Location.of(NORTH, "North warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(SOUTH, "South warehouse", LocationType.WAREHOUSE, 2));
        for (Item item : ITEMS) {
            adapters.catalog().add(new Product(item.sku(), item.name()));
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
            ITEMS.forEach(item -> perSku.put(item.sku(), item.openingStock(warehouse)));
            stock.put(warehouse, perSku);
        }
        return stock;
    }

    private static String bin(Item item, LocationId warehouse) {
        return (warehouse.equals(NORTH) ? "N-" : "S-") + String.format("%02d", ITEMS.indexOf(item) + 1);
    }

    private static Item item(String sku, String name, String euros, long north, long south) {
        return new Item(Sku.of(sku), name, Money.parse(CURRENCY.getCode() + " " + euros), north, south);
    }
}

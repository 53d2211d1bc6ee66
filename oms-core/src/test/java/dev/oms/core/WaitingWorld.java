package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.indent.SupplierShortfall;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.Purchase;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The system under the waiting-orders property: a shop selling a product on sale that may be backordered
 * ({@link #ON_SALE}), an announced one with a pre-order cap whose excess is backordered ({@link #LAUNCH}),
 * one that may not be backordered ({@link #STRICT}), and one bought from a supplier in bulk
 * ({@link #INDENTED}); plus what the property remembers.
 */
final class WaitingWorld {
    static final Sku ON_SALE = Sku.of("R");
    static final Sku LAUNCH = Sku.of("N");
    static final Sku STRICT = Sku.of("S");
    static final Sku INDENTED = Sku.of("I");
    static final LocationId SUPPLIER = LocationId.of("SUP");
    static final List<Sku> SKUS = List.of(ON_SALE, LAUNCH, STRICT, INDENTED);
    static final List<LocationId> LOCATIONS = List.of(EAST, WEST);
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant RELEASE = START.plus(Duration.ofDays(1));

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final SettableClock clock = new SettableClock(START);
    final OrderManagement oms;
    final Map<String, Long> stockIn = new LinkedHashMap<>();
    final List<OrderId> orders = new ArrayList<>();
    int placed;

    WaitingWorld() {
        this(PreorderPaymentPolicy.defaults());
    }

    WaitingWorld(PreorderPaymentPolicy preorderPayment) {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(WEST, "West", LocationType.WAREHOUSE, 2));
        adapters.inventory().addLocation(new Location(SUPPLIER, "Supplier", LocationType.SUPPLIER, 9, Optional.empty(), false));
        adapters.catalog().add(new Product(ON_SALE, "On sale"), new Product(STRICT, "Strict"), new Product(INDENTED, "Indented"),
                Product.announced(LAUNCH, "Launch", RELEASE, OptionalLong.of(12)));
        long[][] stock = {{5, 3}, {0, 0}, {4, 0}, {6, 0}};
        for (int s = 0; s < SKUS.size(); s++) {
            for (int l = 0; l < LOCATIONS.size(); l++) {
                adapters.inventory().setStock(SKUS.get(s), LOCATIONS.get(l), stock[s][l], "BIN-" + s + l);
                stockIn.put(key(SKUS.get(s), LOCATIONS.get(l)), stock[s][l]);
            }
        }
        BackorderPolicy backorders = BackorderPolicy.perSku(HashMap.of(
                ON_SALE, BackorderTerms.allowedWithoutLimit().withLimit(30),
                LAUNCH, BackorderTerms.allowedWithoutLimit(),
                INDENTED, BackorderTerms.allowedWithoutLimit().withLimit(10)));
        oms = OrderManagement.builder().ports(adapters.ports(clock)).backorderPolicy(backorders)
                .indentPolicy(new BulkFromSupplier()).supplierGateway(adapters.suppliers())
                .preorderPayment(preorderPayment).build();
    }

    /** Five or more units of {@link #INDENTED} are bought from the supplier; what it does not commit is sourced again. */
    private static final class BulkFromSupplier implements IndentPolicy {
        @Override
        public Option<LocationId> supplierFor(Sku sku, long quantity, Channel channel) {
            return sku.equals(INDENTED) && quantity >= 5 ? Option.some(SUPPLIER) : Option.none();
        }

        @Override
        public SupplierShortfall onShortfall(Sku sku) {
            return SupplierShortfall.RESOURCE;
        }
    }

    /** Every indent purchase of every order, with its order. */
    List<Map.Entry<OrderId, Purchase>> purchases() {
        List<Map.Entry<OrderId, Purchase>> all = new ArrayList<>();
        for (Order order : allOrders()) {
            order.purchases().values().forEach(p -> all.add(Map.entry(order.id(), p)));
        }
        return all;
    }

    static String key(Sku sku, LocationId location) {
        return sku + "@" + location;
    }

    Order order(OrderId id) {
        return oms.find(id).get();
    }

    List<Order> allOrders() {
        return orders.stream().map(this::order).toList();
    }

    StockLevel stock(Sku sku, LocationId location) {
        return adapters.inventory().stockAt(sku, location).get();
    }

    long available(Sku sku) {
        return LOCATIONS.stream().mapToLong(l -> stock(sku, l).available()).sum();
    }

    /**
     * The SKU's restock queue as it stands, in the order design invariant 3 demands, written out here
     * rather than taken from the code under test: pre-orders first, then placement time and order id.
     */
    List<WaitingUnits> queue(Sku sku) {
        Comparator<WaitingUnits> expected = Comparator
                .comparing((WaitingUnits w) -> w.bucket() != Bucket.PREORDERED)
                .thenComparing(WaitingUnits::placedAt)
                .thenComparing(w -> w.orderId().value());
        return allOrders().stream().flatMap(o -> WaitingUnits.of(o).toJavaStream())
                .filter(w -> w.sku().equals(sku)).sorted(expected).toList();
    }

    /** Units of the SKU the orders hold in stock at a location: allocated, picked or packed. */
    long held(Sku sku, LocationId location) {
        long units = 0;
        for (Order order : allOrders()) {
            for (Line line : order.lines().values()) {
                if (line.sku().equals(sku)) {
                    units += line.count(Bucket.ALLOCATED, location) + line.count(Bucket.PICKED, location)
                            + line.count(Bucket.PACKED, location);
                }
            }
        }
        return units;
    }

    /** Units of the SKU that shipped from a location and left its stock. */
    long consumed(Sku sku, LocationId location) {
        long units = 0;
        for (Order order : allOrders()) {
            for (OrderPackage pkg : order.packages().values()) {
                if (pkg.stockConsumed() && pkg.location().equals(location)) {
                    units += pkg.contents().filter(i -> order.line(i.lineId()).get().sku().equals(sku))
                            .map(i -> i.quantity()).sum().longValue();
                }
            }
        }
        return units;
    }

    @Override
    public String toString() {
        return "WaitingWorld[" + orders.size() + " orders]";
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.order.Page;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.indent.SupplierShortfall;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.Purchase;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryPaymentGateway;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.Ports;
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
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;

/**
 * The system under the stateful properties, one shop for all of them on the in-memory adapters, with a
 * clock the test moves and payment and notification ports that fail on demand ({@link Flaky}), plus what a
 * property remembers of the commands it issued. The shop stocks two groups of products, each scarce
 * enough that commands contend for it:
 * <ul>
 *   <li>{@link #SKUS}, which the order state machine property orders: on sale, never backordered;
 *   <li>{@link #WAITING_SKUS}, which the waiting-orders property orders: a product on sale that may be
 *       backordered ({@link #ON_SALE}), an announced one with a pre-order cap whose excess is backordered
 *       ({@link #LAUNCH}), one that may not be backordered ({@link #STRICT}), and one bought from a supplier
 *       in bulk ({@link #INDENTED}).
 * </ul>
 * The policies name only the waiting SKUs, so for {@link #SKUS} they answer as the defaults do.
 */
final class World {
    static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"), Sku.of("C"));
    static final Sku ON_SALE = Sku.of("R");
    static final Sku LAUNCH = Sku.of("N");
    static final Sku STRICT = Sku.of("S");
    static final Sku INDENTED = Sku.of("I");
    static final List<Sku> WAITING_SKUS = List.of(ON_SALE, LAUNCH, STRICT, INDENTED);
    static final List<LocationId> LOCATIONS = List.of(EAST, WEST);
    static final LocationId SUPPLIER = LocationId.of("SUP");
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant RELEASE = START.plus(Duration.ofDays(1));
    static final CurrencyUnit EUR = CurrencyUnit.EUR;
    static final String GOOD_CARD = "tok_ok";
    static final String BAD_CARD = "tok_bad";

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final Flaky flaky = new Flaky();
    final SettableClock clock = new SettableClock(START);
    final OrderManagement oms;
    /** Units put in per {@link #key SKU and location}: at setup and by every receipt since. */
    final Map<String, Long> stockIn = new LinkedHashMap<>();
    /** Units received by transfer at each location. */
    final Map<LocationId, Long> transferredTo = new LinkedHashMap<>();
    final List<OrderId> orders = new ArrayList<>();
    final Map<String, OrderId> byExternalId = new LinkedHashMap<>();
    /** The last accepted command that carries its own idempotency key, to replay it. */
    Replayable lastKeyed;
    /** How many commands the carrier refused a label for: refusals store nothing, so they are counted here. */
    int carrierRefusals;
    /** Commands issued so far that need a fresh key. */
    int placed;

    /** A command a host could send again under the same idempotency key. */
    record Replayable(String description, Supplier<Either<Rejection, Order>> command, long versionAfter) {}

    /** The backorder terms of the SKUs that may wait, for the SKU as a whole: units wait for stock anywhere. */
    static final BackorderPolicy SKU_WIDE_BACKORDERS = BackorderPolicy.perSku(HashMap.of(
            ON_SALE, BackorderTerms.allowedWithoutLimit().withLimit(30),
            LAUNCH, BackorderTerms.allowedWithoutLimit(),
            INDENTED, BackorderTerms.allowedWithoutLimit().withLimit(10)));

    /** How many units of {@link #ON_SALE} may wait at each location under {@link #LOCATED_BACKORDERS}. */
    static final io.vavr.collection.Map<LocationId, Long> LOCATED_LIMITS = HashMap.of(EAST, 4L, WEST, 6L);

    /**
     * {@link #ON_SALE}'s units wait at a location: west expects stock first but takes only 6, east 4 more (and
     * no marketplace order may wait at east); the other SKUs keep the terms of {@link #SKU_WIDE_BACKORDERS}.
     */
    static final BackorderPolicy LOCATED_BACKORDERS = new BackorderPolicy() {
        @Override public BackorderTerms termsFor(Sku sku) {
            return sku.equals(ON_SALE) ? BackorderTerms.notAllowed() : SKU_WIDE_BACKORDERS.termsFor(sku);
        }

        @Override public io.vavr.control.Option<BackorderTerms> termsAt(Sku sku, LocationId location, Channel channel) {
            boolean closed = !sku.equals(ON_SALE) || (location.equals(EAST) && channel.equals(Channel.MARKETPLACE));
            return closed ? io.vavr.control.Option.none() : io.vavr.control.Option.some(BackorderTerms.allowedWithoutLimit()
                    .withLimit(LOCATED_LIMITS.get(location).get()).expectedOn(LocalDate.parse(location.equals(WEST) ? "2026-04-01" : "2026-04-20")));
        }

        @Override public boolean mayBackorder(Sku sku) {
            return SKU_WIDE_BACKORDERS.mayBackorder(sku);
        }
    };

    World() {
        this(PreorderPaymentPolicy.defaults());
    }

    World(PreorderPaymentPolicy preorderPayment) {
        this(preorderPayment, SKU_WIDE_BACKORDERS);
    }

    World(PreorderPaymentPolicy preorderPayment, BackorderPolicy backorders) {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(WEST, "West", LocationType.WAREHOUSE, 2))
                .addLocation(new Location(SUPPLIER, "Supplier", LocationType.SUPPLIER, 9, Optional.empty(), false));
        SKUS.forEach(sku -> adapters.catalog().add(new Product(sku, "Product " + sku)));
        adapters.catalog().add(new Product(ON_SALE, "On sale"), new Product(STRICT, "Strict"), new Product(INDENTED, "Indented"),
                Product.announced(LAUNCH, "Launch", RELEASE, OptionalLong.of(12)));
        stock(SKUS, new long[][] {{6, 3}, {2, 2}, {0, 5}});
        stock(WAITING_SKUS, new long[][] {{5, 3}, {0, 0}, {4, 0}, {6, 0}});
        adapters.payments().declineWhen(InMemoryPaymentGateway.cardTokens(Set.of(BAD_CARD)));
        Ports real = adapters.ports(clock);
        oms = OrderManagement.builder()
                .ports(new Ports(real.orders(), real.inventory(), flaky.payments(real.payments()), real.carrier(),
                        flaky.notifications(real.notifications()), real.catalog(), real.ids(), real.clock()))
                .backorderPolicy(backorders).indentPolicy(new BulkFromSupplier()).supplierGateway(adapters.suppliers())
                .preorderPayment(preorderPayment).build();
    }

    /** Sets each SKU's units at each of {@link #LOCATIONS}, in bins named after their place in the group. */
    private void stock(List<Sku> skus, long[][] units) {
        for (int s = 0; s < skus.size(); s++) {
            for (int l = 0; l < LOCATIONS.size(); l++) {
                adapters.inventory().setStock(skus.get(s), LOCATIONS.get(l), units[s][l], "BIN-" + s + l);
                stockIn.put(key(skus.get(s), LOCATIONS.get(l)), units[s][l]);
            }
        }
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

    static String key(Sku sku, LocationId location) {
        return sku + "@" + location;
    }

    Order order(OrderId id) {
        return oms.queries().find(id).get();
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

    /** The version of every order placed so far. */
    Map<OrderId, Long> versions() {
        Map<OrderId, Long> versions = new LinkedHashMap<>();
        orders.forEach(id -> versions.put(id, order(id).version()));
        return versions;
    }

    /** Everything a rejected command must leave untouched. */
    String footprint() {
        StringBuilder print = new StringBuilder();
        for (OrderId id : orders) {
            print.append(id).append(" v").append(order(id).version()).append('\n');
        }
        return print.append(sideEffects()).toString();
    }

    /** Stock, port calls and stored orders: what nothing but an accepted command may change. */
    String sideEffects() {
        StringBuilder print = new StringBuilder();
        for (Sku sku : Stream.concat(SKUS.stream(), WAITING_SKUS.stream()).toList()) {
            for (LocationId location : LOCATIONS) {
                print.append(stock(sku, location)).append('\n');
            }
        }
        print.append("payments ").append(adapters.payments().performedCalls()).append('\n');
        print.append("labels ").append(adapters.carrier().labelsPurchased().size()).append('\n');
        print.append("notifications ").append(adapters.notifications().delivered().size())
                .append(" in ").append(adapters.notifications().sendCalls()).append(" sends\n");
        print.append("stored ").append(Page.all(adapters.orders()::orderIds).size());
        return print.toString();
    }

    /** Every indent purchase of every order, with its order. */
    List<Map.Entry<OrderId, Purchase>> purchases() {
        List<Map.Entry<OrderId, Purchase>> all = new ArrayList<>();
        for (Order order : allOrders()) {
            order.purchases().values().forEach(p -> all.add(Map.entry(order.id(), p)));
        }
        return all;
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
        return "World[" + orders.size() + " orders]";
    }
}

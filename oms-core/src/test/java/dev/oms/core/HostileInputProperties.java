// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.order.Page;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PickListsCreated;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.command.OrderCommand;
import dev.oms.core.decision.OrderDecider;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.routing.Destination;
import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.FulfilmentCommand;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.Money;

/**
 * Hostile hosts: placements, packings, cancellations, goods receipts and checkout holds with extreme
 * numbers ({@code Long.MAX_VALUE}, {@code Long.MIN_VALUE}, zero, negatives, sums that wrap round) and
 * hostile text (a megabyte, NUL and other control characters, lone surrogates, empty). Whatever arrives,
 * the facade answers without throwing; a rejected command leaves every order's version as it was; and
 * afterwards every stored order still loads, still decides, and the events it decides still apply.
 * Packing is also decided on the rules alone, without the facade's checks, since that is where an
 * overflowing package once got through.
 */
class HostileInputProperties {
    private static final String MEGABYTE = "m".repeat(1 << 20);
    private static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"));
    private static final List<LocationId> LOCATIONS = List.of(EAST, WEST);

    @Property(tries = 200)
    void noInputBricksAnOrderAndARejectionChangesNoVersion(@ForAll("hostileCommands") List<Hostile> commands) {
        Shop shop = new Shop();
        for (Hostile command : commands) {
            Map<OrderId, Long> versionsBefore = shop.versions();
            Either<Rejection, ?> result = command.issue(shop);
            if (result == null) {
                Statistics.label("outcome").collect("refused at construction");
                assertThat(shop.versions()).as("%s was never built, yet something changed", command).isEqualTo(versionsBefore);
            } else if (result.isLeft()) {
                Statistics.label("outcome").collect("rejected");
                assertThat(result.getLeft().problems()).isNotEmpty();
                assertThat(shop.versions()).as("rejected %s (%s) changed a version", command, result.getLeft())
                        .containsAllEntriesOf(versionsBefore);
                assertThat(shop.versions()).hasSameSizeAs(versionsBefore);
            } else {
                Statistics.label("outcome").collect("accepted");
            }
            shop.assertEveryOrderLoadsAndDecides();
        }
    }

    @Provide
    Arbitrary<List<Hostile>> hostileCommands() {
        Arbitrary<Hostile> place = Combinators.combine(texts(), texts(), texts(), texts(), skus(), quantities(), prices())
                .as(Place::new);
        Arbitrary<Hostile> pack = Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.of(LOCATIONS),
                        packItems(),
                        texts(), texts(), texts())
                .as(Pack::new);
        Arbitrary<Hostile> cancel = Combinators.combine(Arbitraries.integers().between(0, 1),
                        lineIds().optional(0.8), quantities().optional(0.8), texts(), texts())
                .as(Cancel::new);
        Arbitrary<Hostile> receive = Combinators.combine(texts(), skus(), Arbitraries.of(LOCATIONS), quantities())
                .as(Receive::new);
        Arbitrary<Hostile> hold = Combinators.combine(texts(),
                        Combinators.combine(skus(), quantities()).as(HoldLine::new).list().ofMinSize(1).ofMaxSize(3))
                .as(PlaceHold::new);
        return Arbitraries.oneOf(place, pack, cancel, receive, hold).list().ofMinSize(1).ofMaxSize(6);
    }

    /** Mostly plausible, so commands get far enough to be decided; hostile often enough to hit every check. */
    private static Arbitrary<Long> quantities() {
        return Arbitraries.frequencyOf(
                weighted(3, Arbitraries.of(1L, 2L, 3L)),
                // Two of these on one line wrap round a long.
                weighted(2, Arbitraries.of(Long.MAX_VALUE, Long.MAX_VALUE / 2 + 1)),
                weighted(3, Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, 0L, -1L, Long.MAX_VALUE / 2 + 1,
                        1_000_000L, 1_000_001L, 1_000_000_000L, 1_000_000_001L, Integer.MAX_VALUE + 1L)),
                weighted(1, Arbitraries.longs()));
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                weighted(3, Arbitraries.integers().between(1, 6).map(i -> "K-" + i)),
                weighted(3, Arbitraries.of("", " ", MEGABYTE, "a\u0000b", "\u0000", "x\uD800", "\uDC00x", "\uDBFF\uDBFF",
                        "tab\there", "line\nbreak", "bell\u0007", "del\u007F", "shoe \uD83D\uDC5F", "x".repeat(128), "x".repeat(129),
                        "y".repeat(1_000), "y".repeat(1_001))),
                weighted(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(40)));
    }

    private static <T> net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> value) {
        return net.jqwik.api.Tuple.of(weight, value);
    }

    /** Items on any lines, or one item repeated: the same line twice is where sums wrap round. */
    private static Arbitrary<List<PackItem>> packItems() {
        Arbitrary<PackItem> item = Combinators.combine(lineIds(), quantities()).as(PackItem::new);
        return Arbitraries.oneOf(item.list().ofMinSize(1).ofMaxSize(3),
                Combinators.combine(item, Arbitraries.integers().between(2, 3)).as((i, n) -> java.util.Collections.nCopies(n, i)));
    }

    private static Arbitrary<String> skus() {
        return Arbitraries.frequencyOf(weighted(2, Arbitraries.of("A", "B")), weighted(1, texts()));
    }

    private static Arbitrary<String> lineIds() {
        return Arbitraries.frequencyOf(weighted(2, Arbitraries.of("L1", "L2", "L3")), weighted(1, texts()));
    }

    private static Arbitrary<Money> prices() {
        return Arbitraries.of(Money.parse("EUR 10.00"), Money.parse("EUR 10.00"), Money.parse("EUR 0.00"), Money.parse("EUR -1.00"),
                Money.parse("EUR 10000000.00"), Money.parse("EUR 10000000.01"),
                Money.parse("EUR 92233720368547758.07"), Money.parse("EUR 1" + "0".repeat(40)));
    }

    /** One hostile command. {@link #issue} answers null when the request could not even be built (a caller bug, thrown). */
    sealed interface Hostile {
        Either<Rejection, ?> issue(Shop shop);
    }

    record Place(String externalId, String customer, String addressLine, String token, String sku, long quantity, Money price)
            implements Hostile {
        @Override
        public Either<Rejection, ?> issue(Shop shop) {
            return built(() -> PlaceOrder.builder().channel(Channel.WEB).externalId(externalId).customer(CustomerRef.of(customer))
                            .shipTo(Address.builder().from(TestShop.address()).lines(List.of(addressLine)).build())
                            .paymentMethod(PaymentMethod.card(token)).lines(List.of(LineRequest.of(sku, quantity, price))).build(),
                    shop.oms.orders()::place);
        }

        @Override
        public String toString() {
            return "place " + shorten(externalId) + " " + shorten(sku) + " x" + quantity + " @" + price + " by " + shorten(customer)
                    + " to " + shorten(addressLine) + " with " + shorten(token);
        }
    }

    record PackItem(String lineId, long quantity) {}

    record Pack(int order, LocationId location, List<PackItem> items, String key, String handling, String gift) implements Hostile {
        @Override
        public Either<Rejection, ?> issue(Shop shop) {
            return built(() -> new PackRequest(key, location,
                            items.stream().map(i -> new PackageItem(LineId.of(i.lineId()), i.quantity())).toList(),
                            Optional.of(handling), Optional.of(gift)),
                    request -> {
                        // The rules alone, without the facade's checks, must not decide what evolving cannot apply.
                        shop.decideAndApply(shop.picked.get(order), new FulfilmentCommand.ConfirmPacked(request.idempotencyKey(),
                                location, io.vavr.collection.List.ofAll(request.contents()), Option.ofOptional(request.specialHandling()),
                                Option.ofOptional(request.giftMessage())));
                        return shop.oms.warehouse().confirmPacked(shop.picked.get(order), request).map(Packed::order);
                    });
        }

        @Override
        public String toString() {
            return "pack " + items.stream().map(i -> shorten(i.lineId()) + " x" + i.quantity()).toList() + " of order " + order
                    + " at " + location + " key " + shorten(key) + " handling " + shorten(handling) + " gift " + shorten(gift);
        }
    }

    record Cancel(int order, Optional<String> line, Optional<Long> quantity, String key, String reason) implements Hostile {
        @Override
        public Either<Rejection, ?> issue(Shop shop) {
            return built(() -> new CancelRequest(key, line.map(LineId::of), line.isPresent() ? quantity : Optional.empty(), reason),
                    request -> shop.oms.orders().cancel(shop.picked.get(order), request).map(Cancelled::order));
        }

        @Override
        public String toString() {
            return "cancel order " + order + " " + line.map(HostileInputProperties::shorten) + " x" + quantity + " key "
                    + shorten(key) + " because " + shorten(reason);
        }
    }

    record Receive(String key, String sku, LocationId location, long quantity) implements Hostile {
        @Override
        public Either<Rejection, ?> issue(Shop shop) {
            // Reusing a receipt key for another receipt is a different host bug, which the inventory port
            // refuses by throwing; each receipt here gets its own key, hostile as generated.
            String unique = key.isBlank() ? key : key + "/" + shop.receipts++;
            return built(() -> new StockReceipt(unique, Sku.of(sku), location, quantity), shop.oms.inbound()::receiveStock);
        }

        @Override
        public String toString() {
            return "receive " + shorten(sku) + " x" + quantity + " at " + location + " key " + shorten(key);
        }
    }

    record HoldLine(String sku, long quantity) {}

    record PlaceHold(String id, List<HoldLine> lines) implements Hostile {
        @Override
        public Either<Rejection, ?> issue(Shop shop) {
            return built(() -> new HoldRequest(HoldId.of(id),
                            lines.stream().map(l -> new HoldRequest.Units(Sku.of(l.sku()), l.quantity())).toList(),
                            new Destination.ShipTo(TestShop.address()), Channel.WEB, Duration.ofMinutes(15)),
                    shop.oms.storefront()::placeHold);
        }

        @Override
        public String toString() {
            return "hold " + shorten(id) + " " + lines.stream().map(l -> shorten(l.sku()) + " x" + l.quantity()).toList();
        }
    }

    /**
     * Builds the request, then issues it. Value types refuse blank ids and non-positive package items by
     * throwing at construction, as documented; that is not the facade's answer, so it answers null. The
     * facade itself must never throw.
     */
    private static <R> Either<Rejection, ?> built(Supplier<R> build, java.util.function.Function<R, Either<Rejection, ?>> issue) {
        R request;
        try {
            request = build.get();
        } catch (IllegalArgumentException e) {
            return null;
        }
        return issue.apply(request);
    }

    private static String shorten(String text) {
        String escaped = text.chars().limit(24)
                .mapToObj(c -> c < 0x20 || c == 0x7F || Character.isSurrogate((char) c) ? String.format("\\u%04X", c) : String.valueOf((char) c))
                .reduce("", String::concat);
        return "'" + escaped + (text.length() > 24 ? "...(" + text.length() + ")" : "") + "'";
    }

    /** Two warehouses, SKUs A and B, checkout holds, and two orders already picked (lines L1 and L2) to pack and cancel. */
    static final class Shop {
        final InMemoryAdapters adapters = InMemoryAdapters.create();
        final OrderManagement oms;
        final List<OrderId> picked = new ArrayList<>();
        int receipts;

        Shop() {
            adapters.inventory()
                    .addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1))
                    .addLocation(Location.of(WEST, "West", LocationType.WAREHOUSE, 2));
            for (Sku sku : SKUS) {
                adapters.catalog().add(new Product(sku, "Product " + sku));
                adapters.inventory().setStock(sku, EAST, 20, "E-" + sku);
                adapters.inventory().setStock(sku, WEST, 20, "W-" + sku);
            }
            oms = OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).holds(adapters.holds()).build();
            for (String externalId : List.of("SEED-1", "SEED-2")) {
                Order placed = oms.orders().place(TestShop.order(externalId, TestShop.line("A", 2, "EUR 10.00"),
                        TestShop.line("B", 3, "EUR 4.00"))).get();
                Order listed = oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
                for (PickListId list : listed.pickLists().keySet()) {
                    oms.warehouse().confirmPicked(placed.id(), list).get();
                }
                picked.add(placed.id());
            }
        }

        /** Decides the command on the order as stored and applies what was decided, as the next load would. */
        void decideAndApply(OrderId id, OrderCommand command) {
            decideAndApply(oms.queries().find(id).get(), command);
        }

        private static void decideAndApply(Order order, OrderCommand command) {
            Either<Rejection, io.vavr.collection.List<OrderEvent>> decided = OrderDecider.decide(command, order, DecisionContext.at(TestShop.CLOCK.instant()));
            if (decided.isRight() && !decided.get().isEmpty()) {
                OrderEvolution.apply(Option.some(order),
                        new OrderCommit(command.idempotencyKey(), TestShop.CLOCK.instant(), decided.get().toJavaList()));
            }
        }

        Map<OrderId, Long> versions() {
            Map<OrderId, Long> versions = new LinkedHashMap<>();
            for (OrderId id : Page.all(adapters.orders()::orderIds)) {
                versions.put(id, oms.queries().find(id).get().version());
            }
            return versions;
        }

        /**
         * Every stored order loads from its log; commands on it still decide (packing what is picked,
         * creating pick lists; the next generated command tries the rest through the facade), and what they
         * decide still applies; availability still answers for every SKU.
         */
        void assertEveryOrderLoadsAndDecides() {
            for (OrderId id : Page.all(adapters.orders()::orderIds)) {
                java.util.Optional<Order> loaded = oms.queries().find(id);
                assertThat(loaded.isPresent()).as("order %s loads", id).isTrue();
                Order order = loaded.get();
                List<OrderCommand> probes = new ArrayList<>();
                for (LocationId location : LOCATIONS) {
                    io.vavr.collection.List<PackageItem> all = order.lines().values()
                            .filter(l -> l.count(dev.oms.spi.event.Bucket.PICKED, location) > 0)
                            .map(l -> new PackageItem(l.id(), l.count(dev.oms.spi.event.Bucket.PICKED, location))).toList();
                    if (!all.isEmpty()) {
                        probes.add(new FulfilmentCommand.ConfirmPacked("probe-pack-" + location, location, all, Option.none(), Option.none()));
                    }
                }
                probes.add(new FulfilmentCommand.CreatePickLists("probe-pick-lists"));
                for (OrderCommand probe : probes) {
                    decideAndApply(order, probe);
                }
            }
            for (Sku sku : SKUS) {
                assertThat(oms.storefront().availableToPromise(sku).total()).isNotNegative();
            }
        }
    }
}

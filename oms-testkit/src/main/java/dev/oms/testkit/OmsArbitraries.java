// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.event.PlacementEvent;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Pickup;
import dev.oms.spi.value.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * jqwik generators for the values that cross the oms ports: catalogues, locations with stock, order
 * placements, every kind of {@link OrderEvent} and whole commits. Text includes quotes, backslashes and
 * non-ASCII letters (storage must keep them), but no control characters, which SQL text columns refuse.
 */
public final class OmsArbitraries {
    private static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.JPY,
            CurrencyUnit.of("BHD"));

    private OmsArbitraries() {}

    /** {@return printable text with the characters that break naive encoders} */
    public static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('!', '~').withChars("äéß€日本 ").ofMinLength(1).ofMaxLength(24)
                .filter(s -> !s.isBlank());
    }

    /** {@return codes without surrounding whitespace, fit for SKUs and ids} */
    public static Arbitrary<String> codes() {
        return Arbitraries.strings().withCharRange('!', '~').withChars("äé€").ofMinLength(1).ofMaxLength(16);
    }

    /** {@return SKUs with {@link #codes()} for codes} */
    public static Arbitrary<Sku> skus() {
        return codes().map(Sku::of);
    }

    /** {@return location ids with {@link #codes()} for values} */
    public static Arbitrary<LocationId> locationIds() {
        return codes().map(LocationId::of);
    }

    /** {@return instants from 1970 to 2100, to the nanosecond} */
    public static Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(0, 4_102_444_800L), Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    /** {@return currencies with two, zero and three minor digits} */
    public static Arbitrary<CurrencyUnit> currencies() {
        return Arbitraries.of(CURRENCIES);
    }

    /**
     * A positive amount in one currency, exact to its minor unit.
     *
     * @param currency the amounts' currency
     * @return amounts of that currency
     */
    public static Arbitrary<Money> money(CurrencyUnit currency) {
        return Arbitraries.longs().between(1, 100_000_000L)
                .map(minor -> Money.of(currency, BigDecimal.valueOf(minor, currency.getDecimalPlaces())));
    }

    /** {@return positive amounts in any of {@link #currencies()}} */
    public static Arbitrary<Money> money() {
        return currencies().flatMap(OmsArbitraries::money);
    }

    /** {@return addresses of {@link #text()} fields and a two-letter country, with or without coordinates} */
    public static Arbitrary<Address> addresses() {
        Arbitrary<Optional<Coordinates>> coordinates = Combinators.combine(
                Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180))
                .as(Coordinates::new).optional();
        return Combinators.combine(text(), text().list().ofMinSize(1).ofMaxSize(3), text(), text(),
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2), coordinates)
                .as((recipient, lines, city, postalCode, country, at) -> Address.builder().recipient(recipient)
                        .addAllLines(lines).city(city).postalCode(postalCode).countryCode(country).coordinates(at).build());
    }

    /** {@return card and cash-on-delivery payment methods} */
    public static Arbitrary<PaymentMethod> paymentMethods() {
        return Arbitraries.oneOf(text().map(PaymentMethod::card), Arbitraries.just(PaymentMethod.cashOnDelivery()));
    }

    /** {@return catalogues of one to eight products of distinct SKUs, about one in four of them untracked (no stock kept)} */
    public static Arbitrary<List<Product>> catalogues() {
        Arbitrary<Boolean> tracked = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(true)), Tuple.of(1, Arbitraries.just(false)));
        return Combinators.combine(skus().list().uniqueElements().ofMinSize(1).ofMaxSize(8), text(), tracked.list().ofSize(8))
                .as((skus, name, trackedOrNot) -> {
                    List<Product> products = new ArrayList<>();
                    for (int i = 0; i < skus.size(); i++) {
                        Sku sku = skus.get(i);
                        products.add(trackedOrNot.get(i) ? new Product(sku, name + " " + sku) : Product.untracked(sku, name + " " + sku));
                    }
                    return products;
                });
    }

    /** {@return locations of any type, priority and state, with or without an address} */
    public static Arbitrary<Location> locations() {
        return Combinators.combine(locationIds(), text(), Arbitraries.of(LocationType.class),
                Arbitraries.integers().between(0, 100), addresses().optional(), Arbitraries.of(true, false))
                .as(Location::new);
    }

    /**
     * Stock records for every pair of the given SKUs and locations, some of it already promised.
     *
     * @param skus the SKUs stocked
     * @param locations where each SKU has a record
     * @return one record per SKU and location
     */
    public static Arbitrary<List<StockLevel>> stock(List<Sku> skus, List<LocationId> locations) {
        List<Arbitrary<StockLevel>> levels = new ArrayList<>();
        for (Sku sku : skus) {
            for (LocationId location : locations) {
                levels.add(Arbitraries.longs().between(0, 10_000).flatMap(onHand ->
                        Combinators.combine(Arbitraries.longs().between(0, onHand), Arbitraries.longs().between(0, onHand),
                                        codes())
                                .as((reserved, fenced, bin) -> new StockLevel(sku, location, onHand,
                                        Math.min(reserved, onHand), Math.min(fenced, onHand - Math.min(reserved, onHand)), bin))));
            }
        }
        return Combinators.combine(levels).as(List::copyOf);
    }

    /** {@return click-and-collect pickups at any store, with or without transfer} */
    public static Arbitrary<Pickup> pickups() {
        return Combinators.combine(locationIds(), Arbitraries.of(true, false)).as(Pickup::new);
    }

    /**
     * {@return accepted orders with one to five lines, as {@code OrderPlaced}; about one line in four untracked, about
     * one order in four collected at a store, about half the lines with discounts and taxes and half the orders with a
     * shipping charge ({@link PriceArbitraries})}
     */
    public static Arbitrary<PlacementEvent.OrderPlaced> orderPlacements() {
        return currencies().flatMap(currency -> {
            Arbitrary<List<PlacementEvent.PlacedLine>> lines = Combinators.combine(skus(), Arbitraries.longs().between(1, 20_000),
                            money(currency), Arbitraries.of(true, true, true, false))
                    .as((sku, quantity, price, tracked) -> new Object[] {sku, quantity, price, tracked})
                    .list().ofMinSize(1).ofMaxSize(5)
                    .map(rows -> {
                        List<PlacementEvent.PlacedLine> placed = new ArrayList<>();
                        for (int i = 0; i < rows.size(); i++) {
                            Object[] row = rows.get(i);
                            placed.add(new PlacementEvent.PlacedLine(LineId.ofPosition(i), (Sku) row[0], (Long) row[1], (Money) row[2],
                                    (Boolean) row[3]));
                        }
                        return placed;
                    });
            return Combinators.combine(codes().map(OrderId::of), codes().map(Channel::of), text(),
                            codes().map(CustomerRef::of), addresses(), paymentMethods(), lines, instants())
                    .as((id, channel, externalId, customer, shipTo, method, placedLines, at) ->
                            new PlacementEvent.OrderPlaced(id, channel, externalId, customer, shipTo, method, currency,
                                    placedLines, at))
                    .flatMap(placed -> Arbitraries.oneOf(Arbitraries.just(Optional.<Pickup>empty()), Arbitraries.just(Optional.<Pickup>empty()),
                                    Arbitraries.just(Optional.<Pickup>empty()), pickups().map(Optional::of))
                            .map(pickup -> new PlacementEvent.OrderPlaced(placed.orderId(), placed.channel(), placed.externalId(),
                                    placed.customer(), placed.shipTo(), pickup, placed.paymentMethod(), placed.currency(),
                                    placed.lines(), placed.placedAt())))
                    .flatMap(placed -> Combinators.combine(placed.lines().stream().map(PriceArbitraries::priced).toList()).as(List::copyOf)
                            .flatMap(priced -> PriceArbitraries.shippingCharges(currency).map(shipping -> new PlacementEvent.OrderPlaced(
                                    placed.orderId(), placed.channel(), placed.externalId(), placed.customer(), placed.shipTo(),
                                    placed.pickup(), placed.paymentMethod(), placed.currency(), priced, placed.placedAt(), shipping))));
        });
    }

    /**
     * {@return any event of any kind, each field drawn independently: for codecs and storage, not for replay}
     * Every kind of {@link #eventKinds()} is equally likely.
     */
    public static Arbitrary<OrderEvent> orderEvents() {
        return Arbitraries.oneOf(new ArrayList<>(EventArbitraries.generators().values()));
    }

    /** {@return any event of units that wait: pre-orders, backorders, indent purchases; each kind equally likely} */
    public static Arbitrary<OrderEvent> waitingEvents() {
        Map<Class<? extends OrderEvent>, Arbitrary<? extends OrderEvent>> all = EventArbitraries.generators();
        return Arbitraries.oneOf(EventArbitraries.WAITING_KINDS.stream().<Arbitrary<? extends OrderEvent>>map(all::get).toList());
    }

    /**
     * Events of exactly one kind, each field drawn independently.
     *
     * @param <E> the kind of event
     * @param kind one of {@link #eventKinds()}
     * @return events of that kind
     * @throws IllegalArgumentException for a kind without a generator
     */
    public static <E extends OrderEvent> Arbitrary<E> events(Class<E> kind) {
        Arbitrary<? extends OrderEvent> generator = EventArbitraries.generators().get(kind);
        if (generator == null) {
            throw new IllegalArgumentException("no generator for events of kind " + kind.getName());
        }
        return generator.map(kind::cast);
    }

    /** {@return the kinds of event {@link #events(Class)} and {@link #orderEvents()} generate, in declaration order} */
    public static List<Class<? extends OrderEvent>> eventKinds() {
        return List.copyOf(EventArbitraries.generators().keySet());
    }

    /** {@return commits of one to five events of any kind} */
    public static Arbitrary<OrderCommit> commits() {
        return Combinators.combine(text(), instants(), orderEvents().list().ofMinSize(1).ofMaxSize(5)).as(OrderCommit::new);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.order.Transitions;
import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.CancellationEvent;
import dev.oms.spi.event.EffectEvent;
import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.spi.event.IndentEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.PlacementEvent;
import dev.oms.spi.event.WaitingEvent;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.PackageItem;

import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.PaymentStage;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

    public static Arbitrary<LocationId> locationIds() {
        return codes().map(LocationId::of);
    }

    public static Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(0, 4_102_444_800L), Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    public static Arbitrary<CurrencyUnit> currencies() {
        return Arbitraries.of(CURRENCIES);
    }

    /** A positive amount in {@code currency}, exact to its minor unit. */
    public static Arbitrary<Money> money(CurrencyUnit currency) {
        return Arbitraries.longs().between(1, 100_000_000L)
                .map(minor -> Money.of(currency, BigDecimal.valueOf(minor, currency.getDecimalPlaces())));
    }

    public static Arbitrary<Money> money() {
        return currencies().flatMap(OmsArbitraries::money);
    }

    public static Arbitrary<Address> addresses() {
        Arbitrary<Optional<Coordinates>> coordinates = Combinators.combine(
                Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180))
                .as(Coordinates::new).optional();
        return Combinators.combine(text(), text().list().ofMinSize(1).ofMaxSize(3), text(), text(),
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2), coordinates)
                .as((recipient, lines, city, postalCode, country, at) -> Address.builder().recipient(recipient)
                        .addAllLines(lines).city(city).postalCode(postalCode).countryCode(country).coordinates(at).build());
    }

    public static Arbitrary<PaymentMethod> paymentMethods() {
        return Arbitraries.oneOf(text().map(PaymentMethod::card), Arbitraries.just(PaymentMethod.cashOnDelivery()));
    }

    /** {@return catalogues of one to eight products of distinct SKUs} */
    public static Arbitrary<List<Product>> catalogues() {
        return Combinators.combine(skus().list().uniqueElements().ofMinSize(1).ofMaxSize(8), text())
                .as((skus, name) -> skus.stream().map(sku -> new Product(sku, name + " " + sku)).toList());
    }

    public static Arbitrary<Location> locations() {
        return Combinators.combine(locationIds(), text(), Arbitraries.of(LocationType.class),
                Arbitraries.integers().between(0, 100), addresses().optional(), Arbitraries.of(true, false))
                .as(Location::new);
    }

    /** Stock records for every pair of the given SKUs and locations, some of it already promised. */
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

    /** {@return accepted orders with one to five lines, as {@code OrderPlaced}} */
    public static Arbitrary<PlacementEvent.OrderPlaced> orderPlacements() {
        return currencies().flatMap(currency -> {
            Arbitrary<List<PlacementEvent.PlacedLine>> lines = Combinators.combine(skus(), Arbitraries.longs().between(1, 20_000),
                            money(currency))
                    .as((sku, quantity, price) -> new Object[] {sku, quantity, price})
                    .list().ofMinSize(1).ofMaxSize(5)
                    .map(rows -> {
                        List<PlacementEvent.PlacedLine> placed = new ArrayList<>();
                        for (int i = 0; i < rows.size(); i++) {
                            Object[] row = rows.get(i);
                            placed.add(new PlacementEvent.PlacedLine(LineId.ofPosition(i), (Sku) row[0], (Long) row[1], (Money) row[2]));
                        }
                        return placed;
                    });
            return Combinators.combine(codes().map(OrderId::of), codes().map(Channel::of), text(),
                            codes().map(CustomerRef::of), addresses(), paymentMethods(), lines, instants())
                    .as((id, channel, externalId, customer, shipTo, method, placedLines, at) ->
                            new PlacementEvent.OrderPlaced(id, channel, externalId, customer, shipTo, method, currency,
                                    placedLines, at));
        });
    }

    /**
     * {@return any event of any kind, each field drawn independently: for codecs and storage, not for replay}
     * Every kind of {@link #eventKinds()} is equally likely.
     */
    public static Arbitrary<OrderEvent> orderEvents() {
        return Arbitraries.oneOf(new ArrayList<>(generators().values()));
    }

    /** {@return any event of units that wait: pre-orders, backorders, indent purchases; each kind equally likely} */
    public static Arbitrary<OrderEvent> waitingEvents() {
        Map<Class<? extends OrderEvent>, Arbitrary<? extends OrderEvent>> all = generators();
        return Arbitraries.oneOf(WAITING_KINDS.stream().<Arbitrary<? extends OrderEvent>>map(all::get).toList());
    }

    /** Events of exactly one kind, each field drawn independently. */
    public static <E extends OrderEvent> Arbitrary<E> events(Class<E> kind) {
        Arbitrary<? extends OrderEvent> generator = generators().get(kind);
        if (generator == null) {
            throw new IllegalArgumentException("no generator for events of kind " + kind.getName());
        }
        return generator.map(kind::cast);
    }

    /** {@return the kinds of event {@link #events(Class)} and {@link #orderEvents()} generate, in declaration order} */
    public static List<Class<? extends OrderEvent>> eventKinds() {
        return List.copyOf(generators().keySet());
    }

    private static final List<Class<? extends OrderEvent>> WAITING_KINDS = List.of(WaitingEvent.UnitsPreordered.class,
            WaitingEvent.UnitsBackordered.class, WaitingEvent.WaitingUnitsFilled.class, WaitingEvent.ReleaseFellShort.class,
            WaitingEvent.ReleaseDateMoved.class, IndentEvent.PurchaseRequested.class, EffectEvent.PurchaseRequestSent.class,
            IndentEvent.SupplierConfirmed.class, IndentEvent.SupplierRejected.class, IndentEvent.SupplierShortfallSettled.class,
            IndentEvent.PurchaseGoodsReceived.class, EffectEvent.RingFenceReserved.class);

    /** One generator per kind of event; a kind missing here has no generator, and the codec tests say so. */
    private static Map<Class<? extends OrderEvent>, Arbitrary<? extends OrderEvent>> generators() {
        Arbitrary<LineId> lines = Arbitraries.integers().between(0, 9).map(LineId::ofPosition);
        Arbitrary<PackageId> packages = codes().map(PackageId::of);
        Arbitrary<Long> quantities = Arbitraries.longs().between(1, 1_000_000);
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 1_000_000);
        Arbitrary<Integer> attempts = Arbitraries.integers().between(1, 10);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 40_000).map(d -> LocalDate.ofEpochDay(d));
        Arbitrary<AllocationEvent.Reservation> reservations = Combinators.combine(lines, skus(), locationIds(), quantities)
                .as(AllocationEvent.Reservation::new);
        Arbitrary<Shortfall> shortfalls = Combinators.combine(skus(), locationIds(), quantities, Arbitraries.longs().between(0, 100))
                .as(Shortfall::new);
        Arbitrary<FulfilmentEvent.PickItem> pickItems = Combinators.combine(lines, skus(), quantities, codes())
                .as(FulfilmentEvent.PickItem::new);
        Arbitrary<PackageItem> packageItems = Combinators.combine(lines, quantities).as(PackageItem::new);
        Arbitrary<Bucket> cancellable = Arbitraries.of(Bucket.PENDING, Bucket.ALLOCATED, Bucket.PICKED, Bucket.PACKED);
        Generators all = new Generators();
        all.put(PlacementEvent.OrderPlaced.class, orderPlacements());
        all.put(EffectEvent.ReservationRequested.class,
                Combinators.combine(attempts, reservations.list().ofMinSize(1).ofMaxSize(4)).as(EffectEvent.ReservationRequested::new));
        all.put(AllocationEvent.ReservationFailed.class,
                Combinators.combine(attempts, shortfalls.list().ofMaxSize(3)).as(AllocationEvent.ReservationFailed::new));
        all.put(AllocationEvent.UnitsAllocated.class, Combinators.combine(lines, locationIds(), quantities).as(AllocationEvent.UnitsAllocated::new));
        all.put(AllocationEvent.UnitsDeallocated.class,
                Combinators.combine(text().map(ReleaseId::of), lines, locationIds(), quantities, text()).as(AllocationEvent.UnitsDeallocated::new));
        all.put(EffectEvent.AuthorizationRequested.class, Combinators.combine(attempts, money()).as(EffectEvent.AuthorizationRequested::new));
        all.put(WaitingEvent.UnitsPreordered.class, Combinators.combine(lines, quantities, instants()).as(WaitingEvent.UnitsPreordered::new));
        all.put(WaitingEvent.UnitsBackordered.class, Combinators.combine(lines, quantities, counts, dates.optional(), text())
                .as(WaitingEvent.UnitsBackordered::new));
        all.put(WaitingEvent.WaitingUnitsFilled.class, Combinators.combine(lines, Arbitraries.of(Bucket.PREORDERED, Bucket.BACKORDERED),
                quantities, counts, text()).as(WaitingEvent.WaitingUnitsFilled::new));
        all.put(WaitingEvent.ReleaseFellShort.class, Combinators.combine(lines, quantities, text()).as(WaitingEvent.ReleaseFellShort::new));
        all.put(WaitingEvent.ReleaseDateMoved.class, Combinators.combine(lines, instants(), instants())
                .filter((line, from, to) -> !from.equals(to)).as(WaitingEvent.ReleaseDateMoved::new));
        all.put(IndentEvent.PurchaseRequested.class, Combinators.combine(text().map(PurchaseId::of), lines, skus(), locationIds(), quantities)
                .as(IndentEvent.PurchaseRequested::new));
        all.put(EffectEvent.PurchaseRequestSent.class, text().map(PurchaseId::of).map(EffectEvent.PurchaseRequestSent::new));
        all.put(IndentEvent.SupplierConfirmed.class, Combinators.combine(text().map(PurchaseId::of), quantities, dates).as(IndentEvent.SupplierConfirmed::new));
        all.put(IndentEvent.SupplierRejected.class, Combinators.combine(text().map(PurchaseId::of), text()).as(IndentEvent.SupplierRejected::new));
        all.put(IndentEvent.SupplierShortfallSettled.class, Combinators.combine(text().map(PurchaseId::of), lines, quantities,
                Arbitraries.of(Bucket.CANCELLED, Bucket.BACKORDERED, Bucket.PENDING), text()).as(IndentEvent.SupplierShortfallSettled::new));
        all.put(IndentEvent.PurchaseGoodsReceived.class, Combinators.combine(text().map(ReceiptId::of), text().map(PurchaseId::of), lines, locationIds(), quantities)
                .as(IndentEvent.PurchaseGoodsReceived::new));
        all.put(EffectEvent.RingFenceReserved.class, text().map(ReceiptId::of).map(EffectEvent.RingFenceReserved::new));
        all.put(PaymentEvent.PaymentAuthorized.class, Combinators.combine(text().map(AuthorizationId::of), money(), instants()).as(PaymentEvent.PaymentAuthorized::new));
        all.put(PaymentEvent.PaymentDeclined.class, Combinators.combine(Arbitraries.of(PaymentStage.class), text())
                .as(PaymentEvent.PaymentDeclined::new));
        all.put(PaymentEvent.PaymentRetryRequested.class, paymentMethods().map(PaymentEvent.PaymentRetryRequested::new));
        all.put(PaymentEvent.PaymentCaptured.class, Combinators.combine(packages, text().map(AuthorizationId::of), text().map(CaptureId::of), money()).as(PaymentEvent.PaymentCaptured::new));
        all.put(PaymentEvent.AuthorizationLapsed.class, Combinators.combine(text().map(AuthorizationId::of), money()).as(PaymentEvent.AuthorizationLapsed::new));
        all.put(PaymentEvent.AuthorizationVoided.class, Combinators.combine(text().map(AuthorizationId::of), money()).as(PaymentEvent.AuthorizationVoided::new));
        all.put(EffectEvent.PrepaymentRequested.class, Combinators.combine(attempts, lines, quantities, text().map(AuthorizationId::of), money())
                .as(EffectEvent.PrepaymentRequested::new));
        all.put(PaymentEvent.PreorderPrepaid.class, Combinators.combine(text().map(AuthorizationId::of), text().map(CaptureId::of), money()).as(PaymentEvent.PreorderPrepaid::new));
        all.put(PaymentEvent.PaymentRefunded.class, Combinators.combine(text().map(CaptureId::of), text().map(RefundId::of), money()).as(PaymentEvent.PaymentRefunded::new));
        all.put(PaymentEvent.RefundDeclined.class, Combinators.combine(text().map(CaptureId::of), money(), text()).as(PaymentEvent.RefundDeclined::new));
        all.put(PaymentEvent.CashCollected.class, Combinators.combine(packages, money()).as(PaymentEvent.CashCollected::new));
        all.put(FulfilmentEvent.PickListCreated.class, Combinators.combine(codes().map(PickListId::of), locationIds(),
                pickItems.list().ofMinSize(1).ofMaxSize(4)).as(FulfilmentEvent.PickListCreated::new));
        all.put(FulfilmentEvent.PickListPicked.class, codes().map(PickListId::of).map(FulfilmentEvent.PickListPicked::new));
        all.put(FulfilmentEvent.PackagePacked.class, Combinators.combine(packages, locationIds(), packageItems.list().ofMinSize(1).ofMaxSize(4),
                text().optional(), text().optional()).as(FulfilmentEvent.PackagePacked::new));
        all.put(EffectEvent.LabelRequested.class, Combinators.combine(packages, text()).as(EffectEvent.LabelRequested::new));
        all.put(FulfilmentEvent.LabelRefused.class, Combinators.combine(packages, text(), text()).as(FulfilmentEvent.LabelRefused::new));
        all.put(FulfilmentEvent.LabelPurchased.class, Combinators.combine(packages, text(), text().map(LabelId::of), text(), money())
                .as(FulfilmentEvent.LabelPurchased::new));
        all.put(FulfilmentEvent.LabelVoided.class, Combinators.combine(packages, text().map(LabelId::of)).as(FulfilmentEvent.LabelVoided::new));
        all.put(FulfilmentEvent.PackageOpened.class, Combinators.combine(packages, text()).as(FulfilmentEvent.PackageOpened::new));
        all.put(FulfilmentEvent.PackageShipped.class, Combinators.combine(packages, instants()).as(FulfilmentEvent.PackageShipped::new));
        all.put(EffectEvent.StockConsumed.class, packages.map(EffectEvent.StockConsumed::new));
        all.put(FulfilmentEvent.PackageDelivered.class, Combinators.combine(packages, instants()).as(FulfilmentEvent.PackageDelivered::new));
        all.put(CancellationEvent.UnitsCancelled.class, Combinators.combine(text().map(ReleaseId::of), lines, cancellable, locationIds(), quantities, text())
                .as((id, line, from, location, quantity, reason) -> new CancellationEvent.UnitsCancelled(id, line, from,
                        Transitions.heldAtLocation(from) ? Optional.of(location) : Optional.empty(), quantity, reason)));
        all.put(EffectEvent.StockReleased.class, text().map(ReleaseId::of).map(EffectEvent.StockReleased::new));
        all.put(EffectEvent.NotificationSent.class, text().map(EffectEvent.NotificationSent::new));
        return Collections.unmodifiableMap(all.byKind);
    }

    /** Generators keyed by the kind they make, typed so that a generator can only be filed under its own kind. */
    private static final class Generators {
        final Map<Class<? extends OrderEvent>, Arbitrary<? extends OrderEvent>> byKind = new LinkedHashMap<>();

        <E extends OrderEvent> void put(Class<E> kind, Arbitrary<? extends E> generator) {
            if (byKind.putIfAbsent(kind, generator) != null) {
                throw new IllegalStateException("two generators for " + kind.getName());
            }
        }
    }

    /** {@return commits of one to five events of any kind} */
    public static Arbitrary<OrderCommit> commits() {
        return Combinators.combine(text(), instants(), orderEvents().list().ofMinSize(1).ofMaxSize(5)).as(OrderCommit::new);
    }
}

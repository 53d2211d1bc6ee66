// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import static dev.oms.core.fulfilment.TrackingShop.MUGS;
import static dev.oms.core.fulfilment.TrackingShop.WH;
import static dev.oms.core.fulfilment.TrackingShop.update;
import static dev.oms.spi.shipping.TrackingStatus.IN_TRANSIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Shipped;
import dev.oms.core.application.VoidShipmentRequest;
import dev.oms.core.application.VoidShipmentRequest.Outcome;
import dev.oms.core.application.VoidedShipment;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.fulfilment.TrackingShop.Shipment;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.Ports;
import dev.oms.spi.payment.ForwardingPaymentGateway;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.inmemory.InMemoryPricing;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.event.ShipmentVoidEvent.ShipmentVoided;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.TrackingNotice;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Voiding the shipment of a parcel the carrier never collected ({@code warehouse().voidShipment}): its label voided, its
 * capture refunded and its units back in the warehouse's stock, once each; kept packed in a new package that ships again,
 * or put back on the shelf, allocated; refused once the carrier has it; replayed under its key.
 */
class ShipmentVoidTest {
    private final TrackingShop shop = new TrackingShop();

    @Test
    void aParcelVoidedKeepingItPackedShipsAgainUnderANewLabelAndCaptureWhileTheFirstCaptureIsRefunded() {
        Shipment first = shop.shipped("web-1", 2);

        VoidedShipment voided = shop.oms.warehouse().voidShipment(first.orderId(),
                new VoidShipmentRequest("void-1", first.packageId(), "the courier never came", Outcome.KEEP_PACKED)).get();

        PackageId repacked = voided.repackedAs().orElseThrow();
        Order order = voided.order();
        assertThat(order.packages().get(first.packageId()).get().state()).isEqualTo(OrderPackage.State.VOIDED);
        assertThat(order.packages().get(repacked).get().state()).isEqualTo(OrderPackage.State.PACKED);
        assertThat(order.line(MUGS).get().count(Bucket.PACKED, WH)).isEqualTo(2);
        assertThat(order.status()).isEqualTo(OrderStatus.PACKED);
        assertThat(shop.adapters.carrier().labelsVoided()).containsExactly(order.packages().get(first.packageId()).get().label().get().labelId());
        assertThat(refunded(first.orderId())).isEqualTo(eur("20.00"));
        assertThat(mugs()).as("back on hand, reserved for the order").isEqualTo(new long[] {1_000, 2});
        assertThat(shop.notices(first.orderId())).contains(new TrackingNotice.ShipmentVoided(first.packageId(), first.trackingNumber(),
                Optional.of(repacked)));

        Shipped again = shop.oms.warehouse().ship(first.orderId(), repacked, "ground").get();

        assertThat(again.label().trackingNumber()).isNotEqualTo(first.trackingNumber());
        assertThat(shop.adapters.carrier().labelsPurchased()).hasSize(2);
        assertThat(shop.adapters.payments().captured(first.orderId(), CurrencyUnit.EUR)).as("captured twice").isEqualTo(eur("40.00"));
        assertThat(refunded(first.orderId())).as("the first capture refunded once").isEqualTo(eur("20.00"));
        assertThat(again.order().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(PendingEffects.of(again.order())).isEmpty();
        assertThat(mugs()).isEqualTo(new long[] {998, 0});
    }

    @Test
    void aParcelVoidedWithRestockGoesBackOnTheShelfAllocatedAndCancellingItFreesTheStock() {
        Shipment parcel = shop.shipped("web-2", 2);

        VoidedShipment voided = shop.oms.warehouse().voidShipment(parcel.orderId(),
                new VoidShipmentRequest("void-2", parcel.packageId(), "left at the depot", Outcome.RESTOCK)).get();

        assertThat(voided.repackedAs()).isEmpty();
        assertThat(voided.order().line(MUGS).get().count(Bucket.ALLOCATED, WH)).isEqualTo(2);
        assertThat(voided.order().packages().size()).isEqualTo(1);
        assertThat(mugs()).as("on hand again, reserved for the line").isEqualTo(new long[] {1_000, 2});
        assertThat(refunded(parcel.orderId())).isEqualTo(eur("20.00"));

        Order cancelled = shop.oms.orders().cancel(parcel.orderId(), CancelRequest.wholeOrder("cancel-2", "customer gave up")).get().order();

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(mugs()).as("free again, added to stock once").isEqualTo(new long[] {1_000, 0});
        assertThat(shop.adapters.payments().captured(parcel.orderId(), CurrencyUnit.EUR)).isEqualTo(eur("20.00"));
        assertThat(refunded(parcel.orderId())).as("nothing more to refund").isEqualTo(eur("20.00"));
    }

    @Test
    void aParcelTheCarrierReportedOrDeliveredCannotBeVoidedAndNothingIsStored() {
        Shipment tracked = shop.shipped("web-3", 1);
        shop.oms.warehouse().track(tracked.orderId(), tracked.packageId(), update(tracked, "EV-1", IN_TRANSIT, 30)).get();
        Shipment delivered = shop.shipped("web-4", 1);
        shop.oms.warehouse().confirmDelivery(delivered.orderId(), delivered.packageId()).get();
        long trackedVersion = shop.order(tracked.orderId()).version();

        assertThat(codes(voidIt(tracked, "v-3", Outcome.KEEP_PACKED))).containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(codes(voidIt(delivered, "v-4", Outcome.RESTOCK))).containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(codes(shop.oms.warehouse().voidShipment(tracked.orderId(),
                new VoidShipmentRequest("v-5", PackageId.of("NO-SUCH"), "why", Outcome.RESTOCK)))).containsExactly(ProblemCode.UNKNOWN_PACKAGE);
        assertThat(shop.order(tracked.orderId()).version()).as("a refused void stores nothing").isEqualTo(trackedVersion);
        assertThat(shop.adapters.carrier().labelsVoided()).isEmpty();
        assertThat(refunded(tracked.orderId()).plus(refunded(delivered.orderId()))).isEqualTo(eur("0.00"));
    }

    @Test
    void aReplayedVoidAnswersTheFirstAndTheKeyWithOtherParametersIsRefused() {
        Shipment parcel = shop.shipped("web-5", 1);
        VoidShipmentRequest request = new VoidShipmentRequest("void-5", parcel.packageId(), "the courier never came", Outcome.KEEP_PACKED);

        VoidedShipment first = voidIt(parcel, request).get();
        VoidedShipment again = voidIt(parcel, request).get();
        Either<Rejection, VoidedShipment> otherOutcome = voidIt(parcel,
                new VoidShipmentRequest("void-5", parcel.packageId(), "the courier never came", Outcome.RESTOCK));

        assertThat(again.repackedAs()).isEqualTo(first.repackedAs()).isPresent();
        assertThat(again.order().version()).as("a replay stores nothing").isEqualTo(first.order().version());
        assertThat(codes(otherOutcome)).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(shop.facts(parcel.orderId())).filteredOn(ShipmentVoided.class::isInstance).hasSize(1);
        assertThat(refunded(parcel.orderId())).isEqualTo(eur("10.00"));
        assertThat(shop.adapters.carrier().labelsVoided()).hasSize(1);
        assertThat(shop.notices(parcel.orderId())).filteredOn(TrackingNotice.ShipmentVoided.class::isInstance).hasSize(1);
    }

    @Test
    void withShippingChargedParcelsAreVoidedLastShippedFirstAndShippedAgainTheOrderIsChargedItsTotalExactlyOnce() {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1)).setStock(Sku.of("MUG"), WH, 10, "A-MUG");
        adapters.catalog().add(new Product(Sku.of("MUG"), "Mug"));
        OrderManagement oms = OrderManagement.builder().ports(adapters.ports(shop.clock))
                .pricing(InMemoryPricing.asOffered().withTax("GB", new BigDecimal("0.20")).withShipping(Money.parse("EUR 4.99"))).build();
        OrderId id = oms.orders().place(TestShop.order("web-6", TestShop.line("MUG", 3, "EUR 3.33"))).get().id();
        oms.warehouse().createPickLists(id).get().pickListIds().forEach(list -> oms.warehouse().confirmPicked(id, list).get());
        PackageId first = oms.warehouse().ship(id, oms.warehouse().confirmPacked(id, PackRequest.of("p-1", WH,
                java.util.List.of(new PackageItem(MUGS, 1)))).get().packageId(), "ground").get().packageId();
        PackageId second = oms.warehouse().ship(id, oms.warehouse().confirmPacked(id, PackRequest.of("p-2", WH,
                java.util.List.of(new PackageItem(MUGS, 2)))).get().packageId(), "ground").get().packageId();
        Money total = oms.queries().find(id).get().activeValue();

        Either<Rejection, VoidedShipment> firstBeforeSecond = oms.warehouse().voidShipment(id,
                new VoidShipmentRequest("v-1", first, "not collected", Outcome.KEEP_PACKED));
        PackageId secondAgain = oms.warehouse().voidShipment(id, new VoidShipmentRequest("v-2", second, "not collected",
                Outcome.KEEP_PACKED)).get().repackedAs().get();
        PackageId firstAgain = oms.warehouse().voidShipment(id, new VoidShipmentRequest("v-1", first, "not collected",
                Outcome.KEEP_PACKED)).get().repackedAs().get();
        oms.warehouse().ship(id, secondAgain, "ground").get();
        Order shipped = oms.warehouse().ship(id, firstAgain, "ground").get().order();

        assertThat(codes(firstBeforeSecond)).containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        Money kept = adapters.payments().captured(id, CurrencyUnit.EUR).minus(adapters.payments().refunded(id, CurrencyUnit.EUR));
        assertThat(kept).as("the lines, the tax and the shipping, once").isEqualTo(total);
        assertThat(shipped.outstanding().isZero()).isTrue();
        assertThat(PendingEffects.of(shipped)).as("nothing left to capture, refund or void").isEmpty();
    }

    @Test
    void aParcelWhoseCaptureIsStillOwedIsVoidedOnlyOnceThePaymentIsSettledSoTheVoidRefundsWhatWasTaken() {
        AtomicBoolean down = new AtomicBoolean(true);
        Ports ports = shop.adapters.ports(shop.clock);
        PaymentGateway flaky = new ForwardingPaymentGateway(ports.payments()) {
            @Override public CaptureResult capture(CaptureRequest request) {
                if (down.get()) {
                    throw new IllegalStateException("payment provider unreachable");
                }
                return delegate().capture(request);
            }
        };
        OrderManagement oms = OrderManagement.builder().ports(new Ports(ports.orders(), ports.inventory(), flaky, ports.carrier(),
                ports.notifications(), ports.catalog(), ports.ids(), ports.clock())).build();
        OrderId id = oms.orders().place(TestShop.order("web-7", TestShop.line("MUG", 1, "EUR 10.00"))).get().id();
        oms.warehouse().createPickLists(id).get().pickListIds().forEach(list -> oms.warehouse().confirmPicked(id, list).get());
        PackageId parcel = oms.warehouse().ship(id, oms.warehouse().confirmPacked(id, PackRequest.of("p-7", WH,
                java.util.List.of(new PackageItem(MUGS, 1)))).get().packageId(), "ground").get().packageId();
        VoidShipmentRequest request = new VoidShipmentRequest("v-7", parcel, "not collected", Outcome.RESTOCK);
        long version = oms.queries().find(id).get().version();

        Either<Rejection, VoidedShipment> whileOwed = oms.warehouse().voidShipment(id, request);
        long afterRefusal = oms.queries().find(id).get().version();
        down.set(false);
        VoidedShipment voided = oms.warehouse().voidShipment(id, request).get();

        assertThat(codes(whileOwed)).as("the capture may be in flight").containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(afterRefusal).as("a refused void stores nothing").isEqualTo(version);
        assertThat(shop.adapters.payments().captured(id, CurrencyUnit.EUR)).isEqualTo(eur("10.00"));
        assertThat(refunded(id)).as("what the settled capture took, refunded").isEqualTo(eur("10.00"));
        assertThat(voided.order().line(MUGS).get().count(Bucket.ALLOCATED, WH)).isEqualTo(1);
        assertThat(PendingEffects.of(voided.order())).isEmpty();
    }

    private Either<Rejection, VoidedShipment> voidIt(Shipment parcel, String key, Outcome outcome) {
        return voidIt(parcel, new VoidShipmentRequest(key, parcel.packageId(), "the courier never came", outcome));
    }

    private Either<Rejection, VoidedShipment> voidIt(Shipment parcel, VoidShipmentRequest request) {
        return shop.oms.warehouse().voidShipment(parcel.orderId(), request);
    }

    private static java.util.List<ProblemCode> codes(Either<Rejection, ?> answer) {
        return answer.getLeft().codes().toJavaList();
    }

    private Money refunded(OrderId orderId) {
        return shop.adapters.payments().refunded(orderId, CurrencyUnit.EUR);
    }

    /** On hand and reserved of mugs at the warehouse. */
    private long[] mugs() {
        StockLevel level = shop.adapters.inventory().stockOf(Sku.of("MUG")).stream().filter(l -> l.locationId().equals(WH)).findFirst().get();
        return new long[] {level.onHand(), level.reserved()};
    }

    private static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import static dev.oms.core.fulfilment.TrackingShop.MUGS;
import static dev.oms.core.fulfilment.TrackingShop.SHIPPED_AT;
import static dev.oms.core.fulfilment.TrackingShop.update;
import static dev.oms.spi.shipping.TrackingStatus.DELIVERED;
import static dev.oms.spi.shipping.TrackingStatus.EXCEPTION;
import static dev.oms.spi.shipping.TrackingStatus.IN_TRANSIT;
import static dev.oms.spi.shipping.TrackingStatus.OUT_FOR_DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.ClaimRequest;
import dev.oms.core.application.CustomerOrderView;
import dev.oms.core.fulfilment.TrackingShop.Shipment;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ClaimEvent.ClaimReason;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.event.TrackingEvent.PackageTracked;
import dev.oms.spi.notification.Notice;
import dev.oms.spi.notification.TrackingNotice;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.shipping.TrackingUpdate;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.order.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The carrier's tracking events, from the host's webhook ({@code warehouse().track}) or polled from the carrier
 * ({@code warehouse().poll}): they move the parcel and the order, arrive twice or out of order without changing anything
 * twice, tell the customer what they act on once, and let a parcel held up on its way be claimed and refunded.
 */
class TrackingTest {
    private final TrackingShop shop = new TrackingShop();

    @Test
    void inTransitThenDeliveredMovesTheOrderToDelivered() {
        Shipment parcel = shop.shipped("web-1", 2);

        Order inTransit = shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), update(parcel, "EV-1", IN_TRANSIT, 60)).get();
        assertThat(inTransit.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(inTransit.packages().get(parcel.packageId()).get().trackingStatus()).contains(IN_TRANSIT);

        shop.clock.advance(Duration.ofDays(1));
        Order delivered = shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), update(parcel, "EV-2", DELIVERED, 600)).get();

        OrderPackage pkg = delivered.packages().get(parcel.packageId()).get();
        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.line(MUGS).get().count(Bucket.DELIVERED)).isEqualTo(2);
        assertThat(pkg.state()).isEqualTo(OrderPackage.State.DELIVERED);
        assertThat(pkg.deliveredAt()).as("the carrier's time, not the clock's").contains(SHIPPED_AT.plus(Duration.ofMinutes(600)));
        assertThat(shop.notices(parcel.orderId())).contains(new Notice.OrderDelivered(parcel.packageId()));
        CustomerOrderView view = shop.oms.queries().customerHistory(CustomerRef.of("C-web-1"), PageRequest.first(10)).items().get(0);
        assertThat(view.parcels()).singleElement().satisfies(p -> assertThat(p.tracking()).contains(DELIVERED));
    }

    @Test
    void theSameUpdateTwiceRecordsOneEvent() {
        Shipment parcel = shop.shipped("web-2", 1);
        TrackingUpdate out = update(parcel, "EV-1", OUT_FOR_DELIVERY, 120);

        Order first = shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), out).get();
        Order again = shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), out).get();

        assertThat(again.version()).as("a replay stores nothing").isEqualTo(first.version());
        assertThat(again).isEqualTo(first);
        assertThat(shop.facts(parcel.orderId())).filteredOn(PackageTracked.class::isInstance).hasSize(1);
        assertThat(shop.notices(parcel.orderId())).filteredOn(TrackingNotice.class::isInstance)
                .containsExactly(new TrackingNotice.OutForDelivery(parcel.packageId()));
        TrackingUpdate otherFacts = update(parcel, "EV-1", EXCEPTION, 130);
        assertThat(shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), otherFacts).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void deliveredArrivingBeforeOutForDeliveryLeavesThePackageDeliveredAndTellsNothingOfTheVan() {
        Shipment parcel = shop.shipped("web-3", 1);

        shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), update(parcel, "EV-2", DELIVERED, 300)).get();
        Order late = shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), update(parcel, "EV-1", OUT_FOR_DELIVERY, 200)).get();

        OrderPackage pkg = late.packages().get(parcel.packageId()).get();
        assertThat(pkg.state()).isEqualTo(OrderPackage.State.DELIVERED);
        assertThat(pkg.trackingStatus()).as("the latest by the carrier's time").contains(DELIVERED);
        assertThat(shop.facts(parcel.orderId())).filteredOn(PackageTracked.class::isInstance).hasSize(2);
        assertThat(shop.facts(parcel.orderId())).filteredOn(PackageDelivered.class::isInstance).hasSize(1);
        assertThat(shop.notices(parcel.orderId())).noneMatch(TrackingNotice.OutForDelivery.class::isInstance)
                .contains(new Notice.OrderDelivered(parcel.packageId()));
    }

    @Test
    void anExceptionIsToldOnceAndAClaimOnThatShippedParcelRefundsIt() {
        Shipment parcel = shop.shipped("web-4", 2);
        ClaimRequest lost = new ClaimRequest("claim-1", parcel.packageId(), ClaimReason.NOT_RECEIVED, List.of(new PackageItem(MUGS, 2)));
        assertThat(shop.oms.returns().claim(parcel.orderId(), lost).getLeft().codes())
                .as("on its way, without word of trouble: the carrier's to find").containsExactly(ProblemCode.ILLEGAL_TRANSITION);

        shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), update(parcel, "EV-1", EXCEPTION, 90)).get();
        shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), update(parcel, "EV-2", EXCEPTION, 95)).get();
        Order claimed = shop.oms.returns().claim(parcel.orderId(), lost).get();

        assertThat(shop.notices(parcel.orderId())).filteredOn(TrackingNotice.class::isInstance)
                .containsExactly(new TrackingNotice.DeliveryException(parcel.packageId(), Optional.of("address not found")));
        assertThat(claimed.line(MUGS).get().count(Bucket.CLAIMED)).isEqualTo(2);
        assertThat(claimed.line(MUGS).get().count(Bucket.SHIPPED)).isZero();
        assertThat(shop.adapters.payments().refunded(parcel.orderId(), CurrencyUnit.EUR)).isEqualTo(Money.parse("EUR 20.00"))
                .isEqualTo(shop.adapters.payments().captured(parcel.orderId(), CurrencyUnit.EUR));
        // The carrier finds it after all: the parcel is delivered, the claimed units stay claimed.
        Order found = shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), update(parcel, "EV-3", DELIVERED, 900)).get();
        assertThat(found.packages().get(parcel.packageId()).get().state()).isEqualTo(OrderPackage.State.DELIVERED);
        assertThat(found.line(MUGS).get().count(Bucket.CLAIMED)).isEqualTo(2);
        assertThat(found.line(MUGS).get().count(Bucket.DELIVERED)).isZero();
    }

    @Test
    void pollingTheInMemoryCarrierTwiceAppliesEachUpdateOnce() {
        Shipment parcel = shop.shipped("web-5", 1);
        shop.adapters.carrier().report(update(parcel, "EV-1", IN_TRANSIT, 60)).report(update(parcel, "EV-2", OUT_FOR_DELIVERY, 120))
                .report(update(parcel, "EV-1", IN_TRANSIT, 60));

        Order polled = shop.oms.warehouse().poll(parcel.orderId()).get();
        Order again = shop.oms.warehouse().poll(parcel.orderId()).get();

        assertThat(again.version()).isEqualTo(polled.version());
        assertThat(shop.facts(parcel.orderId())).filteredOn(PackageTracked.class::isInstance).hasSize(2);
        assertThat(polled.packages().get(parcel.packageId()).get().trackingStatus()).contains(OUT_FOR_DELIVERY);
        assertThat(shop.notices(parcel.orderId())).filteredOn(TrackingNotice.class::isInstance)
                .containsExactly(new TrackingNotice.OutForDelivery(parcel.packageId()));
        shop.adapters.carrier().report(update(parcel, "EV-3", DELIVERED, 180));
        assertThat(shop.oms.warehouse().poll(parcel.orderId()).get().status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(shop.facts(parcel.orderId())).filteredOn(PackageTracked.class::isInstance).hasSize(3);
    }

    @Test
    void hostDeliveryConfirmationThenTheCarriersDeliveredUpdateIsOneDelivery() {
        Shipment confirmedFirst = shop.shipped("web-6", 1);
        Shipment trackedFirst = shop.shipped("web-7", 1);
        shop.clock.advance(Duration.ofHours(5));

        Order confirmed = shop.oms.warehouse().confirmDelivery(confirmedFirst.orderId(), confirmedFirst.packageId()).get();
        Order tracked = shop.oms.warehouse().track(confirmedFirst.orderId(), confirmedFirst.packageId(),
                update(confirmedFirst, "EV-1", DELIVERED, 30)).get();
        shop.oms.warehouse().track(trackedFirst.orderId(), trackedFirst.packageId(), update(trackedFirst, "EV-9", DELIVERED, 30)).get();
        Order thenConfirmed = shop.oms.warehouse().confirmDelivery(trackedFirst.orderId(), trackedFirst.packageId()).get();

        assertThat(shop.facts(confirmedFirst.orderId())).filteredOn(PackageDelivered.class::isInstance).hasSize(1);
        assertThat(tracked.packages().get(confirmedFirst.packageId()).get().deliveredAt())
                .as("the host said so first").isEqualTo(confirmed.packages().get(confirmedFirst.packageId()).get().deliveredAt());
        assertThat(shop.facts(trackedFirst.orderId())).filteredOn(PackageDelivered.class::isInstance).hasSize(1);
        assertThat(thenConfirmed.packages().get(trackedFirst.packageId()).get().deliveredAt()).contains(SHIPPED_AT.plus(Duration.ofMinutes(30)));
        assertThat(shop.notices(confirmedFirst.orderId())).filteredOn(Notice.OrderDelivered.class::isInstance).hasSize(1);
        assertThat(shop.notices(trackedFirst.orderId())).filteredOn(Notice.OrderDelivered.class::isInstance).hasSize(1);
    }

    @Test
    void anUpdateForAnotherParcelOrAnUnknownPackageOrWithTooLongADetailIsRefusedAndStoresNothing() {
        Shipment parcel = shop.shipped("web-8", 1);
        long version = shop.order(parcel.orderId()).version();

        TrackingUpdate otherNumber = new TrackingUpdate("EV-1", "TRK-NOT-OURS", IN_TRANSIT, SHIPPED_AT, Optional.empty());
        assertThat(shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), otherNumber).getLeft().codes())
                .containsExactly(ProblemCode.TRACKING_NUMBER_MISMATCH);
        assertThat(shop.oms.warehouse().track(parcel.orderId(), PackageId.of("PKG-X"), update(parcel, "EV-2", IN_TRANSIT, 5))
                .getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_PACKAGE);
        TrackingUpdate tooLong = new TrackingUpdate("EV-3", parcel.trackingNumber(), EXCEPTION, SHIPPED_AT, Optional.of("x".repeat(1_001)));
        assertThat(shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), tooLong).getLeft().codes())
                .containsExactly(ProblemCode.TEXT_TOO_LONG);
        assertThat(shop.order(parcel.orderId()).version()).isEqualTo(version);
        assertThat(shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), update(parcel, "EV-2", IN_TRANSIT, 5)).isRight())
                .as("a refused event did not take its id").isTrue();
    }

    @Test
    void aParcelLabelledButNotHandedToTheCarrierIsNotTrackedYet() {
        Order order = shop.oms.orders().place(dev.oms.core.TestShop.order("web-9", dev.oms.core.TestShop.line("MUG", 1, "EUR 10.00"))).get();
        shop.oms.warehouse().createPickLists(order.id()).get().pickListIds().forEach(l -> shop.oms.warehouse().confirmPicked(order.id(), l).get());
        PackageId packed = shop.oms.warehouse().confirmPacked(order.id(), dev.oms.core.application.PackRequest.of("pack-9", TrackingShop.WH,
                List.of(new PackageItem(MUGS, 1)))).get().packageId();
        Order labelled = shop.oms.warehouse().label(order.id(), packed, "ground").get();
        String number = labelled.packages().get(packed).get().label().get().trackingNumber();

        TrackingUpdate early = new TrackingUpdate("EV-1", number, IN_TRANSIT, SHIPPED_AT, Optional.empty());
        assertThat(shop.oms.warehouse().track(order.id(), packed, early).getLeft().codes()).containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(shop.order(order.id()).version()).isEqualTo(labelled.version());
    }

    @Test
    void pollingSkipsAnEventTheOrderRefusesAndAppliesTheOthers() {
        Shipment parcel = shop.shipped("web-10", 1);
        shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), update(parcel, "EV-1", IN_TRANSIT, 10)).get();
        // The carrier answers EV-1 again (skipped: applied already), an event whose detail is beyond the limits, and a new one.
        TrackingUpdate rambling = new TrackingUpdate("EV-3", parcel.trackingNumber(), EXCEPTION, SHIPPED_AT.plus(Duration.ofMinutes(40)),
                Optional.of("x".repeat(1_001)));
        shop.adapters.carrier().report(update(parcel, "EV-1", IN_TRANSIT, 10)).report(rambling).report(update(parcel, "EV-2", OUT_FOR_DELIVERY, 30));

        Order polled = shop.oms.warehouse().poll(parcel.orderId()).get();

        assertThat(polled.packages().get(parcel.packageId()).get().trackingStatus()).contains(OUT_FOR_DELIVERY);
        assertThat(shop.facts(parcel.orderId())).filteredOn(PackageTracked.class::isInstance).extracting(e -> ((PackageTracked) e).status())
                .containsExactly(IN_TRANSIT, OUT_FOR_DELIVERY);
    }
}

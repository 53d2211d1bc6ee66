// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import static dev.oms.core.fulfilment.TrackingShop.MUGS;
import static dev.oms.core.fulfilment.TrackingShop.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.fulfilment.TrackingShop.Shipment;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.notification.Notice;
import dev.oms.spi.notification.TrackingNotice;
import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.shipping.TrackingUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Carrier tracking events are facts that arrive at least once and in any order: whatever the arrival (repeats, any
 * order), a parcel ends as applying each distinct event once in the carrier's time order leaves it, with the same facts
 * stored, and it is delivered at most once whoever says so and however often.
 */
class TrackingProperties {
    private static final TrackingStatus[] STATUSES = TrackingStatus.values();

    /**
     * @param statuses the status of each distinct event, by ordinal; a second delivery becomes in transit (see below)
     * @param minutes when each happened after shipping, ties allowed
     * @param copies how often each arrives
     * @param seed the arrival order
     */
    @Property(tries = 100)
    void trackingEventsAppliedTwiceOrOutOfOrderChangeNothingTwice(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 4) Integer> statuses,
            @ForAll @Size(8) List<@IntRange(min = 0, max = 30) Integer> minutes, @ForAll @Size(8) List<@IntRange(min = 1, max = 3) Integer> copies,
            @ForAll long seed) {
        TrackingShop once = new TrackingShop();
        TrackingShop scrambled = new TrackingShop();
        Shipment inOrder = once.shipped("web-1", 2);
        Shipment arriving = scrambled.shipped("web-1", 2);
        // One carrier event says delivered at most: two deliveries at two times could not both be the parcel's time.
        List<TrackingUpdate> distinct = new ArrayList<>();
        boolean deliveredSaid = false;
        for (int i = 0; i < statuses.size(); i++) {
            TrackingStatus status = STATUSES[statuses.get(i)];
            status = status == TrackingStatus.DELIVERED && deliveredSaid ? TrackingStatus.IN_TRANSIT : status;
            deliveredSaid |= status == TrackingStatus.DELIVERED;
            distinct.add(update(inOrder, "EV-" + i, status, minutes.get(i)));
        }
        List<TrackingUpdate> arrival = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            arrival.addAll(Collections.nCopies(copies.get(i), distinct.get(i)));
        }
        Collections.shuffle(arrival, new Random(seed));

        distinct.stream().sorted(Comparator.comparing(TrackingUpdate::occurredAt).thenComparing(TrackingUpdate::carrierEventId))
                .forEach(u -> assertThat(once.oms.warehouse().track(inOrder.orderId(), inOrder.packageId(), u).isRight()).isTrue());
        arrival.forEach(u -> assertThat(scrambled.oms.warehouse().track(arriving.orderId(), arriving.packageId(), u).isRight()).isTrue());
        Order expected = once.order(inOrder.orderId());
        Order actual = scrambled.order(arriving.orderId());

        assertThat(actual.packages().get(arriving.packageId())).isEqualTo(expected.packages().get(inOrder.packageId()));
        assertThat(actual.lines()).isEqualTo(expected.lines());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(scrambled.facts(arriving.orderId())).containsExactlyInAnyOrderElementsOf(once.facts(inOrder.orderId()));
        assertThat(scrambled.facts(arriving.orderId())).filteredOn(PackageDelivered.class::isInstance).hasSize(deliveredSaid ? 1 : 0);
        assertThat(actual.line(MUGS).get().count(Bucket.DELIVERED)).isEqualTo(deliveredSaid ? 2 : 0);
        List<Notice> told = scrambled.notices(arriving.orderId());
        int deliveredAt = told.indexOf(new Notice.OrderDelivered(arriving.packageId()));
        assertThat(deliveredAt < 0 ? List.of() : told.subList(deliveredAt, told.size()))
                .as("nothing of the parcel's way is told once it is delivered").noneMatch(TrackingNotice.class::isInstance);
        long version = actual.version();
        arrival.forEach(u -> scrambled.oms.warehouse().track(arriving.orderId(), arriving.packageId(), u).get());
        assertThat(scrambled.order(arriving.orderId()).version()).as("everything again is a replay").isEqualTo(version);
    }

    /**
     * @param deliveries how many distinct carrier events say delivered
     * @param minutes when each happened after shipping
     * @param hostAt where among them the host confirms the delivery; beyond the last, it does not
     */
    @Property(tries = 100)
    void aParcelIsDeliveredOnceWhoeverSaysSoFirstAndHoweverOften(@ForAll @IntRange(min = 0, max = 4) int deliveries,
            @ForAll @Size(4) List<@IntRange(min = 0, max = 600) Integer> minutes, @ForAll @IntRange(min = 0, max = 5) int hostAt) {
        TrackingShop shop = new TrackingShop();
        Shipment parcel = shop.shipped("web-1", 1);
        Instant first = null;
        for (int i = 0; i <= deliveries; i++) {
            if (i == hostAt) {
                shop.oms.warehouse().confirmDelivery(parcel.orderId(), parcel.packageId()).get();
                first = first == null ? shop.clock.instant() : first;
            }
            if (i < deliveries) {
                TrackingUpdate delivered = update(parcel, "EV-" + i, TrackingStatus.DELIVERED, minutes.get(i));
                shop.oms.warehouse().track(parcel.orderId(), parcel.packageId(), delivered).get();
                first = first == null ? delivered.occurredAt() : first;
            }
        }

        List<OrderEvent> deliveriesStored = shop.facts(parcel.orderId()).stream().filter(PackageDelivered.class::isInstance).toList();
        OrderPackage pkg = shop.order(parcel.orderId()).packages().get(parcel.packageId()).get();
        assertThat(deliveriesStored).hasSize(first == null ? 0 : 1);
        assertThat(pkg.deliveredAt().getOrNull()).as("the time of whoever said so first").isEqualTo(first);
        assertThat(shop.notices(parcel.orderId())).filteredOn(Notice.OrderDelivered.class::isInstance).hasSize(first == null ? 0 : 1);
    }
}

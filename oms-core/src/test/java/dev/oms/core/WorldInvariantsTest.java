// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.event.EffectEvent;
import dev.oms.spi.event.PlacementEvent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The checks the stateful properties run can fail: fed a tampered order or record, each reports it. */
class WorldInvariantsTest {
    private static final OrderId ORDER = OrderId.of("ORD-1");
    private static final LineId L1 = LineId.ofPosition(0);
    private static final LineId L2 = LineId.ofPosition(1);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anOrderAsPlacedKeepsConservation() {
        PlacementEvent.OrderPlaced placed = placed(List.of(line(L1, 3), line(L2, 1)));
        assertThat(WorldInvariants.conservation(stored(placed), OrderEvolution.start(placed))).isEmpty();
    }

    @Test
    void aLineWhoseQuantityDriftedFromThePlacementIsAConservationViolation() {
        Order drifted = OrderEvolution.start(placed(List.of(line(L1, 2), line(L2, 1))));

        assertThat(WorldInvariants.conservation(stored(placed(List.of(line(L1, 3), line(L2, 1)))), drifted))
                .containsExactly("ORD-1 L1: 2 units in its buckets, placed 3");
    }

    @Test
    void aLostOrAddedLineIsAConservationViolation() {
        Order oneLine = OrderEvolution.start(placed(List.of(line(L1, 3))));
        Order twoLines = OrderEvolution.start(placed(List.of(line(L1, 3), line(L2, 1))));

        assertThat(WorldInvariants.conservation(stored(placed(List.of(line(L1, 3), line(L2, 1)))), oneLine))
                .containsExactly("ORD-1 lost line L2");
        assertThat(WorldInvariants.conservation(stored(placed(List.of(line(L1, 3)))), twoLines))
                .containsExactly("ORD-1 has line L2, which was never placed");
    }

    @Test
    void notificationsSentOnceAndRecordedKeepTheCheck() {
        StoredOrder order = stored(placed(List.of(line(L1, 1))), new EffectEvent.NotificationSent("ORD-1:confirmed"));

        assertThat(WorldInvariants.notificationsOnce(List.of(order), Set.of(), List.of(notification("ORD-1:confirmed")), 1, 0)).isEmpty();
        assertThat(WorldInvariants.notificationsOnce(List.of(order), Set.of(), List.of(notification("ORD-1:confirmed")), 2, 1))
                .as("sent again after its answer was lost").isEmpty();
    }

    @Test
    void aSecondSendWithoutALostAnswerIsANotificationViolation() {
        StoredOrder order = stored(placed(List.of(line(L1, 1))), new EffectEvent.NotificationSent("ORD-1:confirmed"));

        assertThat(WorldInvariants.notificationsOnce(List.of(order), Set.of(), List.of(notification("ORD-1:confirmed")), 2, 0))
                .containsExactly("2 sends for 1 distinct notifications, only 0 answers lost");
    }

    @Test
    void aNotificationRecordedAsSentButNeverDeliveredOrRecordedTwiceIsAViolation() {
        StoredOrder order = stored(placed(List.of(line(L1, 1))), new EffectEvent.NotificationSent("ORD-1:confirmed"),
                new EffectEvent.NotificationSent("ORD-1:confirmed"));

        assertThat(WorldInvariants.notificationsOnce(List.of(order), Set.of(), List.of(), 0, 0)).containsExactly(
                "ORD-1 records ORD-1:confirmed as sent, never delivered",
                "ORD-1 records ORD-1:confirmed as sent twice",
                "ORD-1 records ORD-1:confirmed as sent, never delivered");
    }

    @Test
    void aDeliveryNoOrderKnowsOfIsAViolationUnlessItIsOwed() {
        StoredOrder order = stored(placed(List.of(line(L1, 1))));

        assertThat(WorldInvariants.notificationsOnce(List.of(order), Set.of(), List.of(notification("ORD-1:shipped-P1")), 1, 0))
                .containsExactly("ORD-1:shipped-P1 delivered, but no order records it as sent or owes it");
        assertThat(WorldInvariants.notificationsOnce(List.of(order), Set.of("ORD-1:shipped-P1"),
                List.of(notification("ORD-1:shipped-P1")), 1, 1)).isEmpty();
    }

    private static Notification notification(String key) {
        return new Notification(key, ORDER, CustomerRef.of("C-1"), Channel.WEB, new dev.oms.spi.notification.Notice.OrderConfirmed());
    }

    private static PlacementEvent.PlacedLine line(LineId id, long quantity) {
        return new PlacementEvent.PlacedLine(id, Sku.of("A"), quantity, Money.parse("EUR 10.00"));
    }

    private static PlacementEvent.OrderPlaced placed(List<PlacementEvent.PlacedLine> lines) {
        return new PlacementEvent.OrderPlaced(ORDER, Channel.WEB, "W-1", CustomerRef.of("C-1"), TestShop.address(),
                PaymentMethod.card("tok_ok"), CurrencyUnit.EUR, lines, NOW);
    }

    private static StoredOrder stored(PlacementEvent.OrderPlaced placed, OrderEvent... later) {
        List<OrderCommit> commits = new ArrayList<>();
        commits.add(new OrderCommit("place", NOW, List.of(placed)));
        for (OrderEvent event : later) {
            commits.add(new OrderCommit("k" + commits.size(), NOW, List.of(event)));
        }
        return new StoredOrder(ORDER, commits);
    }
}

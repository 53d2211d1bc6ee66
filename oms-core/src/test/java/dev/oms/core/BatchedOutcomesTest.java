// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.spi.Ports;
import dev.oms.spi.event.EffectEvent.StockConsumed;
import dev.oms.spi.event.EffectEvent.NotificationSent;
import dev.oms.spi.event.FulfilmentEvent.LabelPurchased;
import dev.oms.spi.event.EffectEvent.LabelRequested;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PaymentEvent.PaymentCaptured;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Effects whose calls do not depend on one another are performed together and recorded in one commit: a shipped
 * package's stock consumption, its capture and the customer's notice cost one append, not three. A port that fails
 * leaves only its own effect owed.
 */
class BatchedOutcomesTest {
    private final TestShop shop = new TestShop().stock("SHOE", 10, 5);
    private final Flaky flaky = new Flaky();
    private final Flaky flakyNotices = new Flaky();
    private final OrderManagement oms;

    BatchedOutcomesTest() {
        Ports real = shop.adapters.ports(TestShop.CLOCK);
        oms = OrderManagement.using(new Ports(real.orders(), real.inventory(), flaky.payments(real.payments()), real.carrier(),
                flakyNotices.notifications(real.notifications()), real.catalog(), real.ids(), real.clock()));
    }

    @Test
    void anAuthorisationAndTheConfirmationItMakesDueAreRecordedInOneCommit() {
        Order placed = oms.orders().place(TestShop.order("B-4", TestShop.line("SHOE", 1, "EUR 40.00"))).get();

        OrderCommit authorised = commitWith(commits(placed.id()), PaymentAuthorized.class);
        assertThat(eventTypes(authorised)).containsExactly(PaymentAuthorized.class, NotificationSent.class);
        assertThat(PendingEffects.of(placed)).isEmpty();
        assertThat(shop.adapters.notifications().delivered()).hasSize(1);
    }

    @Test
    void aConfirmationThatFailsToSendLeavesTheAuthorisationRecordedAndTheNoticeOwedForResume() {
        flakyNotices.failNext(1, Flaky.Mode.BEFORE_CALL);
        Order placed = oms.orders().place(TestShop.order("B-5", TestShop.line("SHOE", 1, "EUR 40.00"))).get();

        assertThat(eventTypes(commitWith(commits(placed.id()), PaymentAuthorized.class))).containsExactly(PaymentAuthorized.class);
        assertThat(placed.payment().openAuthorizations()).hasSize(1);
        assertThat(PendingEffects.of(placed)).singleElement().isInstanceOf(PendingEffect.Notify.class);
        assertThat(shop.adapters.notifications().delivered()).isEmpty();

        Order resumed = oms.recovery().resume(placed.id()).get();
        assertThat(PendingEffects.of(resumed)).isEmpty();
        assertThat(shop.adapters.notifications().delivered()).hasSize(1);
    }

    @Test
    void aShippedPackagesConsumptionCaptureAndNoticeAreRecordedInOneCommit() {
        Order packed = packedOrder("B-1");
        oms.warehouse().ship(packed.id(), packageOf(packed), "ground").get();

        List<OrderCommit> commits = commits(packed.id());
        assertThat(eventTypes(commitWith(commits, StockConsumed.class)))
                .containsExactly(StockConsumed.class, PaymentCaptured.class, NotificationSent.class);
        assertThat(PendingEffects.of(oms.queries().find(packed.id()).get())).isEmpty();
    }

    @Test
    void aCaptureThatFailsIsLeftOwedWhileTheConsumptionAndNoticeAreRecorded() {
        Order packed = packedOrder("B-2");
        flaky.failNext(1, Flaky.Mode.BEFORE_CALL);
        oms.warehouse().ship(packed.id(), packageOf(packed), "ground").get();

        assertThat(eventTypes(commitWith(commits(packed.id()), StockConsumed.class)))
                .containsExactly(StockConsumed.class, NotificationSent.class);
        assertThat(PendingEffects.of(oms.queries().find(packed.id()).get()))
                .singleElement().isInstanceOf(PendingEffect.Capture.class);

        Order resumed = oms.recovery().resume(packed.id()).get();
        assertThat(PendingEffects.of(resumed)).isEmpty();
        assertThat(resumed.payment().captured()).isEqualTo(resumed.activeValue());
        assertThat(commits(packed.id()).stream().flatMap(c -> c.events().stream()).filter(StockConsumed.class::isInstance))
                .hasSize(1);
    }

    @Test
    void aLabelBoughtAtOnceIsRecordedWithItsRequestAndTheShipmentAndShippingAgainIsAReplay() {
        Order packed = packedOrder("B-3");
        PackageId pkg = packageOf(packed);
        oms.warehouse().ship(packed.id(), pkg, "ground").get();
        List<OrderCommit> commits = commits(packed.id());

        OrderCommit shipped = commitWith(commits, PackageShipped.class);
        assertThat(eventTypes(shipped)).containsExactly(LabelRequested.class, LabelPurchased.class, PackageShipped.class);
        assertThat(shipped.idempotencyKey()).isEqualTo("ship:" + pkg);
        Order again = oms.warehouse().ship(packed.id(), pkg, "ground").get().order();
        assertThat(commits(packed.id())).hasSameSizeAs(commits);
        assertThat(again.version()).isEqualTo(commits.size());
    }

    private Order packedOrder(String externalId) {
        return TestShop.packedShoes(oms, externalId);
    }

    private static PackageId packageOf(Order order) {
        return order.packages().keySet().head();
    }

    private List<OrderCommit> commits(OrderId id) {
        return shop.adapters.orders().commitsAfter(id, 0);
    }

    private static OrderCommit commitWith(List<OrderCommit> commits, Class<? extends OrderEvent> type) {
        return commits.stream().filter(c -> c.events().stream().anyMatch(type::isInstance)).findFirst().orElseThrow();
    }

    private static List<Class<?>> eventTypes(OrderCommit commit) {
        return commit.events().stream().<Class<?>>map(Object::getClass).toList();
    }
}

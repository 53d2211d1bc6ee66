// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.order.Page;
import dev.oms.core.application.Cancelled;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.spi.order.OrderStatus;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.notification.Notification.Kind;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PreorderTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku BOOK = Sku.of("BOOK");
    private static final Instant RELEASE = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void bookPreordersAreFilledFirstAtReleaseInPlacementOrder() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit()))
                .announced("BOOK", RELEASE, OptionalLong.of(3));
        Order first = place(shop, "P-1");
        Order second = place(shop, "P-2");
        Order third = place(shop, "P-3");
        assertThat(first.line(L1).get().count(Bucket.PREORDERED)).isEqualTo(1);
        assertThat(first.status()).isEqualTo(OrderStatus.AWAITING_RELEASE);
        assertThat(first.payment().authorized()).isEqualTo(Money.parse("EUR 20.00"));
        assertThat(shop.notifications(first.id(), Kind.UNITS_PREORDERED)).hasSize(1);

        // Over the cap of 3, with backorders allowed: the unit waits behind the pre-orders.
        Order overCap = place(shop, "P-4");
        assertThat(overCap.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
        assertThat(shop.notifications(overCap.id(), Kind.UNITS_BACKORDERED).get(0).details())
                .containsEntry("reason", "pre-order cap reached");

        // Stock arriving before the release sells nothing.
        assertThat(shop.receive("print-run-1", "BOOK", 2)).isEmpty();
        assertThat(shop.oms.inbound().release(BOOK, "too-early").getLeft().codes()).containsExactly(ProblemCode.NOT_RELEASED);

        shop.clock.set(RELEASE);
        List<Order> released = shop.oms.inbound().release(BOOK, "launch").get();
        assertThat(released).extracting(Order::id).containsExactly(first.id(), second.id(), third.id());
        assertThat(shop.order(first.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(shop.order(second.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        Order stillWaiting = shop.order(third.id());
        assertThat(stillWaiting.line(L1).get().count(Bucket.PREORDERED)).isEqualTo(1);
        assertThat(stillWaiting.status()).isEqualTo(OrderStatus.AWAITING_RELEASE);
        assertThat(shop.notifications(third.id(), Kind.PREORDER_STILL_WAITING)).hasSize(1);

        // A new order after the release does not jump the queue either.
        Order latecomer = place(shop, "W-LATE");
        assertThat(latecomer.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);

        shop.receive("print-run-2", "BOOK", 2);
        assertThat(shop.order(third.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(shop.order(overCap.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(shop.order(latecomer.id()).line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
        assertThat(shop.notifications(third.id(), Kind.PREORDER_STILL_WAITING)).hasSize(1);
    }

    @Test
    void preordersOverTheCapAreRefusedWhenBackordersAreNotAllowed() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.none()).announced("BOOK", RELEASE, OptionalLong.of(2));
        place(shop, "P-1");
        var rejected = shop.oms.orders().place(order("P-2", line("BOOK", 2, "EUR 20.00")));
        assertThat(rejected.getLeft().codes()).containsExactly(ProblemCode.PREORDER_CAP_EXCEEDED);
        assertThat(rejected.getLeft().problems().head().message()).contains("1 left under the cap");
        assertThat(Page.all(shop.oms.queries()::orderIds)).hasSize(1);
    }

    @Test
    void aChannelCapKeepsOneChannelFromTakingEveryPreorder() {
        PreorderPolicy marketplaceCap = (sku, channel) -> channel.equals(Channel.MARKETPLACE) ? OptionalLong.of(1) : OptionalLong.empty();
        WaitingShop shop = new WaitingShop(BackorderPolicy.none(), marketplaceCap).announced("BOOK", RELEASE, OptionalLong.empty());
        assertThat(shop.oms.orders().place(onChannel(Channel.MARKETPLACE, "M-1")).isRight()).isTrue();
        assertThat(shop.oms.orders().place(onChannel(Channel.MARKETPLACE, "M-2")).getLeft().codes())
                .containsExactly(ProblemCode.PREORDER_CAP_EXCEEDED);
        assertThat(shop.oms.orders().place(onChannel(Channel.WEB, "W-1")).isRight()).isTrue();
    }

    @Test
    void movingTheReleaseDateTellsEveryCustomerWaitingForIt() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.none()).announced("BOOK", RELEASE, OptionalLong.empty());
        Order first = place(shop, "P-1");
        Order cancelled = place(shop, "P-2");
        shop.oms.orders().cancel(cancelled.id(), CancelRequest.wholeOrder("c", "changed mind")).map(Cancelled::order).get();

        Instant later = RELEASE.plus(Duration.ofDays(14));
        shop.adapters.catalog().add(Product.announced(BOOK, "Product BOOK", later, OptionalLong.empty()));
        List<Order> told = shop.oms.inbound().releaseDateMoved(BOOK).get();
        assertThat(told).extracting(Order::id).containsExactly(first.id());
        assertThat(shop.notifications(first.id(), Kind.RELEASE_DATE_MOVED).get(0).details())
                .containsEntry("to", later.toString());
        assertThat(shop.order(first.id()).preorderReleases().get(L1).get()).isEqualTo(later);
        // Telling again changes nothing.
        assertThat(shop.oms.inbound().releaseDateMoved(BOOK).get()).isEmpty();
        assertThat(shop.notifications(first.id(), Kind.RELEASE_DATE_MOVED)).hasSize(1);

        shop.clock.set(RELEASE);
        assertThat(shop.oms.inbound().release(BOOK, "old-date").getLeft().codes()).containsExactly(ProblemCode.NOT_RELEASED);
    }

    @Test
    void aPreorderCanBeCancelledBeforeTheRelease() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.none()).announced("BOOK", RELEASE, OptionalLong.of(1));
        Order order = place(shop, "P-1");
        Order cancelled = shop.oms.orders().cancel(order.id(), CancelRequest.wholeOrder("c", "changed mind")).map(Cancelled::order).get();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.payment().voided()).isEqualTo(Money.parse("EUR 20.00"));
        // The cancelled unit no longer counts against the cap.
        assertThat(place(shop, "P-2").line(L1).get().count(Bucket.PREORDERED)).isEqualTo(1);
    }

    @Test
    void anAuthorisationThatExpiredBeforeTheReleaseIsRenewed() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.none()).announced("BOOK", RELEASE, OptionalLong.empty());
        Order preorder = place(shop, "P-1");
        AuthorizationId first = preorder.payment().openAuthorizations().head().id();
        shop.receive("print-run", "BOOK", 1);
        shop.clock.set(RELEASE);

        shop.oms.inbound().release(BOOK, "launch").get();
        Order filled = shop.order(preorder.id());
        assertThat(filled.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(filled.payment().openAuthorizations()).extracting(a -> a.id()).doesNotContain(first).hasSize(1);
        assertThat(filled.payment().openAuthorized()).isEqualTo(Money.parse("EUR 20.00"));
        assertThat(filled.payment().authorized()).isEqualTo(Money.parse("EUR 40.00"));
    }

    @Test
    void anAuthorisationStillValidAtTheReleaseIsKept() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.none(), PreorderPolicy.catalogueCapOnly(),
                new PreorderPaymentPolicy(Duration.ofDays(45))).announced("BOOK", RELEASE, OptionalLong.empty());
        Order preorder = place(shop, "P-1");
        shop.receive("print-run", "BOOK", 1);
        shop.clock.set(RELEASE);

        shop.oms.inbound().release(BOOK, "launch").get();
        Order filled = shop.order(preorder.id());
        assertThat(filled.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(filled.payment().authorized()).isEqualTo(Money.parse("EUR 20.00"));
    }

    private static Order place(WaitingShop shop, String externalId) {
        return shop.oms.orders().place(order(externalId, line("BOOK", 1, "EUR 20.00"))).get();
    }

    private static PlaceOrder onChannel(Channel channel, String externalId) {
        return PlaceOrder.builder().channel(channel).externalId(externalId)
                .customer(CustomerRef.of("C-" + externalId)).shipTo(TestShop.address())
                .paymentMethod(PaymentMethod.card("tok_ok")).lines(List.of(line("BOOK", 1, "EUR 20.00"))).build();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.application.ReturnDecision;
import dev.oms.core.application.ReturnOpened;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryPricing;
import dev.oms.inmemory.InMemoryPricing.Promotion;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.notification.ReturnNotice;
import dev.oms.spi.payment.ForwardingPaymentGateway;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Returned units received back: they leave the customer (delivered to returned), restocked ones join the stock and
 * serve waiting orders first, and each unit is refunded its exact share of its line's price, discount and tax, less
 * the restocking fee, once, however often the receipt or the refund is retried.
 */
class ReturnReceiptsTest {
    private static final LocationId WH = LocationId.of("WH-1");
    private static final LocationId RETURNS_DESK = LocationId.of("STORE-1");
    private static final LineId MUGS = LineId.of("L1");
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    private final AfterSaleShop shop = new AfterSaleShop(ReturnPolicy.withinDays(30));
    private final InMemoryAdapters adapters = shop.adapters;
    private final AtomicBoolean refundsDown = shop.refundsDown;
    private final AtomicBoolean refundsDeclined = shop.refundsDeclined;
    private final OrderManagement oms = shop.oms;

    @Test
    void aCustomerReturnsOneOfThreeMugsWhichIsRestockedAndRefundedItsShareOfTheDiscountAndTax() {
        Order order = delivered("web-1", 3);
        ReturnId rma = approved(order, 1);
        long stockBefore = onHand(WH);

        Order received = oms.returns().receive(order.id(), arrival("in-1", rma, WH, new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK))).get();

        // 3 x 12.99 less 10% (1.30 a unit) plus 20% VAT of 35.07 (7.01: 2.34, 2.34, 2.33): the first unit's share is 14.03.
        assertThat(adapters.payments().refunded(order.id(), EUR)).isEqualTo(eur("14.03"));
        assertThat(received.line(MUGS).get().count(Bucket.RETURNED)).isEqualTo(1);
        assertThat(received.line(MUGS).get().count(Bucket.DELIVERED)).isEqualTo(2);
        assertThat(received.returns().get(rma).get().state()).isEqualTo(ReturnAuthorization.State.RECEIVED);
        assertThat(received.returns().refunds()).allMatch(r -> !r.owed());
        assertThat(received.returns().restocksOwed()).isEmpty();
        assertThat(onHand(WH)).as("the mug is sellable again").isEqualTo(stockBefore + 1);
        assertThat(PendingEffects.of(received)).isEmpty();
    }

    @Test
    void aRestockedUnitServesAWaitingBackorderBeforeAnyoneElse() {
        Order first = delivered("web-2", 3); // takes every mug in stock
        Order waiting = oms.orders().place(TestShop.order("web-3", TestShop.line("MUG", 1, "EUR 12.99"))).get();
        assertThat(waiting.line(MUGS).get().count(Bucket.BACKORDERED)).isEqualTo(1);
        ReturnId rma = approved(first, 1);

        oms.returns().receive(first.id(), arrival("in-1", rma, RETURNS_DESK, new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK))).get();

        Order filled = oms.queries().find(waiting.id()).get();
        assertThat(filled.line(MUGS).get().count(Bucket.ALLOCATED, RETURNS_DESK)).isEqualTo(1);
        assertThat(onHand(RETURNS_DESK)).isEqualTo(1);
    }

    @Test
    void theRestockingFeeIsKeptOnRestockedUnitsOnlyAndWrittenOffUnitsAddNoStock() {
        AfterSaleShop shop = new AfterSaleShop(ReturnPolicy.withinDays(30).withRestockingFee(1_000));
        Order order = shop.delivered("web-4", 3);
        ReturnId rma = shop.approved(order, 2);

        Order received = shop.oms.returns().receive(order.id(), arrival("in-1", rma, WH, new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK),
                new ReturnArrival.Line(MUGS, 1, Disposition.WRITE_OFF))).get();

        // Shares 14.03 (restocked, 10% fee 1.40, rounded down) and 14.03 (written off, no fee).
        assertThat(received.returns().get(rma).get().receipts().head().restockingFee()).isEqualTo(eur("1.40"));
        assertThat(shop.adapters.payments().refunded(order.id(), EUR)).isEqualTo(eur("26.66"));
        assertThat(shop.onHand(WH)).isEqualTo(1);
    }

    @Test
    void aReturnArrivesInTwoReceiptsAndNoUnitIsReceivedOrRefundedTwice() {
        Order order = delivered("web-5", 3);
        ReturnId rma = approved(order, 3);

        Order first = oms.returns().receive(order.id(), arrival("in-1", rma, WH, new ReturnArrival.Line(MUGS, 2, Disposition.RESTOCK))).get();
        Order replay = oms.returns().receive(order.id(), arrival("in-1", rma, WH, new ReturnArrival.Line(MUGS, 2, Disposition.RESTOCK))).get();
        Either<Rejection, Order> reused = oms.returns().receive(order.id(), arrival("in-1", rma, WH, new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK)));
        Either<Rejection, Order> tooMany = oms.returns().receive(order.id(), arrival("in-2", rma, WH, new ReturnArrival.Line(MUGS, 2, Disposition.RESTOCK)));
        Order second = oms.returns().receive(order.id(), arrival("in-3", rma, WH, new ReturnArrival.Line(MUGS, 1, Disposition.REFURBISH))).get();

        assertThat(replay.version()).isEqualTo(first.version());
        assertThat(first.returns().get(rma).get().state()).isEqualTo(ReturnAuthorization.State.APPROVED);
        assertThat(reused.getLeft().codes()).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(tooMany.getLeft().codes()).containsExactly(ProblemCode.NOT_AWAITED_BY_RETURN);
        assertThat(second.returns().get(rma).get().state()).isEqualTo(ReturnAuthorization.State.RECEIVED);
        assertThat(second.line(MUGS).get().count(Bucket.RETURNED)).isEqualTo(3);
        // Every share of the line comes back exactly once: 14.03 + 14.03 + 14.02, the whole line's 42.08.
        assertThat(adapters.payments().refunded(order.id(), EUR)).isEqualTo(eur("42.08"));
        assertThat(adapters.payments().captured(order.id(), EUR)).isEqualTo(eur("42.08"));
        assertThat(onHand(WH)).isEqualTo(2);
    }

    @Test
    void aReceiptIsRefusedBeforeApprovalAtAnUnknownLocationAndForAnUnknownReturnAndChangesNothing() {
        Order order = delivered("web-6", 3);
        ReturnOpened opened = oms.returns().request(order.id(), new ReturnRequest("rma-1", List.of(new ReturnRequest.Line(MUGS, 1, "chipped")))).get();
        Order before = oms.queries().find(order.id()).get();

        Either<Rejection, Order> early = oms.returns().receive(order.id(), arrival("in-1", opened.returnId().orElseThrow(), WH,
                new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK)));
        Either<Rejection, Order> nowhere = oms.returns().receive(order.id(), arrival("in-2", opened.returnId().orElseThrow(), LocationId.of("MOON"),
                new ReturnArrival.Line(MUGS, 0, Disposition.RESTOCK)));
        Either<Rejection, Order> unknown = oms.returns().receive(order.id(), arrival("in-3", ReturnId.of("RMA-X"), WH,
                new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK)));

        assertThat(early.getLeft().codes()).containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(nowhere.getLeft().codes()).containsExactlyInAnyOrder(ProblemCode.QUANTITY_NOT_POSITIVE, ProblemCode.UNKNOWN_LOCATION);
        assertThat(unknown.getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_RETURN);
        assertThat(oms.queries().find(order.id()).get().version()).isEqualTo(before.version());
        assertThat(adapters.payments().refunded(order.id(), EUR).isZero()).isTrue();
    }

    @Test
    void aRefundTheProviderCannotTakeStaysOwedAndIsPaidOnceWhenRetried() {
        Order order = delivered("web-7", 3);
        ReturnId rma = approved(order, 1);
        refundsDown.set(true);

        Order received = oms.returns().receive(order.id(), arrival("in-1", rma, WH, new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK))).get();

        assertThat(received.returns().refunds()).singleElement().matches(r -> r.owed());
        assertThat(received.line(MUGS).get().count(Bucket.RETURNED)).isEqualTo(1);
        assertThat(adapters.payments().refunded(order.id(), EUR).isZero()).isTrue();

        refundsDown.set(false);
        Order retried = oms.recovery().resume(order.id()).get();
        oms.recovery().resume(order.id());

        assertThat(retried.returns().refunds()).singleElement().matches(r -> !r.owed());
        assertThat(adapters.payments().refunded(order.id(), EUR)).isEqualTo(eur("14.03"));
    }

    @Test
    void aDeclinedRefundHoldsThePaymentUntilRetriedAndIsThenPaidOnce() {
        Order order = delivered("web-8", 3);
        ReturnId rma = approved(order, 1);
        refundsDeclined.set(true);

        Order declined = oms.returns().receive(order.id(), arrival("in-1", rma, WH, new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK))).get();

        assertThat(declined.payment().onHold()).isTrue();
        assertThat(declined.payment().hold().get()).contains("refund").contains("CARD_CLOSED");
        assertThat(declined.returns().refunds()).singleElement().matches(r -> r.owed());

        refundsDeclined.set(false);
        Order retried = oms.payments().retry(order.id(), "retry-1", java.util.Optional.empty()).get();

        assertThat(retried.payment().onHold()).isFalse();
        assertThat(retried.returns().refunds()).singleElement().matches(r -> !r.owed());
        assertThat(adapters.payments().refunded(order.id(), EUR)).isEqualTo(eur("14.03"));
    }

    @Test
    void theCustomerIsToldOnceOfEachStepOfTheirReturns() {
        Order order = delivered("web-9", 3);
        ReturnId kept = approved(order, 1);
        oms.returns().receive(order.id(), arrival("in-1", kept, WH, new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK))).get();
        oms.returns().receive(order.id(), arrival("in-1", kept, WH, new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK))).get();
        ReturnOpened refused = oms.returns().request(order.id(), new ReturnRequest("rma-x", List.of(new ReturnRequest.Line(MUGS, 2, "worn")))).get();
        oms.returns().reject(order.id(), new ReturnDecision("no-x", refused.returnId().orElseThrow(), "worn, outside policy")).get();

        List<Notification> told = adapters.notifications().delivered().stream()
                .filter(n -> n.notice() instanceof ReturnNotice).toList();

        assertThat(told).extracting(Notification::kind).containsExactly(Notification.Kind.RETURN_APPROVED,
                Notification.Kind.RETURN_RECEIVED, Notification.Kind.RETURN_REJECTED);
        assertThat(told.get(1).notice()).isEqualTo(new ReturnNotice.ReturnReceived(kept, 1, eur("14.03"), eur("0.00")));
        assertThat(told.get(2).details()).doesNotContainValue("worn, outside policy"); // staff notes stay in-house
    }

    @Test
    void aCashOnDeliveryReturnIsRefusedForWantOfACaptureToRefund() {
        Order order = oms.orders().place(TestShop.order("cod-1", PaymentMethod.cashOnDelivery(), TestShop.line("MUG", 1, "EUR 12.99"))).get();
        shipAndDeliver(order, 1);
        ReturnId rma = approved(order, 1);

        Either<Rejection, Order> refused = oms.returns().receive(order.id(), arrival("in-1", rma, WH,
                new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK)));

        assertThat(refused.getLeft().codes()).containsExactly(ProblemCode.REFUND_NOT_COVERED);
    }

    private Order delivered(String externalId, long mugs) {
        return shop.delivered(externalId, mugs);
    }

    private void shipAndDeliver(Order order, long mugs) {
        shop.shipAndDeliver(order, mugs);
    }

    private ReturnId approved(Order order, long mugs) {
        return shop.approved(order, mugs);
    }

    private long onHand(LocationId at) {
        return shop.onHand(at);
    }

    private static ReturnArrival arrival(String key, ReturnId rma, LocationId at, ReturnArrival.Line... lines) {
        return new ReturnArrival(key, rma, at, List.of(lines));
    }

    private static Money eur(String amount) {
        return Money.of(EUR, new BigDecimal(amount));
    }
}

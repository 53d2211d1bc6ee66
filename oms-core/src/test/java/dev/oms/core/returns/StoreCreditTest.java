// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static dev.oms.core.returns.AfterSaleShop.MUGS;
import static dev.oms.core.returns.AfterSaleShop.WH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.ClaimRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.order.StoreCredits;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.event.ClaimEvent.ClaimReason;
import dev.oms.spi.event.ClaimEvent.ClaimResolution;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.notification.Notice;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.notification.ReturnNotice;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.payment.RefundTender;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.StoreCreditId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Refunds to store credit: a return's receipt or a claim may pay its money back as store credit through the host's
 * store-credit port instead of to the card: issued once (under crashes, outages and repeated requests), counted against
 * the captures, a decline holding the payment until retried, and the customer told.
 */
class StoreCreditTest {
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;
    private final AfterSaleShop shop = new AfterSaleShop(ReturnPolicy.withinDays(30));
    private final OrderManagement oms = shop.oms;

    @Test
    void aReturnedMugIsPaidBackAsStoreCreditOnceAndTheCustomerIsTold() {
        Order order = shop.delivered("web-1", 3);
        ReturnId rma = shop.approved(order, 1);
        ReturnArrival arrival = credit("in-1", rma, 1);

        Order received = oms.returns().receive(order.id(), arrival).get();

        assertThat(shop.adapters.storeCredit().issued(order.id(), EUR)).isEqualTo(eur("14.03"));
        assertThat(shop.adapters.payments().refunded(order.id(), EUR)).as("nothing back to the card").isEqualTo(eur("0.00"));
        StoreCredits.Credit credit = received.returns().credits().all().single();
        assertThat(credit.owed()).isFalse();
        assertThat(credit.creditId()).contains(StoreCreditId.of("SC-1"));
        assertThat(received.returns().refunds()).isEmpty();
        assertThat(notices(order)).contains(new ReturnNotice.StoreCreditIssued(StoreCreditId.of("SC-1"), eur("14.03"),
                "return " + rma + " receipt 1"));

        Order again = oms.returns().receive(order.id(), arrival).get();
        assertThat(again.version()).as("the same arrival again is a replay").isEqualTo(received.version());
        assertThat(shop.adapters.storeCredit().issuedCount()).isEqualTo(1);
        assertThat(oms.returns().receive(order.id(), new ReturnArrival("in-1", rma, WH,
                List.of(new ReturnArrival.Line(MUGS, 1, Disposition.RESTOCK)))).getLeft().codes())
                .as("the key again with the card as tender").containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void aCashOnDeliveryReturnIsPaidBackAsStoreCreditDrawnOnTheCashCollected() {
        Order placed = oms.orders().place(dev.oms.core.TestShop.order("cod-1", dev.oms.spi.value.PaymentMethod.cashOnDelivery(),
                dev.oms.core.TestShop.line("MUG", 3, "EUR 12.99"))).get();
        shop.shipAndDeliver(placed, 3);
        Order order = oms.queries().find(placed.id()).get();
        assertThat(order.payment().cash()).isEqualTo(eur("42.08"));
        ReturnId rma = shop.approved(order, 1);

        Order received = oms.returns().receive(order.id(), credit("in-1", rma, 1)).get();

        assertThat(shop.adapters.storeCredit().issued(order.id(), EUR)).isEqualTo(eur("14.03"));
        assertThat(received.returns().credits().all().single().owed()).isFalse();
        ReturnId rest = oms.returns().request(order.id(), new dev.oms.core.application.ReturnRequest("rma-rest",
                List.of(new dev.oms.core.application.ReturnRequest.Line(MUGS, 2, "changed mind")))).get().returnId().orElseThrow();
        oms.returns().approve(order.id(), new dev.oms.core.application.ReturnDecision("ok-rest", rest, "agent 7")).get();
        assertThat(oms.returns().receive(order.id(), new ReturnArrival("in-2", rest, WH, List.of(new ReturnArrival.Line(MUGS, 2,
                Disposition.WRITE_OFF)))).getLeft().codes()).as("there is no card to refund").containsExactly(ProblemCode.REFUND_NOT_COVERED);
        oms.returns().receive(order.id(), credit("in-3", rest, 2)).get();
        assertThat(shop.adapters.storeCredit().issued(order.id(), EUR)).as("never more than the cash collected").isEqualTo(eur("42.08"));
    }

    @Test
    void aDeclinedStoreCreditHoldsThePaymentAndIsIssuedOnceAfterARetry() {
        Order order = shop.delivered("web-2", 3);
        ReturnId rma = shop.approved(order, 2);
        shop.adapters.storeCredit().declineWhen(request -> true);

        Order declined = oms.returns().receive(order.id(), credit("in-1", rma, 2)).get();

        assertThat(declined.returns().credits().owed()).hasSize(1);
        assertThat(declined.payment().onHold()).isTrue();
        assertThat(declined.status()).isEqualTo(OrderStatus.PAYMENT_HOLD);
        assertThat(shop.adapters.storeCredit().issuedCount()).isZero();
        shop.adapters.storeCredit().declineWhen(request -> false);
        assertThat(oms.recovery().resume(order.id()).get().returns().credits().owed()).as("held until retried").hasSize(1);

        Order retried = oms.payments().retry(order.id(), "retry-1", Optional.empty()).get();

        assertThat(retried.returns().credits().owed()).isEmpty();
        assertThat(retried.payment().onHold()).isFalse();
        assertThat(shop.adapters.storeCredit().issued(order.id(), EUR)).isEqualTo(eur("28.06"));
        assertThat(shop.adapters.storeCredit().issuedCount()).isEqualTo(1);
        assertThat(oms.recovery().resume(order.id()).get().version()).isEqualTo(retried.version());
    }

    @Test
    void aStoreCreditPortThatIsDownLeavesTheCreditOwedAndRecoveryIssuesItOnce() {
        Order order = shop.delivered("web-3", 3);
        ReturnId rma = shop.approved(order, 1);
        shop.creditDown.set(true);

        Order owed = oms.returns().receive(order.id(), credit("in-1", rma, 1)).get();

        assertThat(owed.returns().credits().owed()).hasSize(1);
        assertThat(owed.payment().onHold()).as("an outage is no decline").isFalse();
        assertThat(PendingEffects.of(owed)).extracting(PendingEffect::key).as("its key's stored shape: order, credit, declines")
                .contains(order.id().value() + ":store-credit:1:0");
        assertThat(shop.adapters.storeCredit().performedCalls()).isZero();
        shop.creditDown.set(false);
        Order issued = oms.recovery().resume(order.id()).get();
        oms.recovery().resume(order.id()).get();

        assertThat(issued.returns().credits().owed()).isEmpty();
        assertThat(shop.adapters.storeCredit().issuedCount()).isEqualTo(1);
        assertThat(shop.adapters.storeCredit().issued(order.id(), EUR)).isEqualTo(eur("14.03"));
    }

    @Test
    void aClaimAndAReturnPaidBackPartlyAsCreditPartlyToTheCardNeverExceedWhatWasCaptured() {
        Order order = shop.delivered("web-4", 3);
        var parcel = order.packages().keySet().head();
        oms.returns().claim(order.id(), new ClaimRequest("claim-1", parcel, ClaimReason.DAMAGED, ClaimResolution.REFUND,
                List.of(new PackageItem(MUGS, 1)), RefundTender.STORE_CREDIT)).get();
        ReturnId rma = shop.approved(oms.queries().find(order.id()).get(), 2);
        Order received = oms.returns().receive(order.id(), new ReturnArrival("in-1", rma, WH,
                List.of(new ReturnArrival.Line(MUGS, 2, Disposition.WRITE_OFF)))).get();

        Money captured = shop.adapters.payments().captured(order.id(), EUR);
        assertThat(shop.adapters.storeCredit().issued(order.id(), EUR)).isEqualTo(eur("14.03"));
        assertThat(shop.adapters.payments().refunded(order.id(), EUR)).isEqualTo(eur("28.05"));
        assertThat(shop.adapters.storeCredit().issued(order.id(), EUR).plus(shop.adapters.payments().refunded(order.id(), EUR)))
                .isEqualTo(captured);
        assertThat(received.returns().credits().total(EUR)).isEqualTo(eur("14.03"));
        assertThat(notices(order)).contains(new ReturnNotice.ClaimSettled(received.returns().claims().keySet().head(), 1,
                eur("0.00")));
    }

    @Test
    void withoutAStoreCreditPortAskingForStoreCreditIsRefusedAndChangesNothing() {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(dev.oms.spi.inventory.Location.of(WH, "Warehouse", dev.oms.spi.inventory.LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new dev.oms.spi.catalog.Product(dev.oms.spi.value.Sku.of("MUG"), "Mug"));
        adapters.inventory().setStock(dev.oms.spi.value.Sku.of("MUG"), WH, 3, "A-MUG");
        OrderManagement plain = OrderManagement.builder().ports(adapters.ports(shop.clock)).build();
        Order order = plain.orders().place(TestShop.order("web-5", TestShop.line("MUG", 1, "EUR 10.00"))).get();

        var refused = plain.returns().receive(order.id(), credit("in-1", ReturnId.of(order.id().value() + "-RMA1"), 1));
        var claim = plain.returns().claim(order.id(), new ClaimRequest("claim-1", dev.oms.spi.value.PackageId.of("P-1"),
                ClaimReason.DAMAGED, ClaimResolution.REFUND, List.of(new PackageItem(MUGS, 1)), RefundTender.STORE_CREDIT));

        assertThat(refused.getLeft().codes()).containsExactly(ProblemCode.STORE_CREDIT_UNAVAILABLE);
        assertThat(claim.getLeft().codes()).containsExactly(ProblemCode.STORE_CREDIT_UNAVAILABLE);
        assertThat(plain.queries().find(order.id()).get().version()).isEqualTo(order.version());
    }

    private static ReturnArrival credit(String key, ReturnId rma, long mugs) {
        return new ReturnArrival(key, rma, WH, List.of(new ReturnArrival.Line(MUGS, mugs, Disposition.RESTOCK)), RefundTender.STORE_CREDIT);
    }

    private List<Notice> notices(Order order) {
        return shop.adapters.notifications().delivered().stream().filter(n -> n.orderId().equals(order.id()))
                .map(Notification::notice).toList();
    }

    private static Money eur(String amount) {
        return Money.of(EUR, new BigDecimal(amount));
    }
}

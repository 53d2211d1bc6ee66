// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.ApprovalEvent;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.spi.event.IndentEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.PlacementEvent;
import dev.oms.spi.event.ReturnEvent;
import dev.oms.spi.event.ClaimEvent;
import dev.oms.spi.event.TrackingEvent;
import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.value.ClaimId;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.event.WaitingEvent;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.PackageItem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.PurchaseReceipt;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.order.Slot;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.TreeMap;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class OrderInvariantsTest {
    private static final LineId L1 = LineId.ofPosition(0);
    private static final LocationId WH = ContractFixtures.WAREHOUSE;
    private static final PackageId PKG = PackageId.of("P1");
    private static final Sku BOOK = Sku.of("BOOK-1");
    private static final Money PRICE = Money.parse("EUR 59.90");

    @Test
    void aShippedAndPaidOrderKeepsConservationAndMoney() {
        Order order = shippedAndCaptured(PRICE);

        assertThat(OrderInvariants.conservation(order)).isEmpty();
        assertThat(OrderInvariants.money(order)).isEmpty();
    }

    @Test
    void aNegativeBucketIsAConservationViolation() {
        Order real = order("ORD-1", ContractFixtures.SHOES, 2, 0);
        Order tampered = TamperedOrder.withLine(real, new Line(L1, ContractFixtures.SHOES, 2, PRICE,
                TreeMap.of(Slot.of(Bucket.PENDING), -1L, Slot.at(Bucket.ALLOCATED, WH), 3L)));

        assertThat(OrderInvariants.conservation(tampered)).containsExactly("ORD-1 L1: -1 units PENDING");
    }

    @Test
    void shippedUnitsNoPackageHoldsAreAConservationViolation() {
        Order tampered = TamperedOrder.withoutPackages(shippedAndCaptured(PRICE));

        assertThat(OrderInvariants.conservation(tampered)).containsExactly("ORD-1 L1: 1 units SHIPPED, DELIVERED, RETURNED or CLAIMED, 0 in shipped packages");
    }

    @Test
    void capturingMoreThanAPackageIsWorthOrForAnUnshippedPackageIsAMoneyViolation() {
        assertThat(OrderInvariants.money(shippedAndCaptured(Money.parse("EUR 60.00"))))
                .containsExactly("order ORD-1: captured EUR 60.00 for package P1, worth EUR 59.90");

        Order early = apply(order("ORD-1", ContractFixtures.SHOES, 2, 0),
                new AllocationEvent.UnitsAllocated(L1, WH, 2),
                new PaymentEvent.PaymentAuthorized(AuthorizationId.of("A1"), Money.parse("EUR 119.80"), ContractFixtures.NOW),
                new PaymentEvent.PaymentCaptured(PackageId.of("P9"), AuthorizationId.of("A1"), CaptureId.of("C1"), PRICE));
        assertThat(OrderInvariants.money(early)).containsExactly("order ORD-1: captured for package P9, which has not shipped");
    }

    @Test
    void cashCollectedForAPackageNotDeliveredIsAMoneyViolation() {
        Order order = apply(order("ORD-1", ContractFixtures.SHOES, 2, 0), new PaymentEvent.CashCollected(PKG, PRICE));

        assertThat(OrderInvariants.money(order)).containsExactly("order ORD-1: cash collected for package P1, which was not delivered");
    }

    @Test
    void preOrdersFilledBeforeBackordersEachInPlacementOrderKeepPriority() {
        Order firstPreorder = preordered("ORD-1", 1, 3);
        Order backorder = backordered("ORD-2", 0, 4);
        Order laterPreorder = preordered("ORD-3", 2, 2);
        List<Order> before = List.of(firstPreorder, backorder, laterPreorder);

        List<Order> after = List.of(filled(firstPreorder, Bucket.PREORDERED, 3), backorder, filled(laterPreorder, Bucket.PREORDERED, 1));

        assertThat(OrderInvariants.preorderPriority(BOOK, before, after)).isEmpty();
    }

    @Test
    void aBackorderOrALaterPreorderFilledWhileAnEarlierPreorderWaitsBreaksPriority() {
        Order firstPreorder = preordered("ORD-1", 1, 3);
        Order backorder = backordered("ORD-2", 0, 4);
        Order laterPreorder = preordered("ORD-3", 2, 2);
        List<Order> before = List.of(firstPreorder, backorder, laterPreorder);

        List<Order> after = List.of(filled(firstPreorder, Bucket.PREORDERED, 1), filled(backorder, Bucket.BACKORDERED, 1),
                filled(laterPreorder, Bucket.PREORDERED, 2));

        assertThat(OrderInvariants.preorderPriority(BOOK, before, after)).containsExactly(
                "BOOK-1: 2 PREORDERED units of ORD-3 L1 filled while PREORDERED units of ORD-1 L1, ahead in the queue, still wait",
                "BOOK-1: 1 BACKORDERED units of ORD-2 L1 filled while PREORDERED units of ORD-1 L1, ahead in the queue, still wait");
    }

    @Test
    void goodsReceivedAgainstAPurchaseThatGoToItsOrderKeepTheRingFence() {
        Order owner = awaitingSupplier("ORD-1");
        Order other = order("ORD-2", ContractFixtures.CONSOLE, 3, 0);
        PurchaseReceipt receipt = new PurchaseReceipt("GR-1", PurchaseId.of("PR-1"), WH, 4);

        Order received = apply(owner, new IndentEvent.PurchaseGoodsReceived(ReceiptId.of("GR-1"), PurchaseId.of("PR-1"), L1, WH, 4));

        assertThat(OrderInvariants.ringFence(owner.id(), receipt, List.of(owner, other), List.of(received, other))).isEmpty();
    }

    @Test
    void goodsReceivedAgainstAPurchaseThatAnotherOrderTakesBreakTheRingFence() {
        Order owner = awaitingSupplier("ORD-1");
        Order other = order("ORD-2", ContractFixtures.CONSOLE, 3, 0);
        PurchaseReceipt receipt = new PurchaseReceipt("GR-1", PurchaseId.of("PR-1"), WH, 3);

        Order thief = apply(other, new AllocationEvent.UnitsAllocated(L1, WH, 3));

        assertThat(OrderInvariants.ringFence(owner.id(), receipt, List.of(owner, other), List.of(owner, thief))).containsExactly(
                "purchase PR-1 counts 0 units received, the receipt brought 3",
                "order ORD-1 holds 0 more units of CONSOLE-X at WH-1, its purchase PR-1 received 3",
                "order ORD-2 took 3 units of CONSOLE-X at WH-1 when goods for ORD-1's purchase PR-1 arrived");
    }

    @Test
    void aHeldOrderOwesNoCaptureForAPackageShippedBeforeTheHold() {
        Order shippedNotCaptured = shipped();
        Order held = apply(shippedNotCaptured, new ApprovalEvent.ApprovalHoldPlaced(ApprovalReason.FRAUD_REVIEW, "chargeback"));

        // Not vacuous: the same order unheld owes the capture the hold holds back.
        assertThat(PendingEffects.of(shippedNotCaptured)).anyMatch(PendingEffect.Capture.class::isInstance);
        assertThat(OrderInvariants.approvalHolds(shippedNotCaptured)).isEmpty();
        assertThat(OrderInvariants.approvalHolds(held)).isEmpty();
    }

    @Test
    void unitsUnderReturnBeyondThoseShippedAndDeliveredBreakTheReturnInvariant() {
        Order delivered = apply(shipped(), new FulfilmentEvent.PackageDelivered(PKG, ContractFixtures.NOW.plusSeconds(3_600)));
        Order oneReturned = apply(delivered, returnOf("RMA1", 1));

        assertThat(OrderInvariants.returns(oneReturned)).isEmpty();
        assertThat(OrderInvariants.returns(apply(oneReturned, returnOf("RMA2", 1)))).singleElement().asString()
                .contains("2 units under return, 1 shipped, 1 delivered");
        assertThat(OrderInvariants.returns(apply(shipped(), returnOf("RMA1", 1)))).singleElement().asString()
                .contains("0 delivered");
        assertThat(OrderInvariants.all(List.of(apply(oneReturned, returnOf("RMA2", 1))), List.of())).isNotEmpty();
    }

    @Test
    void unitsClaimedWhileTheirParcelWasHeldUpAndTheParcelDeliveredAfterAllKeepConservation() {
        Order heldUp = apply(shippedAndCaptured(PRICE), new TrackingEvent.PackageTracked(PKG, "EV-1", TrackingStatus.EXCEPTION,
                ContractFixtures.NOW.plusSeconds(3_600), Optional.of("damaged in transit")));
        Order claimed = apply(heldUp, new ClaimEvent.ClaimSettled(ClaimId.of("ORD-1-CLM1"), PKG, ClaimEvent.ClaimReason.NOT_RECEIVED,
                List.of(new PackageItem(L1, 1)), ContractFixtures.NOW.plusSeconds(7_200), List.of(new ReturnEvent.CaptureRefund(CaptureId.of("C1"), PRICE))));
        Order delivered = apply(claimed, new FulfilmentEvent.PackageDelivered(PKG, ContractFixtures.NOW.plusSeconds(9_000)));

        assertThat(claimed.line(L1).get().count(Bucket.CLAIMED)).isEqualTo(1);
        assertThat(OrderInvariants.conservation(claimed)).isEmpty();
        assertThat(delivered.line(L1).get().count(Bucket.DELIVERED)).as("the claimed unit stays claimed").isZero();
        assertThat(OrderInvariants.conservation(delivered)).isEmpty();
        assertThat(OrderInvariants.conservation(TamperedOrder.withoutPackages(claimed))).isNotEmpty();
    }

    private static ReturnEvent.ReturnRequested returnOf(String id, long units) {
        return new ReturnEvent.ReturnRequested(ReturnId.of(id), List.of(new ReturnEvent.ReturnItem(L1, units, "too small")),
                ContractFixtures.NOW.plusSeconds(7_200));
    }

    private static Order shippedAndCaptured(Money captured) {
        return apply(shipped(), new PaymentEvent.PaymentCaptured(PKG, AuthorizationId.of("A1"), CaptureId.of("C1"), captured));
    }

    /** One of two units allocated, picked, packed and shipped; nothing captured yet. */
    private static Order shipped() {
        return apply(order("ORD-1", ContractFixtures.SHOES, 2, 0),
                new AllocationEvent.UnitsAllocated(L1, WH, 2),
                new PaymentEvent.PaymentAuthorized(AuthorizationId.of("A1"), Money.parse("EUR 119.80"), ContractFixtures.NOW),
                new FulfilmentEvent.PickListCreated(PickListId.of("PL1"), WH, List.of(new FulfilmentEvent.PickItem(L1, ContractFixtures.SHOES, 2, "A-01"))),
                new FulfilmentEvent.PickListPicked(PickListId.of("PL1")),
                new FulfilmentEvent.PackagePacked(PKG, WH, List.of(new PackageItem(L1, 1)), Optional.empty(), Optional.empty()),
                new FulfilmentEvent.LabelPurchased(PKG, "carrier", LabelId.of("LBL-1"), "TRK-1", Money.parse("EUR 4.50")),
                new FulfilmentEvent.PackageShipped(PKG, ContractFixtures.NOW));
    }

    private static Order preordered(String id, int minutesAfter, long units) {
        return apply(order(id, BOOK, units, minutesAfter), new WaitingEvent.UnitsPreordered(L1, units, ContractFixtures.NOW.plus(Duration.ofDays(9))));
    }

    private static Order backordered(String id, int minutesAfter, long units) {
        return apply(order(id, BOOK, units, minutesAfter), new WaitingEvent.UnitsBackordered(L1, units, 0, Optional.empty(), "short"));
    }

    private static Order filled(Order order, Bucket from, long units) {
        return apply(order, new WaitingEvent.WaitingUnitsFilled(L1, from, units, order.line(L1).get().count(from) - units, "restock-1"));
    }

    private static Order awaitingSupplier(String id) {
        return apply(order(id, ContractFixtures.CONSOLE, 5, 0),
                new IndentEvent.PurchaseRequested(PurchaseId.of("PR-1"), L1, ContractFixtures.CONSOLE, LocationId.of("SUP"), 5),
                new IndentEvent.SupplierConfirmed(PurchaseId.of("PR-1"), 5, LocalDate.parse("2025-03-01")));
    }

    private static Order order(String id, Sku sku, long units, int minutesAfter) {
        return OrderEvolution.start(new PlacementEvent.OrderPlaced(OrderId.of(id), Channel.WEB, "W-" + id, CustomerRef.of("C-1"),
                ContractFixtures.address(), PaymentMethod.card("tok_visa"), CurrencyUnit.EUR,
                List.of(new PlacementEvent.PlacedLine(L1, sku, units, PRICE)), ContractFixtures.NOW.plus(Duration.ofMinutes(minutesAfter))));
    }

    private static Order apply(Order order, OrderEvent... events) {
        Order applied = order;
        for (OrderEvent event : events) {
            applied = OrderEvolution.apply(applied, event);
        }
        return applied;
    }
}

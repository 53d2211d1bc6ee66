// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.approval;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.ApprovalRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.spi.event.ApprovalEvent;
import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Approval holds through the facade: placed by a host rule or by hand, released or rejected. */
class ApprovalHoldTest {
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;
    /** The host's rule: orders above EUR 100 wait for a fraud review. */
    private static final ApprovalPolicy LARGE_ORDERS = placed -> placed.activeValue().isGreaterThan(Money.parse("EUR 100.00"))
            ? Map.of(ApprovalReason.FRAUD_REVIEW, "value above EUR 100") : Map.of();

    private final TestShop shop = new TestShop().stock("SHOE", 5, 0);
    private final OrderManagement oms = OrderManagement.builder().ports(shop.adapters.ports(TestShop.CLOCK))
            .approvalPolicy(LARGE_ORDERS).build();

    @Test
    void anOrderWaitsForFraudReviewAndIsReleased() {
        Order held = oms.orders().place(order("W-1", line("SHOE", 3, "EUR 50.00"))).get();

        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(reserved()).as("a held order keeps its reservation").isEqualTo(3);
        assertThat(shop.adapters.payments().authorized(held.id(), EUR)).isEqualTo(Money.parse("EUR 150.00"));
        assertThat(oms.warehouse().createPickLists(held.id()).getLeft().codes()).containsExactly(ProblemCode.ON_APPROVAL_HOLD);

        Order released = oms.approvals().release(held.id(), request("review-1", ApprovalReason.FRAUD_REVIEW, "agent 12: genuine")).get();

        assertThat(released.status()).isEqualTo(OrderStatus.ALLOCATED);
        shipAll(released.id());
        assertThat(shop.adapters.payments().captured(held.id(), EUR)).isEqualTo(Money.parse("EUR 150.00"));
    }

    @Test
    void anOrderUnderTheRuleIsNotHeld() {
        Order order = oms.orders().place(order("W-1", line("SHOE", 1, "EUR 50.00"))).get();

        assertThat(order.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(order.approvals().held()).isFalse();
    }

    @Test
    void aRejectedOrderIsCancelledItsStockFreedAndItsAuthorisationVoided() {
        Order held = oms.orders().place(order("W-1", line("SHOE", 3, "EUR 50.00"))).get();

        Order rejected = oms.approvals().reject(held.id(), request("review-1", ApprovalReason.FRAUD_REVIEW, "stolen card")).get();

        assertThat(rejected.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(rejected.approvals().held()).isFalse();
        assertThat(reserved()).isZero();
        assertThat(shop.adapters.payments().voided(held.id(), EUR)).isEqualTo(Money.parse("EUR 150.00"));
        assertThat(shop.adapters.payments().captured(held.id(), EUR)).isEqualTo(Money.zero(EUR));
    }

    @Test
    void anOrderHeldForTwoReasonsGoesOnOnlyWhenBothAreReleased() {
        Order order = oms.orders().place(order("W-1", line("SHOE", 1, "EUR 50.00"))).get();
        oms.approvals().hold(order.id(), request("h-1", ApprovalReason.ADDRESS_CHECK, "postcode unknown")).get();
        oms.approvals().hold(order.id(), request("h-2", ApprovalReason.MANUAL, "customer asked to wait")).get();

        Order oneReleased = oms.approvals().release(order.id(), request("r-1", ApprovalReason.ADDRESS_CHECK, "address fixed")).get();
        assertThat(oneReleased.status()).isEqualTo(OrderStatus.ON_HOLD);
        Order both = oms.approvals().release(order.id(), request("r-2", ApprovalReason.MANUAL, "go ahead")).get();

        assertThat(both.status()).isEqualTo(OrderStatus.ALLOCATED);
    }

    @Test
    void aPickListOutAtTheHoldCannotBePickedPackedOrShipped() {
        Order order = oms.orders().place(order("W-1", line("SHOE", 1, "EUR 50.00"))).get();
        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        oms.approvals().hold(order.id(), request("h-1", ApprovalReason.PAYMENT_REVIEW, "bank transfer to match")).get();

        Either<Rejection, Order> picked = oms.warehouse().confirmPicked(order.id(), lists.order().pickLists().keySet().head());

        assertThat(picked.getLeft().codes()).containsExactly(ProblemCode.ON_APPROVAL_HOLD);
    }

    @Test
    void holdingTwiceForOneReasonAndReleasingWithoutAHoldAreRefused() {
        Order order = oms.orders().place(order("W-1", line("SHOE", 1, "EUR 50.00"))).get();
        oms.approvals().hold(order.id(), request("h-1", ApprovalReason.MANUAL, "wait")).get();

        assertThat(oms.approvals().hold(order.id(), request("h-2", ApprovalReason.MANUAL, "wait again")).getLeft().codes())
                .containsExactly(ProblemCode.APPROVAL_HOLD_OPEN);
        assertThat(oms.approvals().release(order.id(), request("r-1", ApprovalReason.FRAUD_REVIEW, "fine")).getLeft().codes())
                .containsExactly(ProblemCode.NO_APPROVAL_HOLD);
    }

    @Test
    void aRequestRepeatedUnderItsKeyActsOnceAndTheKeyWithAnotherNoteIsRefused() {
        Order order = oms.orders().place(order("W-1", line("SHOE", 1, "EUR 50.00"))).get();
        Order first = oms.approvals().hold(order.id(), request("h-1", ApprovalReason.MANUAL, "wait")).get();

        Order again = oms.approvals().hold(order.id(), request("h-1", ApprovalReason.MANUAL, "wait")).get();

        assertThat(again.version()).isEqualTo(first.version());
        assertThat(oms.approvals().hold(order.id(), request("h-1", ApprovalReason.MANUAL, "other words")).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void aShippedOrderCannotBeHeld() {
        Order order = oms.orders().place(order("W-1", line("SHOE", 1, "EUR 50.00"))).get();
        shipAll(order.id());

        assertThat(oms.approvals().hold(order.id(), request("h-1", ApprovalReason.MANUAL, "too late")).getLeft().codes())
                .containsExactly(ProblemCode.NOTHING_TO_DO);
    }

    @Test
    void aPackageShippedBeforeTheHoldIsCapturedOnlyAfterTheRelease() {
        Order order = oms.orders().place(order("W-1", line("SHOE", 1, "EUR 50.00"))).get();
        Order listed = oms.warehouse().createPickLists(order.id()).map(PickListsCreated::order).get();
        oms.warehouse().confirmPicked(order.id(), listed.pickLists().keySet().head()).get();
        Order packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-1", EAST,
                List.of(new PackageItem(LineId.of("L1"), 1)))).map(Packed::order).get();
        PackageId pkg = packed.packages().keySet().head();
        Order labelled = oms.warehouse().label(order.id(), pkg, "ground").get();
        // The carrier's scan and the reviewer's hold cross: the package is out, the order held.
        Order shipped = OrderEvolution.apply(labelled, new FulfilmentEvent.PackageShipped(pkg, TestShop.CLOCK.instant()));
        Order heldAfter = OrderEvolution.apply(shipped, new ApprovalEvent.ApprovalHoldPlaced(ApprovalReason.PAYMENT_REVIEW, "chargeback risk"));
        Order releasedAgain = OrderEvolution.apply(heldAfter, new ApprovalEvent.ApprovalHoldReleased(ApprovalReason.PAYMENT_REVIEW, "fine"));

        assertThat(PendingEffects.of(shipped)).hasAtLeastOneElementOfType(PendingEffect.Capture.class);
        assertThat(PendingEffects.of(heldAfter)).noneMatch(PendingEffect.Capture.class::isInstance);
        assertThat(PendingEffects.of(releasedAgain)).hasAtLeastOneElementOfType(PendingEffect.Capture.class);
    }

    private void shipAll(OrderId id) {
        Order listed = oms.warehouse().createPickLists(id).map(PickListsCreated::order).get();
        Order picked = oms.warehouse().confirmPicked(id, listed.pickLists().keySet().head()).get();
        long units = picked.lines().get(LineId.of("L1")).get().count(dev.oms.spi.event.Bucket.PICKED);
        Order packed = oms.warehouse().confirmPacked(id, PackRequest.of("pack-" + id, EAST,
                List.of(new PackageItem(LineId.of("L1"), units)))).map(Packed::order).get();
        PackageId pkg = packed.packages().keySet().head();
        assertThat(oms.warehouse().ship(id, pkg, "ground").isRight()).isTrue();
    }

    private long reserved() {
        return shop.adapters.inventory().stockAt(Sku.of("SHOE"), EAST).get().reserved();
    }

    private static ApprovalRequest request(String key, ApprovalReason reason, String note) {
        return new ApprovalRequest(key, reason, note);
    }
}

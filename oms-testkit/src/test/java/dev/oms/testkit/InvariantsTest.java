// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.CancellationEvent;
import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.PackageItem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class InvariantsTest {
    private static final OrderId ORDER = OrderId.of("ORD-1");
    private static final LineId L1 = LineId.ofPosition(0);
    private static final LocationId WH = ContractFixtures.WAREHOUSE;
    private static final PackageId PKG = PackageId.of("P1");

    @Test
    void aShippedAndPaidOrderKeepsEveryInvariant() {
        StoredOrder order = order(
                new AllocationEvent.UnitsAllocated(L1, WH, 2),
                new PaymentEvent.PaymentAuthorized(AuthorizationId.of("A1"), Money.parse("EUR 119.80"), ContractFixtures.NOW),
                new FulfilmentEvent.PickListCreated(PickListId.of("PL1"), WH,
                        List.of(new FulfilmentEvent.PickItem(L1, ContractFixtures.SHOES, 2, "A-01"))),
                new FulfilmentEvent.PickListPicked(PickListId.of("PL1")),
                new FulfilmentEvent.PackagePacked(PKG, WH, List.of(new PackageItem(L1, 1)), Optional.empty(), Optional.empty()),
                new FulfilmentEvent.PackageShipped(PKG, ContractFixtures.NOW),
                new PaymentEvent.PaymentCaptured(PKG, AuthorizationId.of("A1"), CaptureId.of("C1"), Money.parse("EUR 59.90")),
                new CancellationEvent.UnitsCancelled(ReleaseId.of("X1"), L1, Bucket.PICKED, Optional.of(WH), 1, "changed mind"),
                new PaymentEvent.AuthorizationVoided(AuthorizationId.of("A1"), Money.parse("EUR 59.90")));

        assertThat(Invariants.conservation(order)).isEmpty();
        assertThat(Invariants.money(order)).isEmpty();
    }

    @Test
    void unitsReroutedAwayFromALocationAreAllocatedAgainFromPending() {
        StoredOrder rerouted = order(new AllocationEvent.UnitsAllocated(L1, WH, 2),
                new AllocationEvent.UnitsDeallocated(ReleaseId.of("R1"), L1, WH, 2, "stock count came up short"),
                new AllocationEvent.UnitsAllocated(L1, LocationId.of("WH-2"), 2));
        StoredOrder deallocatedTwice = order(new AllocationEvent.UnitsAllocated(L1, WH, 2),
                new AllocationEvent.UnitsDeallocated(ReleaseId.of("R1"), L1, WH, 2, "stock count came up short"),
                new AllocationEvent.UnitsDeallocated(ReleaseId.of("R2"), L1, WH, 1, "counted twice"));

        assertThat(Invariants.conservation(rerouted)).isEmpty();
        assertThat(Invariants.conservation(deallocatedTwice)).singleElement().asString()
                .contains("UnitsDeallocated takes 1 units of line L1 from ALLOCATED, which holds 0");
    }

    @Test
    void movingUnitsABucketDoesNotHoldIsAConservationViolation() {
        StoredOrder order = order(new AllocationEvent.UnitsAllocated(L1, WH, 2),
                new CancellationEvent.UnitsCancelled(ReleaseId.of("X1"), L1, Bucket.ALLOCATED, Optional.of(WH), 3, "too many"));

        assertThat(Invariants.conservation(order)).singleElement().asString()
                .contains("UnitsCancelled takes 3 units of line L1 from ALLOCATED, which holds 2");
    }

    @Test
    void capturingMoreThanWasAuthorisedOrInAnotherCurrencyIsAMoneyViolation() {
        StoredOrder order = order(new PaymentEvent.PaymentAuthorized(AuthorizationId.of("A1"), Money.parse("EUR 10.00"), ContractFixtures.NOW),
                new PaymentEvent.PaymentCaptured(PKG, AuthorizationId.of("A1"), CaptureId.of("C1"), Money.parse("EUR 8.00")),
                new PaymentEvent.AuthorizationVoided(AuthorizationId.of("A1"), Money.parse("EUR 3.00")),
                new PaymentEvent.PaymentCaptured(PKG, AuthorizationId.of("A2"), CaptureId.of("C2"), Money.parse("EUR 1.00")),
                new PaymentEvent.CashCollected(PKG, Money.parse("USD 1.00")));

        assertThat(Invariants.money(order)).hasSize(3)
                .anyMatch(v -> v.contains("captured and voided EUR 11.00 > authorised EUR 10.00"))
                .anyMatch(v -> v.contains("A2, which was never granted"))
                .anyMatch(v -> v.contains("CashCollected in USD"));
    }

    @Test
    void refundingMoreThanACaptureTookOrACaptureNeverMadeIsAMoneyViolation() {
        StoredOrder order = order(new PaymentEvent.PaymentAuthorized(AuthorizationId.of("A1"), Money.parse("EUR 10.00"), ContractFixtures.NOW),
                new PaymentEvent.PreorderPrepaid(AuthorizationId.of("A1"), CaptureId.of("C1"), Money.parse("EUR 6.00")),
                new PaymentEvent.PaymentRefunded(CaptureId.of("C1"), RefundId.of("R1"), Money.parse("EUR 4.00")),
                new PaymentEvent.PaymentRefunded(CaptureId.of("C1"), RefundId.of("R2"), Money.parse("EUR 4.00")),
                new PaymentEvent.PaymentRefunded(CaptureId.of("C9"), RefundId.of("R3"), Money.parse("EUR 1.00")));

        assertThat(Invariants.money(order)).containsExactly(
                "refunded EUR 8.00 of capture C1, which took EUR 6.00",
                "refunded EUR 1.00 of capture C9, which was never captured");
    }

    @Test
    void prepayingBeyondTheAuthorisationIsAMoneyViolation() {
        StoredOrder order = order(new PaymentEvent.PaymentAuthorized(AuthorizationId.of("A1"), Money.parse("EUR 10.00"), ContractFixtures.NOW),
                new PaymentEvent.PreorderPrepaid(AuthorizationId.of("A1"), CaptureId.of("C1"), Money.parse("EUR 6.00")),
                new PaymentEvent.PaymentCaptured(PKG, AuthorizationId.of("A1"), CaptureId.of("C2"), Money.parse("EUR 6.00")));

        assertThat(Invariants.money(order)).singleElement().asString().contains("> authorised EUR 10.00");
    }

    @Test
    void promisingMoreThanIsOnHandIsOversell() {
        Sku sku = ContractFixtures.CONSOLE;
        assertThat(Invariants.noOversell(List.of(new StockLevel(sku, WH, 5, 3, 2, "B"), new StockLevel(sku, ContractFixtures.STORE, 5, 4, 2, "B"))))
                .containsExactly("CONSOLE-X at ST-1: 4 reserved + 2 ring-fenced > 5 on hand");
    }

    private static StoredOrder order(OrderEvent... later) {
        List<OrderCommit> commits = new ArrayList<>();
        commits.add(ContractFixtures.placed(ORDER, Channel.WEB, "W-1"));
        for (OrderEvent event : later) {
            commits.add(new OrderCommit("k" + commits.size(), ContractFixtures.NOW, List.of(event)));
        }
        return new StoredOrder(ORDER, commits);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.availability.HoldId;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.PurchaseId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The stored text of every idempotency key: part of the persisted format, so a change here breaks stored orders. */
class IdempotencyKeyShapesTest {

    @Test
    void hostKeysAreScopedByTheirKindOfRequest() {
        assertThat(IdempotencyKeys.host(HostRequest.CANCEL, "k").value()).isEqualTo("host/cancel:k");
        assertThat(IdempotencyKeys.host(HostRequest.PACK, "k").value()).isEqualTo("host/pack:k");
        assertThat(IdempotencyKeys.host(HostRequest.REROUTE, "k").value()).isEqualTo("host/reroute:k");
        assertThat(IdempotencyKeys.host(HostRequest.RETRY_PAYMENT, "k").value()).isEqualTo("host/retry-payment:k");
        assertThat(IdempotencyKeys.host(HostRequest.PURCHASE_RECEIPT, "k").value()).isEqualTo("host/purchase-receipt:k");
        assertThat(IdempotencyKeys.host(HostRequest.RETURN_REQUEST, "k").value()).isEqualTo("host/return-request:k");
        assertThat(IdempotencyKeys.host(HostRequest.RETURN_APPROVE, "k").value()).isEqualTo("host/return-approve:k");
        assertThat(IdempotencyKeys.host(HostRequest.RETURN_REJECT, "k").value()).isEqualTo("host/return-reject:k");
        assertThat(IdempotencyKeys.host(HostRequest.RETURN_RECEIVE, "k").value()).isEqualTo("host/return-receive:k");
        assertThat(IdempotencyKeys.host(HostRequest.CLAIM, "k").value()).isEqualTo("host/claim:k");
        assertThat(IdempotencyKeys.host(HostRequest.REOPEN, "k").value()).isEqualTo("host/reopen:k");
        assertThat(IdempotencyKeys.host(HostRequest.RETURN_LABEL, "k").value()).isEqualTo("host/return-label:k");
    }

    @Test
    void theFacadesOwnKeysKeepTheirStoredShapes() {
        OrderId order = OrderId.of("O-1");
        PackageId pkg = PackageId.of("P1");
        assertThat(IdempotencyKeys.placement(Channel.of("WEB"), "w-1").value()).isEqualTo("place:WEB:w-1");
        assertThat(IdempotencyKeys.supplierAnswer(PurchaseId.of("PO-1")).value()).isEqualTo("supplier-answer:PO-1");
        assertThat(IdempotencyKeys.invoice(order, pkg).value()).isEqualTo("invoice:3:O-1:P1");
        assertThat(IdempotencyKeys.ringFencedReceipt(PurchaseId.of("PO-1"), "GR-1").value()).isEqualTo("receipt:PO-1:GR-1");
        assertThat(IdempotencyKeys.allocation(3).value()).isEqualTo("allocate-v3");
        assertThat(IdempotencyKeys.pickLists(3).value()).isEqualTo("pick-lists-v3");
        assertThat(IdempotencyKeys.picked(PickListId.of("PL1")).value()).isEqualTo("picked:PL1");
        assertThat(IdempotencyKeys.labelRequest(pkg, "ground").value()).isEqualTo("label-request:P1:ground");
        assertThat(IdempotencyKeys.ship(pkg).value()).isEqualTo("ship:P1");
        assertThat(IdempotencyKeys.delivery(pkg).value()).isEqualTo("delivered:P1");
        assertThat(IdempotencyKeys.tracking("EV-1").value()).isEqualTo("tracked:EV-1");
        assertThat(IdempotencyKeys.releaseDateMoved(LineId.of("L1"), Instant.parse("2026-05-01T00:00:00Z")).value())
                .isEqualTo("release-moved:L1:2026-05-01T00:00:00Z");
        assertThat(IdempotencyKeys.fill("receipt/GR-1", LineId.of("L1"), Bucket.BACKORDERED, 4).value())
                .isEqualTo("fill:receipt/GR-1:L1:BACKORDERED:v4");
        assertThat(IdempotencyKeys.settlingRestock(order, 5).value()).isEqualTo("queue/O-1:v5");
        assertThat(IdempotencyKeys.receiptRestock("GR-1").value()).isEqualTo("receipt/GR-1");
        assertThat(IdempotencyKeys.releaseRestock("launch").value()).isEqualTo("release/launch");
        assertThat(IdempotencyKeys.restockPass("release/launch", 2).value()).isEqualTo("release/launch/2");
        assertThat(IdempotencyKeys.holdRestock(HoldId.of("H1")).value()).isEqualTo("hold-freed/H1");
        assertThat(IdempotencyKeys.holdAttempt(HoldId.of("H1"), "op-7").value()).isEqualTo("hold:H1:op-7");
        assertThat(IdempotencyKeys.unusedHoldAttempt("hold:H1:op-7").value()).isEqualTo("hold:H1:op-7:unused");
        assertThat(IdempotencyKeys.holdRelease(HoldId.of("H1")).value()).isEqualTo("hold-release:H1");
        assertThat(IdempotencyKeys.heldReservation("place:WEB:w-1").value()).isEqualTo("place:WEB:w-1:hold");
    }

    @Test
    void theEffectRunnersKeysKeepTheirStoredShapes() {
        OrderId order = OrderId.of("O-1");
        assertThat(IdempotencyKeys.reallocation(2).value()).isEqualTo("reallocate-v2");
        assertThat(IdempotencyKeys.queueing(2).value()).isEqualTo("queue-v2");
        assertThat(IdempotencyKeys.unsourced(2, LineId.of("L1")).value()).isEqualTo("unsourced-v2-L1");
        assertThat(IdempotencyKeys.outOfStock(3).value()).isEqualTo("out-of-stock-3");
        assertThat(IdempotencyKeys.authorizationRequest(order, 1).value()).isEqualTo("O-1:authorization-request:1");
        assertThat(IdempotencyKeys.prepaymentRequest(order, 1).value()).isEqualTo("O-1:prepayment-request:1");
    }

    @Test
    void keysAreValuesOfTheirText() {
        assertThat(IdempotencyKeys.ship(PackageId.of("P1"))).isEqualTo(IdempotencyKeys.ship(PackageId.of("P1")))
                .hasSameHashCodeAs(IdempotencyKeys.ship(PackageId.of("P1")))
                .hasToString("ship:P1");
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.EffectOutcome;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffectVisitor;
import dev.oms.core.order.Order;
import dev.oms.spi.Ports;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.fulfilment.FulfilmentService;
import dev.oms.spi.payment.PaymentGateway.AuthorizationRequest;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult;
import dev.oms.spi.payment.PaymentGateway.CaptureRequest;
import dev.oms.spi.payment.PaymentGateway.CaptureResult;
import dev.oms.spi.payment.PaymentGateway.RefundRequest;
import dev.oms.spi.payment.PaymentGateway.RefundResult;
import dev.oms.spi.payment.PaymentGateway.VoidRequest;
import dev.oms.spi.shipping.ShippingCarrier.LabelRequest;
import dev.oms.spi.shipping.ShippingCarrier.LabelResult;
import dev.oms.spi.shipping.ShippingCarrier.ReturnLabelRequest;
import dev.oms.spi.payment.StoreCredit;
import dev.oms.spi.supplier.SupplierGateway;
import dev.oms.spi.value.OrderId;
import io.vavr.control.Option;

/** Calls the port an effect owes, under the effect's key, and says what it answered: one method per effect. */
final class PortCalls implements PendingEffectVisitor<EffectOutcome> {
    private final Ports ports;
    private final Option<SupplierGateway> suppliers;
    private final Option<FulfilmentService> fulfilment;
    private final Option<StoreCredit> storeCredit;
    private final Order order;
    private final OrderId id;

    PortCalls(Ports ports, Option<SupplierGateway> suppliers, Option<FulfilmentService> fulfilment, Option<StoreCredit> storeCredit,
            Order order) {
        this.ports = ports;
        this.suppliers = suppliers;
        this.fulfilment = fulfilment;
        this.storeCredit = storeCredit;
        this.order = order;
        this.id = order.id();
    }

    /** What the carrier is asked for a label purchase, the same whether asked first or for a recorded request. */
    static LabelRequest labelRequest(Order order, PendingEffect.PurchaseLabel purchase) {
        return new LabelRequest(purchase.key(), order.id(), purchase.packageId(), purchase.shipFrom(), order.shipTo(),
                purchase.service(), purchase.units());
    }


    @Override
    public EffectOutcome visit(PendingEffect.Reserve e) {
        return new EffectOutcome.RecordReservation(e.key(), e.attempt(),
                ports.inventory().reserve(e.key(), e.movements().toJavaList()));
    }

    @Override
    public EffectOutcome visit(PendingEffect.ReserveMoved e) {
        return new EffectOutcome.RecordMove(e.key(), e.moveId(), ports.inventory().reserve(e.key(), e.movements().toJavaList()));
    }

    @Override
    public EffectOutcome visit(PendingEffect.ReleaseStock e) {
        ports.inventory().release(e.key(), e.movements().toJavaList());
        return new EffectOutcome.RecordStockReleased(e.key(), e.cancellationId());
    }

    @Override
    public EffectOutcome visit(PendingEffect.ConsumeStock e) {
        ports.inventory().consume(e.key(), e.movements().toJavaList());
        return new EffectOutcome.RecordStockConsumed(e.key(), e.packageId());
    }

    @Override
    public EffectOutcome visit(PendingEffect.PurchaseLabel e) {
        return labelOutcome(e, ports.carrier().purchaseLabel(labelRequest(order, e)));
    }

    /** The carrier's answer to a label purchase as the order records it, the same whoever asked. */
    static EffectOutcome labelOutcome(PendingEffect.PurchaseLabel e, LabelResult result) {
        return result.fold(
                label -> new EffectOutcome.RecordLabel(e.key(), e.packageId(), label.carrier(), label.labelId(),
                        label.trackingNumber(), label.cost()),
                refused -> new EffectOutcome.RecordLabelRefused(e.key(), e.packageId(), refused.reason()));
    }

    @Override
    public EffectOutcome visit(PendingEffect.VoidLabel e) {
        ports.carrier().voidLabel(e.key(), e.labelId());
        return new EffectOutcome.RecordLabelVoided(e.key(), e.packageId());
    }

    @Override
    public EffectOutcome visit(PendingEffect.PurchaseReturnLabel e) {
        LabelResult result = ports.carrier().purchaseReturnLabel(new ReturnLabelRequest(e.key(), id, e.returnId(), order.shipTo(),
                e.returnTo(), e.service(), e.units()));
        return result.fold(label -> new EffectOutcome.RecordReturnLabel(e.key(), e.returnId(), label),
                refused -> new EffectOutcome.RecordReturnLabelRefused(e.key(), e.returnId(), refused.reason()));
    }

    @Override
    public EffectOutcome visit(PendingEffect.VoidReturnLabel e) {
        ports.carrier().voidLabel(e.key(), e.labelId());
        return new EffectOutcome.RecordReturnLabelVoided(e.key(), e.returnId());
    }

    // Each port's either-or answer is folded here, once, into one of two outcomes the decider handles.

    @Override
    public EffectOutcome visit(PendingEffect.Authorize e) {
        AuthorizationResult result = ports.payments().authorize(new AuthorizationRequest(e.key(), id, e.method(), e.amount()));
        return result.fold(
                ok -> new EffectOutcome.RecordAuthorization(e.key(), e.amount(), ok.authorizationId(), ok.amount()),
                declined -> new EffectOutcome.RecordAuthorizationDeclined(e.key(), e.amount(), declined.reason()));
    }

    @Override
    public EffectOutcome visit(PendingEffect.Capture e) {
        CaptureResult result = ports.payments().capture(new CaptureRequest(e.key(), id, e.authorizationId(), e.amount()));
        return result.fold(
                ok -> new EffectOutcome.RecordCapture(e.key(), e.packageId(), e.authorizationId(), e.amount(),
                        ok.captureId()),
                declined -> new EffectOutcome.RecordCaptureDeclined(e.key(), e.packageId(), e.authorizationId(), e.amount(),
                        declined.reason()));
    }

    @Override
    public EffectOutcome visit(PendingEffect.Prepay e) {
        CaptureResult result = ports.payments().capture(new CaptureRequest(e.key(), id, e.authorizationId(), e.amount()));
        return result.fold(
                ok -> new EffectOutcome.RecordPrepayment(e.key(), e.authorizationId(), e.amount(), ok.captureId()),
                declined -> new EffectOutcome.RecordPrepaymentDeclined(e.key(), e.authorizationId(), e.amount(),
                        declined.reason()));
    }

    @Override
    public EffectOutcome visit(PendingEffect.Refund e) {
        RefundResult result = ports.payments().refund(new RefundRequest(e.key(), id, e.captureId(), e.amount()));
        return result.fold(
                ok -> new EffectOutcome.RecordRefund(e.key(), e.captureId(), e.amount(), ok.refundId()),
                declined -> new EffectOutcome.RecordRefundDeclined(e.key(), e.captureId(), e.amount(), declined.reason()));
    }

    @Override
    public EffectOutcome visit(PendingEffect.IssueStoreCredit e) {
        return StoreCreditCalls.issue(storeCredit, id, e);
    }

    @Override
    public EffectOutcome visit(PendingEffect.VoidAuthorization e) {
        ports.payments().voidAuthorization(new VoidRequest(e.key(), id, e.authorizationId(), e.amount()));
        return new EffectOutcome.RecordAuthorizationVoided(e.key(), e.authorizationId(), e.amount());
    }

    @Override
    public EffectOutcome visit(PendingEffect.RequestPurchase e) {
        suppliers.getOrElseThrow(() -> new IllegalStateException(
                "order " + id + " owes a purchase request but no supplier gateway was configured"))
                .requestPurchase(e.request());
        return new EffectOutcome.RecordPurchaseRequestSent(e.key(), e.request().purchaseId());
    }

    @Override
    public EffectOutcome visit(PendingEffect.SubmitFulfilment e) {
        fulfilment.getOrElseThrow(() -> new IllegalStateException(
                "order " + id + " owes a fulfilment request but no fulfilment service was configured"))
                .submit(e.request());
        return new EffectOutcome.RecordFulfilmentRequestSent(e.key(), e.request().requestId());
    }

    @Override
    public EffectOutcome visit(PendingEffect.ReserveRingFenced e) {
        ports.inventory().reserveRingFenced(e.key(), java.util.List.of(e.movement()));
        return new EffectOutcome.RecordRingFenceReserved(e.key(), e.receiptId());
    }

    @Override
    public EffectOutcome visit(PendingEffect.RestockReturned e) {
        ports.inventory().receive(e.key(), e.sku(), e.locationId(), e.quantity());
        return new EffectOutcome.RecordReturnRestocked(e.key());
    }

    /** Received ring-fenced, then reserved: no other order can take the units in between, and each call is keyed. */
    @Override
    public EffectOutcome visit(PendingEffect.ReturnVoidedStock e) {
        for (int i = 0; i < e.movements().size(); i++) {
            StockMovement m = e.movements().get(i);
            ports.inventory().receiveRingFenced(e.key() + ":in:" + i, m.sku(), m.locationId(), m.quantity());
        }
        ports.inventory().reserveRingFenced(e.key() + ":reserve", e.movements().toJavaList());
        return new EffectOutcome.RecordVoidedStockReturned(e.key(), e.packageId());
    }

    @Override
    public EffectOutcome visit(PendingEffect.Notify e) {
        ports.notifications().send(e.notification());
        return new EffectOutcome.RecordNotificationSent(e.key(), e.notification().key());
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.EffectEvent.*;
import dev.oms.spi.event.AllocationEvent.*;
import dev.oms.spi.event.ApprovalEvent;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.ExternalFulfilmentEvent.ExternalShipmentConfirmed;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRejected;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRequested;
import dev.oms.spi.event.FulfilmentEvent.*;
import dev.oms.spi.event.IndentEvent.*;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.*;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.ReturnEvent;
import dev.oms.spi.event.ReturnLabelEvent;
import dev.oms.spi.event.StoreCreditEvent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.WaitingEvent.*;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Applies one event to an order: one method per event type, so the compiler proves every event is
 * evolved. Unit moves go through {@link Line#move}, which refuses any move the transition table lacks.
 */
final class Evolver implements OrderEvent.Visitor<Order> {

    private final Order order;

    Evolver(Order order) {
        this.order = order;
    }

    @Override public Order visit(OrderPlaced e) {
        throw new IllegalStateException("order " + order.id() + " was already placed");
    }

    // Allocation
    @Override public Order visit(UnitsAllocated e) {
        Order moved = UnitMoves.move(order, e, e.lineId(), Slot.of(Bucket.PENDING), Slot.at(Bucket.ALLOCATED, e.locationId()), e.quantity());
        Option<List<Reservation>> remaining = order.reservationInFlight().map(list -> list.filter(
                r -> !(r.lineId().equals(e.lineId()) && r.locationId().equals(e.locationId()))));
        // Untracked units are allocated without a reservation: they settle no reservation attempt.
        boolean reserved = order.line(e.lineId()).get().stockTracked();
        return moved.copy()
                .withReservationInFlight(remaining.filter(r -> !r.isEmpty()))
                .withLastShortfalls(reserved ? List.empty() : order.lastShortfalls());
    }

    /** Back to pending; the reservation (if the line's stock is tracked) is owed back like a cancellation's, and the location is not used again. */
    @Override public Order visit(UnitsDeallocated e) {
        Order moved = UnitMoves.move(order, e, e.lineId(), Slot.at(Bucket.ALLOCATED, e.locationId()), Slot.of(Bucket.PENDING), e.quantity());
        return UnitMoves.oweRelease(moved.copy().withFailedLocations(moved.failedLocations().add(e.locationId())),
                e.rerouteId(), e.lineId(), e.locationId(), e.quantity());
    }

    /** Back to pending; the reservation the adjustment left beyond on hand is owed back; the location stays open. */
    @Override public Order visit(UnitsLost e) {
        Order moved = UnitMoves.move(order, e, e.lineId(), Slot.at(Bucket.ALLOCATED, e.locationId()), Slot.of(Bucket.PENDING), e.quantity());
        return UnitMoves.oweRelease(moved, e.lossId(), e.lineId(), e.locationId(), e.quantity());
    }

    @Override public Order visit(DropshipAllocated e) { return UnitMoves.dropshipped(order, e); }
    @Override public Order visit(AllocationMoveRequested e) { return AllocationMoves.requested(order, e); }
    @Override public Order visit(AllocationMoved e) { return AllocationMoves.moved(order, e); }
    @Override public Order visit(AllocationMoveRefused e) { return AllocationMoves.refused(order, e); }

    @Override public Order visit(ReservationFailed e) {
        return order.copy().withReservationInFlight(Option.none()).withLastShortfalls(List.ofAll(e.shortfalls()));
    }

    // Waiting
    @Override public Order visit(UnitsPreordered e) {
        Order moved = UnitMoves.move(order, e, e.lineId(), Slot.of(Bucket.PENDING), Slot.of(Bucket.PREORDERED), e.quantity());
        return moved.copy().withPreorderReleases(moved.preorderReleases().put(e.lineId(), e.releasesAt()));
    }

    @Override public Order visit(UnitsBackordered e) {
        Order moved = UnitMoves.move(order, e, e.lineId(), Slot.of(Bucket.PENDING), Slot.of(Bucket.BACKORDERED), e.quantity());
        // The line's backordered units wait where the newest backorder of it says: one place per line.
        return moved.copy().withBackorderLocations(e.waitsAt().map(at -> moved.backorderLocations().put(e.lineId(), at))
                .orElseGet(() -> moved.backorderLocations().remove(e.lineId())));
    }

    @Override public Order visit(WaitingUnitsFilled e) {
        return UnitMoves.move(order, e, e.lineId(), Slot.of(e.from()), Slot.of(Bucket.PENDING), e.quantity());
    }

    @Override public Order visit(ReleaseFellShort e) { return order; }

    @Override public Order visit(ReleaseDateMoved e) {
        if (!order.preorderReleases().get(e.lineId()).contains(e.from())) {
            throw new IllegalStateException("line " + e.lineId() + " was not due for release at " + e.from());
        }
        return order.copy().withPreorderReleases(order.preorderReleases().put(e.lineId(), e.to()));
    }

    // Indent
    @Override public Order visit(PurchaseRequested e) { return IndentMoves.requested(order, e); }
    @Override public Order visit(SupplierConfirmed e) { return IndentMoves.confirmed(order, e); }
    @Override public Order visit(SupplierRejected e) { return IndentMoves.rejected(order, e); }
    @Override public Order visit(SupplierShortfallSettled e) { return IndentMoves.shortfallSettled(order, e); }
    @Override public Order visit(PurchaseGoodsReceived e) { return IndentMoves.received(order, e); }

    // Payment
    /** The authorisation, and when it was granted: the time its lapse is counted from. */
    @Override public Order visit(PaymentAuthorized e) {
        return order.copy()
                .withPayment(order.payment().authorized(e.authorizationId(), e.amount()))
                .withAuthorizedAt(order.authorizedAt().put(e.authorizationId(), e.authorizedAt()));
    }

    @Override public Order visit(PaymentDeclined e) {
        boolean atAuthorization = e.stage() == PaymentEvent.PaymentStage.AUTHORIZATION;
        return order.copy().withPayment(order.payment().declined(e.reason(), atAuthorization));
    }

    @Override public Order visit(PaymentRetryRequested e) {
        return order.copy().withPayment(order.payment().retried(e.paymentMethod()));
    }

    @Override public Order visit(PaymentCaptured e) {
        return order.copy().withPayment(order.payment()
                .captured(new Capture(e.packageId(), e.authorizationId(), e.captureId(), e.amount())));
    }

    @Override public Order visit(AuthorizationLapsed e) {
        return order.copy().withPayment(order.payment().voided(e.authorizationId(), e.amount()));
    }

    @Override public Order visit(AuthorizationVoided e) {
        return order.copy().withPayment(order.payment().voided(e.authorizationId(), e.amount()));
    }

    @Override public Order visit(PreorderPrepaid e) { return Prepaying.prepaid(order, e); }
    /** A voided shipment's refund, or else a prepayment's. */
    @Override public Order visit(PaymentRefunded e) { return ShipmentVoids.refunded(order, e).getOrElse(() -> Prepaying.refunded(order, e)); }
    @Override public Order visit(RefundDeclined e) { return Prepaying.refundDeclined(order, e); }

    @Override public Order visit(CashCollected e) {
        return order.copy().withPayment(order.payment().cashCollected(e.packageId(), e.amount()));
    }

    // Fulfilment
    @Override public Order visit(PickListCreated e) { return FulfilmentMoves.listed(order, e); }
    @Override public Order visit(PickListPicked e) { return FulfilmentMoves.picked(order, e); }
    @Override public Order visit(PickListVoided e) { return FulfilmentMoves.voided(order, e); }

    @Override public Order visit(PackagePacked e) { return FulfilmentMoves.packed(order, e); }

    @Override public Order visit(LabelPurchased e) {
        return UnitMoves.withPackage(order, e.packageId(),
                p -> p.withLabel(new OrderPackage.Label(e.carrier(), e.labelId(), e.trackingNumber())));
    }

    @Override public Order visit(LabelRefused e) {
        return UnitMoves.withPackage(order, e.packageId(), p -> p.labelRefused(e.reason()));
    }

    @Override public Order visit(LabelVoided e) {
        return UnitMoves.withPackage(order, e.packageId(), OrderPackage::markLabelVoided);
    }

    @Override public Order visit(PackageOpened e) { return FulfilmentMoves.opened(order, e); }

    @Override public Order visit(PackageShipped e) { return FulfilmentMoves.shipped(order, e); }

    @Override public Order visit(PackageDelivered e) { return FulfilmentMoves.delivered(order, e); }
    @Override public Order visit(dev.oms.spi.event.TrackingEvent.PackageTracked e) { return FulfilmentMoves.tracked(order, e); }
    @Override public Order visit(dev.oms.spi.event.ShipmentVoidEvent.ShipmentVoided e) { return ShipmentVoids.voided(order, e); }
    @Override public Order visit(dev.oms.spi.event.ShipmentVoidEvent.VoidedStockReturned e) { return ShipmentVoids.stockReturned(order, e); }

    // External fulfilment
    @Override public Order visit(FulfilmentRequested e) { return ExternalFulfilmentMoves.requested(order, e); }
    @Override public Order visit(ExternalShipmentConfirmed e) { return ExternalFulfilmentMoves.shipped(order, e); }
    @Override public Order visit(FulfilmentRejected e) { return ExternalFulfilmentMoves.rejected(order, e); }

    // Cancellation
    @Override public Order visit(UnitsCancelled e) {
        Slot from = new Slot(e.from(), Option.ofOptional(e.locationId()));
        Order moved = UnitMoves.move(order, e, e.lineId(), from, Slot.of(Bucket.CANCELLED), e.quantity());
        Order counted = Prepaying.refundExcess(
                moved.copy().withCancellationIds(order.cancellationIds().add(e.cancellationId())), e.lineId());
        return Transitions.heldAtLocation(e.from())
                ? UnitMoves.oweRelease(counted, e.cancellationId(), e.lineId(), e.locationId().get(), e.quantity()) : counted;
    }
    @Override public Order visit(dev.oms.spi.event.CancellationEvent.OrderReopened e) { return UnitMoves.reopened(order, e); }

    // Approval: a rejection closes every hold; the units it cancels follow as their own events.
    @Override public Order visit(ApprovalEvent.ApprovalHoldPlaced e) { return approvals(order.approvals().placed(e.reason(), e.note())); }
    @Override public Order visit(ApprovalEvent.ApprovalHoldReleased e) { return approvals(order.approvals().released(e.reason())); }
    @Override public Order visit(ApprovalEvent.ApprovalHoldRejected e) { return approvals(ApprovalHolds.NONE); }

    // Returns and claims: no unit moves until units are received back, or given up under a claim.
    @Override public Order visit(dev.oms.spi.event.ClaimEvent.ClaimSettled e) { return ReturnMoves.claimed(order, e); }
    @Override public Order visit(dev.oms.spi.event.ClaimEvent.ClaimRefunded e) { return order.copy().withReturns(order.returns().claimRefunded(e)); }
    @Override public Order visit(dev.oms.spi.event.ClaimEvent.ReplacementAdded e) { return ReturnMoves.replacementAdded(order, e); }
    @Override public Order visit(ReturnEvent.ReturnReceived e) { return ReturnMoves.received(order, e); }
    @Override public Order visit(dev.oms.spi.event.EditEvent.OrderEdited e) { return EditMoves.edited(order, e); }
    @Override public Order visit(dev.oms.spi.event.ExchangeEvent e) { return e.accept(new ExchangeMoves(order)); }
    @Override public Order visit(dev.oms.spi.event.ReleaseEvent e) {
        return order.copy().withPayment(order.payment().release(e.authorizationId(), e.release(), e.amount(),
                e instanceof dev.oms.spi.event.ReleaseEvent.AuthorizationReleased));
    }
    @Override public Order visit(ReturnEvent.ReturnRefunded e) { return order.copy().withReturns(order.returns().refunded(e)); }
    @Override public Order visit(ReturnEvent.ReturnedUnitsRestocked e) { return order.copy().withReturns(order.returns().restocked(e)); }
    @Override public Order visit(ReturnEvent.ReturnRequested e) { return order.copy().withReturns(order.returns().requested(e)); }

    // Store credit: owed with its receipt or claim; a decline holds the payment until a retry, as a declined refund does.
    @Override public Order visit(StoreCreditEvent.StoreCreditOwed e) { return credits(order.returns().credits().owed(e)); }
    @Override public Order visit(StoreCreditEvent.StoreCreditIssued e) { return credits(order.returns().credits().issued(e)); }
    @Override public Order visit(StoreCreditEvent.StoreCreditDeclined e) {
        return order.copy().withPayment(order.payment().declined("store credit " + e.credit() + " declined: " + e.reason(), false));
    }

    private Order credits(StoreCredits next) {
        return order.copy().withReturns(order.returns().credits(next));
    }
    @Override public Order visit(ReturnEvent.ReturnApproved e) { return order.copy().withReturns(order.returns().approved(e.returnId())); }
    @Override public Order visit(ReturnEvent.ReturnRejected e) { return order.copy().withReturns(order.returns().rejected(e.returnId())); }
    @Override public Order visit(ReturnLabelEvent.ReturnLabelRequested e) { return ReturnLabelMoves.requested(order, e); }
    @Override public Order visit(ReturnLabelEvent.ReturnLabelIssued e) { return ReturnLabelMoves.issued(order, e); }
    @Override public Order visit(ReturnLabelEvent.ReturnLabelRefused e) { return ReturnLabelMoves.refused(order, e); }
    @Override public Order visit(ReturnLabelEvent.ReturnLabelVoided e) { return ReturnLabelMoves.voided(order, e); }

    private Order approvals(ApprovalHolds holds) { return order.copy().withApprovals(holds); }

    // Effect bookkeeping
    @Override public Order visit(ReservationRequested e) {
        return order.copy()
                .withReservationInFlight(Option.some(List.ofAll(e.reservations())))
                .withReservationAttempts(e.attempt());
    }

    @Override public Order visit(AuthorizationRequested e) {
        return order.copy().withPayment(order.payment().authorizationRequested(e.amount()));
    }

    @Override public Order visit(PrepaymentRequested e) {
        return Prepaying.requested(order, e);
    }

    @Override public Order visit(PurchaseRequestSent e) {
        return UnitMoves.withPurchase(order, e.purchaseId(), Purchase::markSent);
    }

    @Override public Order visit(FulfilmentRequestSent e) { return ExternalFulfilmentMoves.sent(order, e); }

    @Override public Order visit(RingFenceReserved e) {
        if (!order.ringFencesOwed().containsKey(e.receiptId())) {
            throw new IllegalStateException("no ring-fence owed for " + e.receiptId());
        }
        return order.copy().withRingFencesOwed(order.ringFencesOwed().remove(e.receiptId()));
    }

    @Override public Order visit(LabelRequested e) {
        return UnitMoves.withPackage(order, e.packageId(), p -> p.labelAskedFor(e.service()));
    }

    @Override public Order visit(StockConsumed e) {
        return UnitMoves.withPackage(order, e.packageId(), OrderPackage::markStockConsumed);
    }

    @Override public Order visit(StockReleased e) {
        if (!order.releasesOwed().containsKey(e.cancellationId())) {
            throw new IllegalStateException("no release owed for " + e.cancellationId());
        }
        return order.copy().withReleasesOwed(order.releasesOwed().remove(e.cancellationId()));
    }

    @Override public Order visit(NotificationSent e) {
        if (!order.notificationsOwed().containsKey(e.notificationKey())) {
            throw new IllegalStateException("no notification owed under " + e.notificationKey());
        }
        return order.copy()
                .withNotificationsOwed(order.notificationsOwed().remove(e.notificationKey()))
                .withNotificationsSent(order.notificationsSent().add(e.notificationKey()));
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.AllocationEvent.*;
import dev.oms.spi.event.WaitingEvent.*;
import dev.oms.spi.event.IndentEvent.*;
import dev.oms.spi.event.PaymentEvent.*;
import dev.oms.spi.event.FulfilmentEvent.*;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.ApprovalEvent.*;
import dev.oms.spi.event.EffectEvent.*;

/**
 * Something that happened to an order, in the past tense. Events carry enough detail for an audit trail
 * and to rebuild the order's state by replay; they are immutable and validated on construction.
 *
 * <p>Events come in sealed families, one file each: {@link PlacementEvent}, {@link AllocationEvent},
 * {@link WaitingEvent}, {@link IndentEvent}, {@link PaymentEvent}, {@link FulfilmentEvent},
 * {@link ExternalFulfilmentEvent}, {@link CancellationEvent}, {@link ApprovalEvent}, {@link ReturnEvent}, {@link ClaimEvent}, {@link TrackingEvent}, {@link EditEvent}, {@link StoreCreditEvent}, {@link ShipmentVoidEvent}, {@link ExchangeEvent}, {@link ReleaseEvent} and {@link ReturnLabelEvent} are business facts; {@link EffectEvent} is the bookkeeping of calls to ports,
 * which a listener following the business may ignore. {@link #accept(Visitor)} dispatches on the exact
 * event type, and the compiler checks that a {@link Visitor} handles every one.
 */
public sealed interface OrderEvent
        permits PlacementEvent, AllocationEvent, WaitingEvent, IndentEvent, PaymentEvent, FulfilmentEvent, CancellationEvent, ApprovalEvent,
                ExternalFulfilmentEvent, ReturnEvent, ClaimEvent, TrackingEvent, EditEvent, StoreCreditEvent, ShipmentVoidEvent, ExchangeEvent,
                ReleaseEvent, ReturnLabelEvent, EffectEvent {

    /**
     * Calls the visitor method for this event's type.
     *
     * @param <R> what handling an event yields
     * @param visitor the handler
     * @return what the visitor's method for this event returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per event type: implementing it is the compile-time proof that every event is handled.
     *
     * @param <R> what handling an event yields
     */
    interface Visitor<R> {
        // PlacementEvent
        /** {@return what handling {@link OrderPlaced} yields}
         * @param event the event to handle */
        R visit(OrderPlaced event);
        // AllocationEvent
        /** {@return what handling {@link ReservationFailed} yields}
         * @param event the event to handle */
        R visit(ReservationFailed event);
        /** {@return what handling {@link UnitsAllocated} yields}
         * @param event the event to handle */
        R visit(UnitsAllocated event);
        /** {@return what handling {@link UnitsDeallocated} yields}
         * @param event the event to handle */
        R visit(UnitsDeallocated event);
        /** {@return what handling {@link UnitsLost} yields}
         * @param event the event to handle */
        R visit(UnitsLost event);
        /** {@return what handling {@link DropshipAllocated} yields}
         * @param event the event to handle */
        R visit(DropshipAllocated event);
        /** {@return what handling {@link AllocationMoveRequested} yields}
         * @param event the event to handle */
        R visit(AllocationMoveRequested event);
        /** {@return what handling {@link AllocationMoved} yields}
         * @param event the event to handle */
        R visit(AllocationMoved event);
        /** {@return what handling {@link AllocationMoveRefused} yields}
         * @param event the event to handle */
        R visit(AllocationMoveRefused event);
        // WaitingEvent
        /** {@return what handling {@link UnitsPreordered} yields}
         * @param event the event to handle */
        R visit(UnitsPreordered event);
        /** {@return what handling {@link UnitsBackordered} yields}
         * @param event the event to handle */
        R visit(UnitsBackordered event);
        /** {@return what handling {@link WaitingUnitsFilled} yields}
         * @param event the event to handle */
        R visit(WaitingUnitsFilled event);
        /** {@return what handling {@link ReleaseFellShort} yields}
         * @param event the event to handle */
        R visit(ReleaseFellShort event);
        /** {@return what handling {@link ReleaseDateMoved} yields}
         * @param event the event to handle */
        R visit(ReleaseDateMoved event);
        // IndentEvent
        /** {@return what handling {@link PurchaseRequested} yields}
         * @param event the event to handle */
        R visit(PurchaseRequested event);
        /** {@return what handling {@link SupplierConfirmed} yields}
         * @param event the event to handle */
        R visit(SupplierConfirmed event);
        /** {@return what handling {@link SupplierRejected} yields}
         * @param event the event to handle */
        R visit(SupplierRejected event);
        /** {@return what handling {@link SupplierShortfallSettled} yields}
         * @param event the event to handle */
        R visit(SupplierShortfallSettled event);
        /** {@return what handling {@link PurchaseGoodsReceived} yields}
         * @param event the event to handle */
        R visit(PurchaseGoodsReceived event);
        // PaymentEvent
        /** {@return what handling {@link PaymentAuthorized} yields}
         * @param event the event to handle */
        R visit(PaymentAuthorized event);
        /** {@return what handling {@link PaymentDeclined} yields}
         * @param event the event to handle */
        R visit(PaymentDeclined event);
        /** {@return what handling {@link PaymentRetryRequested} yields}
         * @param event the event to handle */
        R visit(PaymentRetryRequested event);
        /** {@return what handling {@link PaymentCaptured} yields}
         * @param event the event to handle */
        R visit(PaymentCaptured event);
        /** {@return what handling {@link AuthorizationLapsed} yields}
         * @param event the event to handle */
        R visit(AuthorizationLapsed event);
        /** {@return what handling {@link AuthorizationVoided} yields}
         * @param event the event to handle */
        R visit(AuthorizationVoided event);
        /** {@return what handling {@link PreorderPrepaid} yields}
         * @param event the event to handle */
        R visit(PreorderPrepaid event);
        /** {@return what handling {@link PaymentRefunded} yields}
         * @param event the event to handle */
        R visit(PaymentRefunded event);
        /** {@return what handling {@link RefundDeclined} yields}
         * @param event the event to handle */
        R visit(RefundDeclined event);
        /** {@return what handling {@link CashCollected} yields}
         * @param event the event to handle */
        R visit(CashCollected event);
        // FulfilmentEvent
        /** {@return what handling {@link PickListCreated} yields}
         * @param event the event to handle */
        R visit(PickListCreated event);
        /** {@return what handling {@link PickListPicked} yields}
         * @param event the event to handle */
        R visit(PickListPicked event);
        /** {@return what handling {@link PickListVoided} yields}
         * @param event the event to handle */
        R visit(PickListVoided event);
        /** {@return what handling {@link PackagePacked} yields}
         * @param event the event to handle */
        R visit(PackagePacked event);
        /** {@return what handling {@link LabelPurchased} yields}
         * @param event the event to handle */
        R visit(LabelPurchased event);
        /** {@return what handling {@link LabelRefused} yields}
         * @param event the event to handle */
        R visit(LabelRefused event);
        /** {@return what handling {@link LabelVoided} yields}
         * @param event the event to handle */
        R visit(LabelVoided event);
        /** {@return what handling {@link PackageOpened} yields}
         * @param event the event to handle */
        R visit(PackageOpened event);
        /** {@return what handling {@link PackageShipped} yields}
         * @param event the event to handle */
        R visit(PackageShipped event);
        /** {@return what handling {@link PackageDelivered} yields}
         * @param event the event to handle */
        R visit(PackageDelivered event);
        // ExternalFulfilmentEvent
        /** {@return what handling {@link ExternalFulfilmentEvent.FulfilmentRequested} yields}
         * @param event the event to handle */
        R visit(ExternalFulfilmentEvent.FulfilmentRequested event);
        /** {@return what handling {@link ExternalFulfilmentEvent.ExternalShipmentConfirmed} yields}
         * @param event the event to handle */
        R visit(ExternalFulfilmentEvent.ExternalShipmentConfirmed event);
        /** {@return what handling {@link ExternalFulfilmentEvent.FulfilmentRejected} yields}
         * @param event the event to handle */
        R visit(ExternalFulfilmentEvent.FulfilmentRejected event);
        // CancellationEvent
        /** {@return what handling {@link UnitsCancelled} yields}
         * @param event the event to handle */
        R visit(UnitsCancelled event);
        /** {@return what handling {@link CancellationEvent.OrderReopened} yields}
         * @param event the event to handle */
        R visit(CancellationEvent.OrderReopened event);
        // ApprovalEvent
        /** {@return what handling {@link ApprovalHoldPlaced} yields}
         * @param event the event to handle */
        R visit(ApprovalHoldPlaced event);
        /** {@return what handling {@link ApprovalHoldReleased} yields}
         * @param event the event to handle */
        R visit(ApprovalHoldReleased event);
        /** {@return what handling {@link ApprovalHoldRejected} yields}
         * @param event the event to handle */
        R visit(ApprovalHoldRejected event);
        // ReturnEvent
        /** {@return what handling {@link ReturnEvent.ReturnRequested} yields}
         * @param event the event to handle */
        R visit(ReturnEvent.ReturnRequested event);
        /** {@return what handling {@link ReturnEvent.ReturnApproved} yields}
         * @param event the event to handle */
        R visit(ReturnEvent.ReturnApproved event);
        /** {@return what handling {@link ReturnEvent.ReturnRejected} yields}
         * @param event the event to handle */
        R visit(ReturnEvent.ReturnRejected event);
        /** {@return what handling {@link ReturnEvent.ReturnReceived} yields}
         * @param event the event to handle */
        R visit(ReturnEvent.ReturnReceived event);
        /** {@return what handling {@link ReturnEvent.ReturnRefunded} yields}
         * @param event the event to handle */
        R visit(ReturnEvent.ReturnRefunded event);
        /** {@return what handling {@link ReturnEvent.ReturnedUnitsRestocked} yields}
         * @param event the event to handle */
        R visit(ReturnEvent.ReturnedUnitsRestocked event);
        // ClaimEvent
        /** {@return what handling {@link ClaimEvent.ClaimSettled} yields}
         * @param event the event to handle */
        R visit(ClaimEvent.ClaimSettled event);
        /** {@return what handling {@link ClaimEvent.ClaimRefunded} yields}
         * @param event the event to handle */
        R visit(ClaimEvent.ClaimRefunded event);
        /** {@return what handling {@link ClaimEvent.ReplacementAdded} yields}
         * @param event the event to handle */
        R visit(ClaimEvent.ReplacementAdded event);
        /** {@return what handling {@link TrackingEvent.PackageTracked} yields}
         * @param event the event to handle */
        R visit(TrackingEvent.PackageTracked event);
        /** {@return what handling {@link EditEvent.OrderEdited} yields}
         * @param event the event to handle */
        R visit(EditEvent.OrderEdited event);
        /** {@return what handling {@link StoreCreditEvent.StoreCreditOwed} yields}
         * @param event the event to handle */
        R visit(StoreCreditEvent.StoreCreditOwed event);
        /** {@return what handling {@link StoreCreditEvent.StoreCreditIssued} yields}
         * @param event the event to handle */
        R visit(StoreCreditEvent.StoreCreditIssued event);
        /** {@return what handling {@link StoreCreditEvent.StoreCreditDeclined} yields}
         * @param event the event to handle */
        R visit(StoreCreditEvent.StoreCreditDeclined event);
        /** {@return what handling {@link ShipmentVoidEvent.ShipmentVoided} yields}
         * @param event the event to handle */
        R visit(ShipmentVoidEvent.ShipmentVoided event);
        /** {@return what handling {@link ShipmentVoidEvent.VoidedStockReturned} yields}
         * @param event the event to handle */
        R visit(ShipmentVoidEvent.VoidedStockReturned event);
        /** {@return what handling an {@link ExchangeEvent} yields: its family's {@link ExchangeEvent.Visitor} tells them apart}
         * @param event the event to handle */
        R visit(ExchangeEvent event);
        /** {@return what handling a {@link ReleaseEvent} yields: its family's {@link ReleaseEvent.Visitor} tells them apart}
         * @param event the event to handle */
        R visit(ReleaseEvent event);
        /** {@return what handling {@link ReturnLabelEvent.ReturnLabelRequested} yields}
         * @param event the event to handle */
        R visit(ReturnLabelEvent.ReturnLabelRequested event);
        /** {@return what handling {@link ReturnLabelEvent.ReturnLabelIssued} yields}
         * @param event the event to handle */
        R visit(ReturnLabelEvent.ReturnLabelIssued event);
        /** {@return what handling {@link ReturnLabelEvent.ReturnLabelRefused} yields}
         * @param event the event to handle */
        R visit(ReturnLabelEvent.ReturnLabelRefused event);
        /** {@return what handling {@link ReturnLabelEvent.ReturnLabelVoided} yields}
         * @param event the event to handle */
        R visit(ReturnLabelEvent.ReturnLabelVoided event);
        // EffectEvent
        /** {@return what handling {@link ReservationRequested} yields}
         * @param event the event to handle */
        R visit(ReservationRequested event);
        /** {@return what handling {@link AuthorizationRequested} yields}
         * @param event the event to handle */
        R visit(AuthorizationRequested event);
        /** {@return what handling {@link PrepaymentRequested} yields}
         * @param event the event to handle */
        R visit(PrepaymentRequested event);
        /** {@return what handling {@link PurchaseRequestSent} yields}
         * @param event the event to handle */
        R visit(PurchaseRequestSent event);
        /** {@return what handling {@link EffectEvent.FulfilmentRequestSent} yields}
         * @param event the event to handle */
        R visit(EffectEvent.FulfilmentRequestSent event);
        /** {@return what handling {@link RingFenceReserved} yields}
         * @param event the event to handle */
        R visit(RingFenceReserved event);
        /** {@return what handling {@link LabelRequested} yields}
         * @param event the event to handle */
        R visit(LabelRequested event);
        /** {@return what handling {@link StockConsumed} yields}
         * @param event the event to handle */
        R visit(StockConsumed event);
        /** {@return what handling {@link StockReleased} yields}
         * @param event the event to handle */
        R visit(StockReleased event);
        /** {@return what handling {@link NotificationSent} yields}
         * @param event the event to handle */
        R visit(NotificationSent event);
    }
}

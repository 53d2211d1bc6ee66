// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.AllocationEvent.DropshipAllocated;
import dev.oms.spi.event.AllocationEvent.ReservationFailed;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.AllocationEvent.UnitsDeallocated;
import dev.oms.spi.event.AllocationEvent.UnitsLost;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRefused;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRequested;
import dev.oms.spi.event.AllocationEvent.AllocationMoved;
import dev.oms.spi.event.ApprovalEvent.ApprovalHoldPlaced;
import dev.oms.spi.event.EffectEvent.FulfilmentRequestSent;
import dev.oms.spi.event.ExternalFulfilmentEvent.ExternalShipmentConfirmed;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRejected;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRequested;
import dev.oms.spi.event.ApprovalEvent.ApprovalHoldRejected;
import dev.oms.spi.event.ApprovalEvent.ApprovalHoldReleased;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.EffectEvent.AuthorizationRequested;
import dev.oms.spi.event.EffectEvent.LabelRequested;
import dev.oms.spi.event.EffectEvent.NotificationSent;
import dev.oms.spi.event.EffectEvent.PrepaymentRequested;
import dev.oms.spi.event.EffectEvent.PurchaseRequestSent;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.EffectEvent.RingFenceReserved;
import dev.oms.spi.event.EffectEvent.StockConsumed;
import dev.oms.spi.event.EffectEvent.StockReleased;
import dev.oms.spi.event.FulfilmentEvent.LabelPurchased;
import dev.oms.spi.event.FulfilmentEvent.LabelRefused;
import dev.oms.spi.event.FulfilmentEvent.LabelVoided;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.event.FulfilmentEvent.PackageOpened;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.FulfilmentEvent.PickListCreated;
import dev.oms.spi.event.FulfilmentEvent.PickListPicked;
import dev.oms.spi.event.FulfilmentEvent.PickListVoided;
import dev.oms.spi.event.IndentEvent.PurchaseGoodsReceived;
import dev.oms.spi.event.IndentEvent.PurchaseRequested;
import dev.oms.spi.event.IndentEvent.SupplierConfirmed;
import dev.oms.spi.event.IndentEvent.SupplierRejected;
import dev.oms.spi.event.IndentEvent.SupplierShortfallSettled;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent;
import dev.oms.spi.event.PaymentEvent.AuthorizationLapsed;
import dev.oms.spi.event.PaymentEvent.AuthorizationVoided;
import dev.oms.spi.event.PaymentEvent.CashCollected;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PaymentEvent.PaymentCaptured;
import dev.oms.spi.event.PaymentEvent.PaymentDeclined;
import dev.oms.spi.event.PaymentEvent.PaymentRefunded;
import dev.oms.spi.event.PaymentEvent.PaymentRetryRequested;
import dev.oms.spi.event.PaymentEvent.PreorderPrepaid;
import dev.oms.spi.event.PaymentEvent.RefundDeclined;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.WaitingEvent.ReleaseFellShort;
import dev.oms.spi.event.WaitingEvent.ReleaseDateMoved;
import dev.oms.spi.event.WaitingEvent.UnitsBackordered;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.event.WaitingEvent.WaitingUnitsFilled;

/**
 * Encodes each kind of {@link OrderEvent} with its family's codec. A visitor, so an event kind added to the
 * SPI without a stored form does not compile.
 */
final class EventEncoder implements OrderEvent.Visitor<ObjectNode> {
    static final EventEncoder INSTANCE = new EventEncoder();

    private EventEncoder() {}

    @Override public ObjectNode visit(OrderPlaced event) { return PlacementEventCodec.encode(event); }
    @Override public ObjectNode visit(ReservationFailed event) { return AllocationEventCodec.encode(event); }
    @Override public ObjectNode visit(UnitsAllocated event) { return AllocationEventCodec.encode(event); }
    @Override public ObjectNode visit(UnitsDeallocated event) { return AllocationEventCodec.encode(event); }
    @Override public ObjectNode visit(UnitsLost event) { return AllocationEventCodec.encode(event); }
    @Override public ObjectNode visit(DropshipAllocated event) { return AllocationEventCodec.encode(event); }
    @Override public ObjectNode visit(AllocationMoveRequested event) { return AllocationEventCodec.encode(event); }
    @Override public ObjectNode visit(AllocationMoved event) { return AllocationEventCodec.encode(event); }
    @Override public ObjectNode visit(AllocationMoveRefused event) { return AllocationEventCodec.encode(event); }
    @Override public ObjectNode visit(UnitsPreordered event) { return WaitingEventCodec.encode(event); }
    @Override public ObjectNode visit(UnitsBackordered event) { return WaitingEventCodec.encode(event); }
    @Override public ObjectNode visit(WaitingUnitsFilled event) { return WaitingEventCodec.encode(event); }
    @Override public ObjectNode visit(ReleaseFellShort event) { return WaitingEventCodec.encode(event); }
    @Override public ObjectNode visit(ReleaseDateMoved event) { return WaitingEventCodec.encode(event); }
    @Override public ObjectNode visit(PurchaseRequested event) { return IndentEventCodec.encode(event); }
    @Override public ObjectNode visit(SupplierConfirmed event) { return IndentEventCodec.encode(event); }
    @Override public ObjectNode visit(SupplierRejected event) { return IndentEventCodec.encode(event); }
    @Override public ObjectNode visit(SupplierShortfallSettled event) { return IndentEventCodec.encode(event); }
    @Override public ObjectNode visit(PurchaseGoodsReceived event) { return IndentEventCodec.encode(event); }
    @Override public ObjectNode visit(PaymentAuthorized event) { return PaymentEventCodec.encode(event); }
    @Override public ObjectNode visit(PaymentDeclined event) { return PaymentEventCodec.encode(event); }
    @Override public ObjectNode visit(PaymentRetryRequested event) { return PaymentEventCodec.encode(event); }
    @Override public ObjectNode visit(PaymentCaptured event) { return PaymentEventCodec.encode(event); }
    @Override public ObjectNode visit(AuthorizationLapsed event) { return PaymentEventCodec.encode(event); }
    @Override public ObjectNode visit(AuthorizationVoided event) { return PaymentEventCodec.encode(event); }
    @Override public ObjectNode visit(PreorderPrepaid event) { return PaymentEventCodec.encode(event); }
    @Override public ObjectNode visit(PaymentRefunded event) { return PaymentEventCodec.encode(event); }
    @Override public ObjectNode visit(RefundDeclined event) { return PaymentEventCodec.encode(event); }
    @Override public ObjectNode visit(CashCollected event) { return PaymentEventCodec.encode(event); }
    @Override public ObjectNode visit(PickListCreated event) { return FulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(PickListPicked event) { return FulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(PickListVoided event) { return FulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(PackagePacked event) { return FulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(LabelPurchased event) { return FulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(LabelRefused event) { return FulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(LabelVoided event) { return FulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(PackageOpened event) { return FulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(PackageShipped event) { return FulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(PackageDelivered event) { return FulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(UnitsCancelled event) { return CancellationEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.CancellationEvent.OrderReopened event) { return CancellationEventCodec.encode(event); }
    @Override public ObjectNode visit(ApprovalHoldPlaced event) { return ApprovalEventCodec.encode(event); }
    @Override public ObjectNode visit(ApprovalHoldReleased event) { return ApprovalEventCodec.encode(event); }
    @Override public ObjectNode visit(ApprovalHoldRejected event) { return ApprovalEventCodec.encode(event); }
    @Override public ObjectNode visit(ReturnEvent.ReturnRequested event) { return ReturnEventCodec.encode(event); }
    @Override public ObjectNode visit(ReturnEvent.ReturnApproved event) { return ReturnEventCodec.encode(event); }
    @Override public ObjectNode visit(ReturnEvent.ReturnRejected event) { return ReturnEventCodec.encode(event); }
    @Override public ObjectNode visit(ReturnEvent.ReturnReceived event) { return ReturnEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.ClaimEvent.ClaimSettled event) { return ClaimEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.ClaimEvent.ReplacementAdded event) { return ClaimEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.ClaimEvent.ClaimRefunded event) { return ClaimEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.EditEvent.OrderEdited event) { return EditEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.ExchangeEvent event) { return event.accept(ExchangeEventCodec.ENCODER); }
    @Override public ObjectNode visit(dev.oms.spi.event.ReleaseEvent event) { return ReleaseEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.TrackingEvent.PackageTracked event) { return TrackingEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.StoreCreditEvent.StoreCreditOwed event) { return StoreCreditEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.StoreCreditEvent.StoreCreditIssued event) { return StoreCreditEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.StoreCreditEvent.StoreCreditDeclined event) { return StoreCreditEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.ShipmentVoidEvent.ShipmentVoided event) { return ShipmentVoidEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.ShipmentVoidEvent.VoidedStockReturned event) { return ShipmentVoidEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.ReturnLabelEvent.ReturnLabelRequested event) { return ReturnLabelEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.ReturnLabelEvent.ReturnLabelIssued event) { return ReturnLabelEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.ReturnLabelEvent.ReturnLabelRefused event) { return ReturnLabelEventCodec.encode(event); }
    @Override public ObjectNode visit(dev.oms.spi.event.ReturnLabelEvent.ReturnLabelVoided event) { return ReturnLabelEventCodec.encode(event); }
    @Override public ObjectNode visit(ReturnEvent.ReturnRefunded event) { return ReturnEventCodec.encode(event); }
    @Override public ObjectNode visit(ReturnEvent.ReturnedUnitsRestocked event) { return ReturnEventCodec.encode(event); }
    @Override public ObjectNode visit(ReservationRequested event) { return EffectEventCodec.encode(event); }
    @Override public ObjectNode visit(AuthorizationRequested event) { return EffectEventCodec.encode(event); }
    @Override public ObjectNode visit(PrepaymentRequested event) { return EffectEventCodec.encode(event); }
    @Override public ObjectNode visit(PurchaseRequestSent event) { return EffectEventCodec.encode(event); }
    @Override public ObjectNode visit(FulfilmentRequestSent event) { return EffectEventCodec.encode(event); }
    @Override public ObjectNode visit(FulfilmentRequested event) { return ExternalFulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(ExternalShipmentConfirmed event) { return ExternalFulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(FulfilmentRejected event) { return ExternalFulfilmentEventCodec.encode(event); }
    @Override public ObjectNode visit(RingFenceReserved event) { return EffectEventCodec.encode(event); }
    @Override public ObjectNode visit(LabelRequested event) { return EffectEventCodec.encode(event); }
    @Override public ObjectNode visit(StockConsumed event) { return EffectEventCodec.encode(event); }
    @Override public ObjectNode visit(StockReleased event) { return EffectEventCodec.encode(event); }
    @Override public ObjectNode visit(NotificationSent event) { return EffectEventCodec.encode(event); }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.AllocationEvent.ReservationFailed;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.AllocationEvent.UnitsDeallocated;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.event.WaitingEvent.UnitsBackordered;
import dev.oms.spi.event.WaitingEvent.WaitingUnitsFilled;
import dev.oms.spi.event.WaitingEvent.ReleaseFellShort;
import dev.oms.spi.event.WaitingEvent.ReleaseDateMoved;
import dev.oms.spi.event.IndentEvent.PurchaseRequested;
import dev.oms.spi.event.IndentEvent.SupplierConfirmed;
import dev.oms.spi.event.IndentEvent.SupplierRejected;
import dev.oms.spi.event.IndentEvent.SupplierShortfallSettled;
import dev.oms.spi.event.IndentEvent.PurchaseGoodsReceived;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PaymentEvent.PaymentDeclined;
import dev.oms.spi.event.PaymentEvent.PaymentRetryRequested;
import dev.oms.spi.event.PaymentEvent.PaymentCaptured;
import dev.oms.spi.event.PaymentEvent.AuthorizationLapsed;
import dev.oms.spi.event.PaymentEvent.AuthorizationVoided;
import dev.oms.spi.event.PaymentEvent.PreorderPrepaid;
import dev.oms.spi.event.PaymentEvent.PaymentRefunded;
import dev.oms.spi.event.PaymentEvent.RefundDeclined;
import dev.oms.spi.event.PaymentEvent.CashCollected;
import dev.oms.spi.event.FulfilmentEvent.PickListCreated;
import dev.oms.spi.event.FulfilmentEvent.PickListPicked;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.event.FulfilmentEvent.LabelPurchased;
import dev.oms.spi.event.FulfilmentEvent.LabelRefused;
import dev.oms.spi.event.FulfilmentEvent.LabelVoided;
import dev.oms.spi.event.FulfilmentEvent.PackageOpened;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.EffectEvent.AuthorizationRequested;
import dev.oms.spi.event.EffectEvent.PrepaymentRequested;
import dev.oms.spi.event.EffectEvent.PurchaseRequestSent;
import dev.oms.spi.event.EffectEvent.RingFenceReserved;
import dev.oms.spi.event.EffectEvent.LabelRequested;
import dev.oms.spi.event.EffectEvent.StockConsumed;
import dev.oms.spi.event.EffectEvent.StockReleased;
import dev.oms.spi.event.EffectEvent.NotificationSent;

/**
 * Something that happened to an order, in the past tense. Events carry enough detail for an audit trail
 * and to rebuild the order's state by replay; they are immutable and validated on construction.
 *
 * <p>Events come in sealed families, one file each: {@link PlacementEvent}, {@link AllocationEvent},
 * {@link WaitingEvent}, {@link IndentEvent}, {@link PaymentEvent}, {@link FulfilmentEvent} and
 * {@link CancellationEvent} are business facts; {@link EffectEvent} is the bookkeeping of calls to ports,
 * which a listener following the business may ignore. {@link #accept(Visitor)} dispatches on the exact
 * event type, and the compiler checks that a {@link Visitor} handles every one.
 */
public sealed interface OrderEvent
        permits PlacementEvent, AllocationEvent, WaitingEvent, IndentEvent, PaymentEvent, FulfilmentEvent, CancellationEvent, EffectEvent {

    /** Calls the visitor method for this event's type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per event type: implementing it is the compile-time proof that every event is handled.
     *
     * @param <R> what handling an event yields
     */
    interface Visitor<R> {
        // PlacementEvent
        R visit(OrderPlaced event);

        // AllocationEvent
        R visit(ReservationFailed event);
        R visit(UnitsAllocated event);
        R visit(UnitsDeallocated event);

        // WaitingEvent
        R visit(UnitsPreordered event);
        R visit(UnitsBackordered event);
        R visit(WaitingUnitsFilled event);
        R visit(ReleaseFellShort event);
        R visit(ReleaseDateMoved event);

        // IndentEvent
        R visit(PurchaseRequested event);
        R visit(SupplierConfirmed event);
        R visit(SupplierRejected event);
        R visit(SupplierShortfallSettled event);
        R visit(PurchaseGoodsReceived event);

        // PaymentEvent
        R visit(PaymentAuthorized event);
        R visit(PaymentDeclined event);
        R visit(PaymentRetryRequested event);
        R visit(PaymentCaptured event);
        R visit(AuthorizationLapsed event);
        R visit(AuthorizationVoided event);
        R visit(PreorderPrepaid event);
        R visit(PaymentRefunded event);
        R visit(RefundDeclined event);
        R visit(CashCollected event);

        // FulfilmentEvent
        R visit(PickListCreated event);
        R visit(PickListPicked event);
        R visit(PackagePacked event);
        R visit(LabelPurchased event);
        R visit(LabelRefused event);
        R visit(LabelVoided event);
        R visit(PackageOpened event);
        R visit(PackageShipped event);
        R visit(PackageDelivered event);

        // CancellationEvent
        R visit(UnitsCancelled event);

        // EffectEvent
        R visit(ReservationRequested event);
        R visit(AuthorizationRequested event);
        R visit(PrepaymentRequested event);
        R visit(PurchaseRequestSent event);
        R visit(RingFenceReserved event);
        R visit(LabelRequested event);
        R visit(StockConsumed event);
        R visit(StockReleased event);
        R visit(NotificationSent event);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.AllocationEvent.*;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ApprovalEvent;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.EffectEvent.*;
import dev.oms.spi.event.ExternalFulfilmentEvent.ExternalShipmentConfirmed;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRejected;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRequested;
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
import dev.oms.spi.event.StoreCreditEvent;
import dev.oms.spi.event.ReturnLabelEvent;
import dev.oms.spi.notification.Notice;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.notification.ReturnNotice;
import dev.oms.spi.notification.TrackingNotice;
import io.vavr.control.Option;
import org.joda.money.Money;

/**
 * The one place that says which customer notice an event makes owed. Evolution applies an event, then asks
 * here with the order before and after it; the notice is recorded as owed (keyed so a fact is told once)
 * and the effect runner sends it.
 */
final class CustomerNotices implements OrderEvent.Visitor<Option<CustomerNotices.Owed>> {

    /** A notice owed under a key suffix unique per order and fact. */
    record Owed(String suffix, Notice notice) {}

    private final Order before;
    private final Order after;

    private CustomerNotices(Order before, Order after) {
        this.before = before;
        this.after = after;
    }

    /** {@code after} with the notice {@code event} makes owed recorded, unless that notice was already sent. */
    static Order owe(Order before, Order after, OrderEvent event) {
        return event.accept(new CustomerNotices(before, after)).map(owed -> owe(after, owed)).getOrElse(after);
    }

    private static Order owe(Order order, Owed owed) {
        String key = order.noticeKey(owed.suffix());
        if (order.notificationsSent().contains(key)) {
            return order;
        }
        Notification notification = new Notification(key, order.id(), order.customer(), order.channel(), owed.notice());
        return order.copy().withNotificationsOwed(order.notificationsOwed().put(key, notification));
    }

    private static Option<Owed> owed(String suffix, Notice notice) {
        return Option.some(new Owed(suffix, notice));
    }

    private static final Option<Owed> NONE = Option.none();

    @Override public Option<Owed> visit(OrderPlaced e) {
        return after.payment().isCashOnDelivery() ? owed("confirmed", new Notice.OrderConfirmed()) : NONE;
    }

    @Override public Option<Owed> visit(PaymentAuthorized e) { return owed("confirmed", new Notice.OrderConfirmed()); }

    @Override public Option<Owed> visit(PaymentDeclined e) {
        return owed("payment-declined-" + after.payment().declines(), new Notice.PaymentDeclined());
    }

    @Override public Option<Owed> visit(UnitsPreordered e) {
        long units = after.line(e.lineId()).get().count(Bucket.PREORDERED);
        return owed("preordered-" + e.lineId() + "-" + e.releasesAt(), new Notice.UnitsPreordered(e.lineId(), units, e.releasesAt()));
    }

    @Override public Option<Owed> visit(UnitsBackordered e) {
        // The version numbers the commit being applied: one notice per line per commit.
        return owed("backordered-" + e.lineId() + "-v" + before.version(), new Notice.UnitsBackordered(
                e.lineId(), e.shipsNow(), e.quantity(), e.expectedRestock(), e.reason()));
    }

    @Override public Option<Owed> visit(WaitingUnitsFilled e) {
        return owed("filled-" + e.lineId() + "-" + e.restockId(),
                new Notice.WaitingUnitsFilled(e.lineId(), e.quantity(), e.stillWaiting()));
    }

    @Override public Option<Owed> visit(ReleaseFellShort e) {
        return owed("preorder-still-waiting-" + e.lineId(), new Notice.PreorderStillWaiting(e.lineId(), e.quantity()));
    }

    @Override public Option<Owed> visit(ReleaseDateMoved e) {
        return owed("release-moved-" + e.lineId() + "-" + e.to(), new Notice.ReleaseDateMoved(e.lineId(), e.from(), e.to()));
    }

    @Override public Option<Owed> visit(SupplierConfirmed e) {
        Purchase purchase = after.purchases().get(e.purchaseId()).get();
        return owed("supplier-confirmed-" + e.purchaseId(),
                new Notice.SupplierConfirmed(purchase.lineId(), e.committed(), e.expectedOn()));
    }

    @Override public Option<Owed> visit(SupplierShortfallSettled e) {
        return owed("supplier-short-" + e.purchaseId(), new Notice.SupplierShort(e.lineId(), e.quantity(), e.to(), e.reason()));
    }

    /** Shipped at a click-and-collect order's own store, the package is handed to the counter: ready for collection. */
    @Override public Option<Owed> visit(PackageShipped e) {
        OrderPackage pkg = after.packages().get(e.packageId()).get();
        if (after.pickup().exists(p -> p.store().equals(pkg.location()))) {
            return owed("ready-" + pkg.id(), new Notice.ReadyForCollection(pkg.id(), pkg.location(), pkg.totalUnits()));
        }
        OrderPackage.Label label = pkg.label().getOrElseThrow(() -> new IllegalStateException("shipped without label"));
        return owed("shipped-" + pkg.id(), new Notice.OrderShipped(pkg.id(), label.carrier(), label.trackingNumber(), pkg.totalUnits()));
    }

    /** The provider's shipment is told as a warehouse's is, with the provider's carrier and tracking number. */
    @Override public Option<Owed> visit(ExternalShipmentConfirmed e) {
        return owed("shipped-" + e.packageId(), new Notice.OrderShipped(e.packageId(), e.carrier(), e.trackingNumber(),
                e.contents().stream().mapToLong(dev.oms.spi.value.PackageItem::quantity).sum()));
    }

    @Override public Option<Owed> visit(FulfilmentRequested e) { return NONE; }
    @Override public Option<Owed> visit(FulfilmentRejected e) { return NONE; }
    @Override public Option<Owed> visit(FulfilmentRequestSent e) { return NONE; }

    /** A parcel sent to a click-and-collect order's store from elsewhere is delivered there: ready for collection. */
    @Override public Option<Owed> visit(PackageDelivered e) {
        Option<OrderPackage> pkg = after.packages().get(e.packageId());
        Option<dev.oms.spi.value.LocationId> store = after.pickup().map(dev.oms.spi.value.Pickup::store);
        if (store.isDefined() && pkg.exists(p -> !p.location().equals(store.get()))) {
            return owed("ready-" + e.packageId(), new Notice.ReadyForCollection(e.packageId(), store.get(), pkg.get().totalUnits()));
        }
        return owed("delivered-" + e.packageId(), new Notice.OrderDelivered(e.packageId()));
    }

    /**
     * A parcel on its way whose carrier status changes to one the customer acts on: told once per change, by the event
     * that made it. An event arriving after a later one, or after delivery, tells nothing.
     */
    @Override public Option<Owed> visit(dev.oms.spi.event.TrackingEvent.PackageTracked e) {
        OrderPackage pkg = after.packages().get(e.packageId()).get();
        boolean changed = pkg.tracking().exists(t -> t.carrierEventId().equals(e.carrierEventId()))
                && !before.packages().get(e.packageId()).get().trackingStatus().contains(e.status());
        if (!changed || pkg.state() != OrderPackage.State.SHIPPED) {
            return NONE;
        }
        String suffix = "tracked-" + e.packageId() + "-" + e.carrierEventId();
        return switch (e.status()) {
            case OUT_FOR_DELIVERY -> owed(suffix, new TrackingNotice.OutForDelivery(e.packageId()));
            case EXCEPTION -> owed(suffix, new TrackingNotice.DeliveryException(e.packageId(), e.detail()));
            case RETURNED_TO_SENDER -> owed(suffix, new TrackingNotice.SentBack(e.packageId()));
            case IN_TRANSIT, DELIVERED -> NONE;
        };
    }

    /** The customer was told the parcel shipped with its tracking number: they are told that number will not move. */
    @Override public Option<Owed> visit(dev.oms.spi.event.ShipmentVoidEvent.ShipmentVoided e) {
        OrderPackage pkg = after.packages().get(e.packageId()).get();
        return owed("shipment-voided-" + e.packageId(), new TrackingNotice.ShipmentVoided(e.packageId(),
                pkg.label().get().trackingNumber(), e.repackedAs()));
    }
    @Override public Option<Owed> visit(dev.oms.spi.event.ShipmentVoidEvent.VoidedStockReturned e) { return NONE; }

    /** One notice per cancellation, gathering every line it cancelled from. */
    @Override public Option<Owed> visit(UnitsCancelled e) {
        String suffix = "cancelled-" + e.cancellationId();
        Notice.OrderCancelled sofar = after.notificationsOwed().get(after.noticeKey(suffix))
                .map(Notification::notice).filter(Notice.OrderCancelled.class::isInstance).map(Notice.OrderCancelled.class::cast)
                .getOrElse(() -> new Notice.OrderCancelled(java.util.Map.of(), e.reason()));
        return owed(suffix, sofar.plus(e.lineId(), e.quantity(), e.reason()));
    }

    // Events that tell the customer nothing.
    // Reviews are not told to the customer; a rejection's cancellation is, by its UnitsCancelled.
    @Override public Option<Owed> visit(ApprovalEvent.ApprovalHoldPlaced e) { return NONE; }
    @Override public Option<Owed> visit(ApprovalEvent.ApprovalHoldReleased e) { return NONE; }
    @Override public Option<Owed> visit(ApprovalEvent.ApprovalHoldRejected e) { return NONE; }
    @Override public Option<Owed> visit(dev.oms.spi.event.ReturnEvent.ReturnRequested e) { return NONE; }
    @Override public Option<Owed> visit(dev.oms.spi.event.CancellationEvent.OrderReopened e) { return NONE; }
    @Override public Option<Owed> visit(dev.oms.spi.event.ClaimEvent.ClaimSettled e) {
        long units = e.items().stream().mapToLong(i -> i.quantity()).sum();
        Money refund = e.refunds().stream().map(r -> r.amount()).reduce(Money.zero(after.currency()), Money::plus);
        return owed("claim-settled:" + e.claimId(), new ReturnNotice.ClaimSettled(e.claimId(), units, refund));
    }
    @Override public Option<Owed> visit(dev.oms.spi.event.ClaimEvent.ClaimRefunded e) { return NONE; }
    // A credit is told once issued; the receipt's or claim's own notice tells what went back to the payment.
    @Override public Option<Owed> visit(StoreCreditEvent.StoreCreditOwed e) { return NONE; }
    @Override public Option<Owed> visit(StoreCreditEvent.StoreCreditDeclined e) { return NONE; }
    @Override public Option<Owed> visit(StoreCreditEvent.StoreCreditIssued e) {
        StoreCredits.Credit credit = after.returns().credits().byNumber().get(e.credit()).get();
        return owed("store-credit:" + e.credit(), new ReturnNotice.StoreCreditIssued(e.creditId(), credit.amount(), credit.reason()));
    }
    // The claim's own notice tells the customer (a refund of nothing); the replacement's shipment is told as any.
    @Override public Option<Owed> visit(dev.oms.spi.event.ClaimEvent.ReplacementAdded e) { return NONE; }
    // The units an edit takes off are also told as a cancellation, as any units cancelled are.
    @Override public Option<Owed> visit(dev.oms.spi.event.EditEvent.OrderEdited e) {
        long added = e.added().stream().mapToLong(l -> l.quantity()).sum();
        long removed = e.removed().stream().mapToLong(i -> i.quantity()).sum();
        return owed("edited:" + e.edit(), new dev.oms.spi.notification.EditNotice.OrderEdited(e.edit(), added, removed,
                after.activeValue(), e.shipTo().isPresent()));
    }
    @Override public Option<Owed> visit(dev.oms.spi.event.ReturnEvent.ReturnApproved e) {
        long units = after.returns().get(e.returnId()).get().items().map(i -> i.quantity()).sum().longValue();
        return owed("return-approved:" + e.returnId(), new ReturnNotice.ReturnApproved(e.returnId(), units));
    }
    @Override public Option<Owed> visit(dev.oms.spi.event.ReturnEvent.ReturnRejected e) {
        return owed("return-rejected:" + e.returnId(), new ReturnNotice.ReturnRejected(e.returnId()));
    }
    @Override public Option<Owed> visit(dev.oms.spi.event.ReturnEvent.ReturnReceived e) {
        long units = e.items().stream().mapToLong(i -> i.quantity()).sum();
        Money refund = e.refunds().stream().map(r -> r.amount()).reduce(Money.zero(after.currency()), Money::plus);
        return owed("return-received:" + e.returnId() + ":" + e.receipt(), new ReturnNotice.ReturnReceived(e.returnId(), units,
                refund, e.restockingFee()));
    }
    @Override public Option<Owed> visit(dev.oms.spi.event.ReleaseEvent e) { return NONE; }
    @Override public Option<Owed> visit(dev.oms.spi.event.ExchangeEvent e) { return ExchangeNotices.of(e, after).map(n -> new Owed("exchange:" + e.returnId(), n)); }
    @Override public Option<Owed> visit(dev.oms.spi.event.ReturnEvent.ReturnRefunded e) { return NONE; }
    // The customer is told the label once bought; a refusal is the host's to handle, a void follows a return complete.
    @Override public Option<Owed> visit(ReturnLabelEvent.ReturnLabelIssued e) {
        return owed("return-label:" + e.returnId() + ":" + e.labelId(), new ReturnNotice.ReturnLabelIssued(e.returnId(), e.carrier(),
                e.trackingNumber()));
    }
    @Override public Option<Owed> visit(ReturnLabelEvent.ReturnLabelRequested e) { return NONE; }
    @Override public Option<Owed> visit(ReturnLabelEvent.ReturnLabelRefused e) { return NONE; }
    @Override public Option<Owed> visit(ReturnLabelEvent.ReturnLabelVoided e) { return NONE; }
    @Override public Option<Owed> visit(dev.oms.spi.event.ReturnEvent.ReturnedUnitsRestocked e) { return NONE; }
    @Override public Option<Owed> visit(ReservationFailed e) { return NONE; }
    @Override public Option<Owed> visit(UnitsAllocated e) { return NONE; }
    @Override public Option<Owed> visit(UnitsDeallocated e) { return NONE; }
    @Override public Option<Owed> visit(UnitsLost e) { return NONE; }
    @Override public Option<Owed> visit(DropshipAllocated e) { return NONE; }
    @Override public Option<Owed> visit(AllocationMoveRequested e) { return NONE; }
    @Override public Option<Owed> visit(AllocationMoved e) { return NONE; }
    @Override public Option<Owed> visit(AllocationMoveRefused e) { return NONE; }
    @Override public Option<Owed> visit(PurchaseRequested e) { return NONE; }
    @Override public Option<Owed> visit(SupplierRejected e) { return NONE; }
    @Override public Option<Owed> visit(PurchaseGoodsReceived e) { return NONE; }
    @Override public Option<Owed> visit(PaymentRetryRequested e) { return NONE; }
    @Override public Option<Owed> visit(PaymentCaptured e) { return NONE; }
    @Override public Option<Owed> visit(AuthorizationLapsed e) { return NONE; }
    @Override public Option<Owed> visit(AuthorizationVoided e) { return NONE; }
    @Override public Option<Owed> visit(PreorderPrepaid e) { return NONE; }
    @Override public Option<Owed> visit(PaymentRefunded e) { return NONE; }
    @Override public Option<Owed> visit(RefundDeclined e) { return NONE; }
    @Override public Option<Owed> visit(CashCollected e) { return NONE; }
    @Override public Option<Owed> visit(PickListCreated e) { return NONE; }
    @Override public Option<Owed> visit(PickListPicked e) { return NONE; }
    @Override public Option<Owed> visit(PickListVoided e) { return NONE; }
    @Override public Option<Owed> visit(PackagePacked e) { return NONE; }
    @Override public Option<Owed> visit(LabelPurchased e) { return NONE; }
    @Override public Option<Owed> visit(LabelRefused e) { return NONE; }
    @Override public Option<Owed> visit(LabelVoided e) { return NONE; }
    @Override public Option<Owed> visit(PackageOpened e) { return NONE; }
    @Override public Option<Owed> visit(ReservationRequested e) { return NONE; }
    @Override public Option<Owed> visit(AuthorizationRequested e) { return NONE; }
    @Override public Option<Owed> visit(PrepaymentRequested e) { return NONE; }
    @Override public Option<Owed> visit(PurchaseRequestSent e) { return NONE; }
    @Override public Option<Owed> visit(RingFenceReserved e) { return NONE; }
    @Override public Option<Owed> visit(LabelRequested e) { return NONE; }
    @Override public Option<Owed> visit(StockConsumed e) { return NONE; }
    @Override public Option<Owed> visit(StockReleased e) { return NONE; }
    @Override public Option<Owed> visit(NotificationSent e) { return NONE; }
}

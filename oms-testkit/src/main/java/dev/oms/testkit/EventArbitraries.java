// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.order.Transitions;
import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.ApprovalEvent;
import dev.oms.spi.event.ReturnEvent;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.event.CancellationEvent;
import dev.oms.spi.event.ClaimEvent;
import dev.oms.spi.event.EditEvent;
import dev.oms.spi.event.StoreCreditEvent;
import dev.oms.spi.event.ReturnLabelEvent;
import dev.oms.spi.event.TrackingEvent;
import dev.oms.spi.event.ShipmentVoidEvent;
import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.event.EffectEvent;
import dev.oms.spi.event.ExternalFulfilmentEvent;
import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.spi.event.IndentEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.PlacementEvent;
import dev.oms.spi.event.WaitingEvent;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.ClaimId;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.PaymentStage;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.StoreCreditId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The event generators behind {@link OmsArbitraries#orderEvents()} and {@link OmsArbitraries#events(Class)}: one per kind. */
final class EventArbitraries {
    private EventArbitraries() {}

    static final List<Class<? extends OrderEvent>> WAITING_KINDS = List.of(WaitingEvent.UnitsPreordered.class,
            WaitingEvent.UnitsBackordered.class, WaitingEvent.WaitingUnitsFilled.class, WaitingEvent.ReleaseFellShort.class,
            WaitingEvent.ReleaseDateMoved.class, IndentEvent.PurchaseRequested.class, EffectEvent.PurchaseRequestSent.class,
            IndentEvent.SupplierConfirmed.class, IndentEvent.SupplierRejected.class, IndentEvent.SupplierShortfallSettled.class,
            IndentEvent.PurchaseGoodsReceived.class, EffectEvent.RingFenceReserved.class);

    /** One generator per kind of event; a kind missing here has no generator, and the codec tests say so. */
    static Map<Class<? extends OrderEvent>, Arbitrary<? extends OrderEvent>> generators() {
        Arbitrary<LineId> lines = Arbitraries.integers().between(0, 9).map(LineId::ofPosition);
        Arbitrary<PackageId> packages = OmsArbitraries.codes().map(PackageId::of);
        Arbitrary<Long> quantities = Arbitraries.longs().between(1, 1_000_000);
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 1_000_000);
        Arbitrary<Integer> attempts = Arbitraries.integers().between(1, 10);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 40_000).map(d -> LocalDate.ofEpochDay(d));
        Arbitrary<AllocationEvent.Reservation> reservations = Combinators.combine(lines, OmsArbitraries.skus(), OmsArbitraries.locationIds(), quantities)
                .as(AllocationEvent.Reservation::new);
        Arbitrary<Shortfall> shortfalls = Combinators.combine(OmsArbitraries.skus(), OmsArbitraries.locationIds(), quantities, Arbitraries.longs().between(0, 100))
                .as(Shortfall::new);
        Arbitrary<FulfilmentEvent.PickItem> pickItems = Combinators.combine(lines, OmsArbitraries.skus(), quantities, OmsArbitraries.codes())
                .as(FulfilmentEvent.PickItem::new);
        Arbitrary<PackageItem> packageItems = Combinators.combine(lines, quantities).as(PackageItem::new);
        Arbitrary<Bucket> cancellable = Arbitraries.of(Bucket.PENDING, Bucket.ALLOCATED, Bucket.PICKED, Bucket.PACKED);
        Generators all = new Generators();
        all.put(PlacementEvent.OrderPlaced.class, OmsArbitraries.orderPlacements());
        all.put(EffectEvent.ReservationRequested.class,
                Combinators.combine(attempts, reservations.list().ofMinSize(1).ofMaxSize(4)).as(EffectEvent.ReservationRequested::new));
        all.put(AllocationEvent.ReservationFailed.class,
                Combinators.combine(attempts, shortfalls.list().ofMaxSize(3)).as(AllocationEvent.ReservationFailed::new));
        all.put(AllocationEvent.UnitsAllocated.class, Combinators.combine(lines, OmsArbitraries.locationIds(), quantities).as(AllocationEvent.UnitsAllocated::new));
        all.put(AllocationEvent.DropshipAllocated.class, Combinators.combine(lines, OmsArbitraries.locationIds(), quantities).as(AllocationEvent.DropshipAllocated::new));
        all.put(AllocationEvent.UnitsDeallocated.class,
                Combinators.combine(OmsArbitraries.text().map(ReleaseId::of), lines, OmsArbitraries.locationIds(), quantities, OmsArbitraries.text()).as(AllocationEvent.UnitsDeallocated::new));
        all.put(AllocationEvent.UnitsLost.class,
                Combinators.combine(OmsArbitraries.text().map(ReleaseId::of), lines, OmsArbitraries.locationIds(), quantities, OmsArbitraries.text()).as(AllocationEvent.UnitsLost::new));
        Arbitrary<AllocationEvent.Relocation> relocations = Combinators.combine(lines, OmsArbitraries.skus(), OmsArbitraries.locationIds(), quantities)
                .as(AllocationEvent.Relocation::new);
        Arbitrary<ReleaseId> moveIds = OmsArbitraries.text().map(ReleaseId::of);
        all.put(AllocationEvent.AllocationMoveRequested.class, Combinators.combine(moveIds, OmsArbitraries.locationIds(),
                relocations.list().ofMinSize(1).ofMaxSize(4)).as(AllocationEvent.AllocationMoveRequested::new));
        all.put(AllocationEvent.AllocationMoved.class, Combinators.combine(moveIds, OmsArbitraries.locationIds(),
                relocations.list().ofMinSize(1).ofMaxSize(4)).as(AllocationEvent.AllocationMoved::new));
        all.put(AllocationEvent.AllocationMoveRefused.class,
                Combinators.combine(moveIds, shortfalls.list().ofMaxSize(3)).as(AllocationEvent.AllocationMoveRefused::new));
        all.put(EffectEvent.AuthorizationRequested.class, Combinators.combine(attempts, OmsArbitraries.money()).as(EffectEvent.AuthorizationRequested::new));
        all.put(WaitingEvent.UnitsPreordered.class, Combinators.combine(lines, quantities, OmsArbitraries.instants()).as(WaitingEvent.UnitsPreordered::new));
        all.put(WaitingEvent.UnitsBackordered.class, Combinators.combine(lines, quantities, counts, dates.optional(), OmsArbitraries.text(),
                OmsArbitraries.locationIds().optional()).as(WaitingEvent.UnitsBackordered::new));
        all.put(WaitingEvent.WaitingUnitsFilled.class, Combinators.combine(lines, Arbitraries.of(Bucket.PREORDERED, Bucket.BACKORDERED),
                quantities, counts, OmsArbitraries.text()).as(WaitingEvent.WaitingUnitsFilled::new));
        all.put(WaitingEvent.ReleaseFellShort.class, Combinators.combine(lines, quantities, OmsArbitraries.text()).as(WaitingEvent.ReleaseFellShort::new));
        all.put(WaitingEvent.ReleaseDateMoved.class, Combinators.combine(lines, OmsArbitraries.instants(), OmsArbitraries.instants())
                .filter((line, from, to) -> !from.equals(to)).as(WaitingEvent.ReleaseDateMoved::new));
        all.put(IndentEvent.PurchaseRequested.class, Combinators.combine(OmsArbitraries.text().map(PurchaseId::of), lines, OmsArbitraries.skus(), OmsArbitraries.locationIds(), quantities)
                .as(IndentEvent.PurchaseRequested::new));
        all.put(EffectEvent.PurchaseRequestSent.class, OmsArbitraries.text().map(PurchaseId::of).map(EffectEvent.PurchaseRequestSent::new));
        all.put(IndentEvent.SupplierConfirmed.class, Combinators.combine(OmsArbitraries.text().map(PurchaseId::of), quantities, dates).as(IndentEvent.SupplierConfirmed::new));
        all.put(IndentEvent.SupplierRejected.class, Combinators.combine(OmsArbitraries.text().map(PurchaseId::of), OmsArbitraries.text()).as(IndentEvent.SupplierRejected::new));
        all.put(IndentEvent.SupplierShortfallSettled.class, Combinators.combine(OmsArbitraries.text().map(PurchaseId::of), lines, quantities,
                Arbitraries.of(Bucket.CANCELLED, Bucket.BACKORDERED, Bucket.PENDING), OmsArbitraries.text()).as(IndentEvent.SupplierShortfallSettled::new));
        all.put(IndentEvent.PurchaseGoodsReceived.class, Combinators.combine(OmsArbitraries.text().map(ReceiptId::of), OmsArbitraries.text().map(PurchaseId::of), lines, OmsArbitraries.locationIds(), quantities)
                .as(IndentEvent.PurchaseGoodsReceived::new));
        all.put(EffectEvent.RingFenceReserved.class, OmsArbitraries.text().map(ReceiptId::of).map(EffectEvent.RingFenceReserved::new));
        all.put(PaymentEvent.PaymentAuthorized.class, Combinators.combine(OmsArbitraries.text().map(AuthorizationId::of), OmsArbitraries.money(), OmsArbitraries.instants()).as(PaymentEvent.PaymentAuthorized::new));
        all.put(PaymentEvent.PaymentDeclined.class, Combinators.combine(Arbitraries.of(PaymentStage.class), OmsArbitraries.text())
                .as(PaymentEvent.PaymentDeclined::new));
        all.put(PaymentEvent.PaymentRetryRequested.class, OmsArbitraries.paymentMethods().map(PaymentEvent.PaymentRetryRequested::new));
        all.put(PaymentEvent.PaymentCaptured.class, Combinators.combine(packages, OmsArbitraries.text().map(AuthorizationId::of), OmsArbitraries.text().map(CaptureId::of), OmsArbitraries.money()).as(PaymentEvent.PaymentCaptured::new));
        all.put(PaymentEvent.AuthorizationLapsed.class, Combinators.combine(OmsArbitraries.text().map(AuthorizationId::of), OmsArbitraries.money()).as(PaymentEvent.AuthorizationLapsed::new));
        all.put(PaymentEvent.AuthorizationVoided.class, Combinators.combine(OmsArbitraries.text().map(AuthorizationId::of), OmsArbitraries.money()).as(PaymentEvent.AuthorizationVoided::new));
        all.put(EffectEvent.PrepaymentRequested.class, Combinators.combine(attempts, lines, quantities, OmsArbitraries.text().map(AuthorizationId::of), OmsArbitraries.money())
                .as(EffectEvent.PrepaymentRequested::new));
        all.put(PaymentEvent.PreorderPrepaid.class, Combinators.combine(OmsArbitraries.text().map(AuthorizationId::of), OmsArbitraries.text().map(CaptureId::of), OmsArbitraries.money()).as(PaymentEvent.PreorderPrepaid::new));
        all.put(PaymentEvent.PaymentRefunded.class, Combinators.combine(OmsArbitraries.text().map(CaptureId::of), OmsArbitraries.text().map(RefundId::of), OmsArbitraries.money()).as(PaymentEvent.PaymentRefunded::new));
        all.put(PaymentEvent.RefundDeclined.class, Combinators.combine(OmsArbitraries.text().map(CaptureId::of), OmsArbitraries.money(), OmsArbitraries.text()).as(PaymentEvent.RefundDeclined::new));
        all.put(PaymentEvent.CashCollected.class, Combinators.combine(packages, OmsArbitraries.money()).as(PaymentEvent.CashCollected::new));
        all.put(FulfilmentEvent.PickListCreated.class, Combinators.combine(OmsArbitraries.codes().map(PickListId::of), OmsArbitraries.locationIds(),
                pickItems.list().ofMinSize(1).ofMaxSize(4)).as(FulfilmentEvent.PickListCreated::new));
        all.put(FulfilmentEvent.PickListPicked.class, OmsArbitraries.codes().map(PickListId::of).map(FulfilmentEvent.PickListPicked::new));
        all.put(FulfilmentEvent.PickListVoided.class, Combinators.combine(OmsArbitraries.codes().map(PickListId::of), OmsArbitraries.text())
                .as(FulfilmentEvent.PickListVoided::new));
        all.put(FulfilmentEvent.PackagePacked.class, Combinators.combine(packages, OmsArbitraries.locationIds(), packageItems.list().ofMinSize(1).ofMaxSize(4),
                OmsArbitraries.text().optional(), OmsArbitraries.text().optional()).as(FulfilmentEvent.PackagePacked::new));
        all.put(EffectEvent.LabelRequested.class, Combinators.combine(packages, OmsArbitraries.text()).as(EffectEvent.LabelRequested::new));
        all.put(FulfilmentEvent.LabelRefused.class, Combinators.combine(packages, OmsArbitraries.text(), OmsArbitraries.text()).as(FulfilmentEvent.LabelRefused::new));
        all.put(FulfilmentEvent.LabelPurchased.class, Combinators.combine(packages, OmsArbitraries.text(), OmsArbitraries.text().map(LabelId::of), OmsArbitraries.text(), OmsArbitraries.money())
                .as(FulfilmentEvent.LabelPurchased::new));
        all.put(FulfilmentEvent.LabelVoided.class, Combinators.combine(packages, OmsArbitraries.text().map(LabelId::of)).as(FulfilmentEvent.LabelVoided::new));
        all.put(FulfilmentEvent.PackageOpened.class, Combinators.combine(packages, OmsArbitraries.text()).as(FulfilmentEvent.PackageOpened::new));
        all.put(FulfilmentEvent.PackageShipped.class, Combinators.combine(packages, OmsArbitraries.instants()).as(FulfilmentEvent.PackageShipped::new));
        all.put(EffectEvent.StockConsumed.class, packages.map(EffectEvent.StockConsumed::new));
        all.put(FulfilmentEvent.PackageDelivered.class, Combinators.combine(packages, OmsArbitraries.instants()).as(FulfilmentEvent.PackageDelivered::new));
        all.put(CancellationEvent.UnitsCancelled.class, Combinators.combine(OmsArbitraries.text().map(ReleaseId::of), lines, cancellable, OmsArbitraries.locationIds(), quantities, OmsArbitraries.text())
                .as((id, line, from, location, quantity, reason) -> new CancellationEvent.UnitsCancelled(id, line, from,
                        Transitions.heldAtLocation(from) ? Optional.of(location) : Optional.empty(), quantity, reason)));
        all.put(CancellationEvent.OrderReopened.class, OmsArbitraries.text().map(CancellationEvent.OrderReopened::new));
        Arbitrary<ApprovalReason> reasons = Arbitraries.of(ApprovalReason.class);
        all.put(ApprovalEvent.ApprovalHoldPlaced.class, Combinators.combine(reasons, OmsArbitraries.text()).as(ApprovalEvent.ApprovalHoldPlaced::new));
        all.put(ApprovalEvent.ApprovalHoldReleased.class, Combinators.combine(reasons, OmsArbitraries.text()).as(ApprovalEvent.ApprovalHoldReleased::new));
        all.put(ApprovalEvent.ApprovalHoldRejected.class, Combinators.combine(reasons, OmsArbitraries.text()).as(ApprovalEvent.ApprovalHoldRejected::new));
        Arbitrary<ReturnId> returns = OmsArbitraries.codes().map(ReturnId::of);
        Arbitrary<ReturnEvent.ReturnItem> returnItems = Combinators.combine(lines, quantities, OmsArbitraries.text()).as(ReturnEvent.ReturnItem::new);
        all.put(ReturnEvent.ReturnRequested.class, Combinators.combine(returns, returnItems.list().ofMinSize(1).ofMaxSize(4), OmsArbitraries.instants())
                .as(ReturnEvent.ReturnRequested::new));
        all.put(ReturnEvent.ReturnApproved.class, Combinators.combine(returns, OmsArbitraries.text()).as(ReturnEvent.ReturnApproved::new));
        all.put(ReturnEvent.ReturnRejected.class, Combinators.combine(returns, OmsArbitraries.text()).as(ReturnEvent.ReturnRejected::new));
        Arbitrary<Integer> receipts = Arbitraries.integers().between(1, 5);
        Arbitrary<ReturnEvent.ReceivedItem> receivedItems = Combinators.combine(lines, quantities, Arbitraries.of(ReturnEvent.Disposition.class))
                .as(ReturnEvent.ReceivedItem::new);
        Arbitrary<ReturnEvent.CaptureRefund> captureRefunds = Combinators.combine(OmsArbitraries.text().map(CaptureId::of), OmsArbitraries.money())
                .as(ReturnEvent.CaptureRefund::new);
        all.put(ReturnEvent.ReturnReceived.class, Combinators.combine(returns, receipts, OmsArbitraries.locationIds(),
                receivedItems.list().ofMinSize(1).ofMaxSize(4), OmsArbitraries.instants(), OmsArbitraries.money(), captureRefunds.list().ofMaxSize(3))
                .as(ReturnEvent.ReturnReceived::new));
        all.put(ReturnEvent.ReturnRefunded.class, Combinators.combine(returns, receipts, receipts, OmsArbitraries.text().map(RefundId::of))
                .as(ReturnEvent.ReturnRefunded::new));
        Arbitrary<ClaimId> claims = OmsArbitraries.codes().map(ClaimId::of);
        all.put(ClaimEvent.ClaimSettled.class, Combinators.combine(claims, packages, Arbitraries.of(ClaimEvent.ClaimReason.class),
                packageItems.list().ofMinSize(1).ofMaxSize(4), OmsArbitraries.instants(), captureRefunds.list().ofMaxSize(3))
                .as(ClaimEvent.ClaimSettled::new));
        all.put(ClaimEvent.ClaimRefunded.class, Combinators.combine(claims, receipts, OmsArbitraries.text().map(RefundId::of))
                .as(ClaimEvent.ClaimRefunded::new));
        Arbitrary<List<PlacementEvent.PlacedLine>> freeLines = OmsArbitraries.currencies().flatMap(currency -> Combinators
                .combine(lines, OmsArbitraries.skus(), quantities, Arbitraries.of(true, false))
                .as((line, sku, units, tracked) -> new PlacementEvent.PlacedLine(line, sku, units, org.joda.money.Money.zero(currency), tracked))
                .list().ofMinSize(1).ofMaxSize(3));
        all.put(ClaimEvent.ReplacementAdded.class, Combinators.combine(claims, freeLines).as(ClaimEvent.ReplacementAdded::new));
        Arbitrary<List<PlacementEvent.PlacedLine>> pricedLines = OmsArbitraries.currencies().flatMap(currency -> Combinators
                .combine(lines, OmsArbitraries.skus(), quantities, Arbitraries.longs().between(0, 100_000), Arbitraries.of(true, false))
                .as((line, sku, units, cents, tracked) -> new PlacementEvent.PlacedLine(line, sku, units,
                        org.joda.money.Money.ofMinor(currency, cents), tracked))
                .list().ofMaxSize(3));
        all.put(EditEvent.OrderEdited.class, Combinators.combine(Arbitraries.integers().between(1, 20), pricedLines,
                packageItems.list().ofMaxSize(3), OmsArbitraries.addresses().optional(),
                OmsArbitraries.money().map(m -> dev.oms.spi.pricing.ShippingCharge.untaxed("express", m.abs())).optional(),
                OmsArbitraries.instants()).as(EditEvent.OrderEdited::new));
        all.put(dev.oms.spi.event.ExchangeEvent.ExchangeOpened.class, Combinators.combine(returns, pricedLines.filter(l -> !l.isEmpty()),
                OmsArbitraries.money().map(org.joda.money.Money::abs), Arbitraries.integers().between(0, 100), Arbitraries.of(true, false),
                OmsArbitraries.instants()).as((id, replacements, worth, percent, first, at) -> new dev.oms.spi.event.ExchangeEvent.ExchangeOpened(id,
                        replacements, worth, worth.multipliedBy(percent).dividedBy(100, java.math.RoundingMode.DOWN), first, at)));
        all.put(dev.oms.spi.event.ExchangeEvent.ExchangeCreditDrawn.class, Combinators.combine(returns, receipts,
                OmsArbitraries.money().map(org.joda.money.Money::abs).filter(org.joda.money.Money::isPositive))
                .as(dev.oms.spi.event.ExchangeEvent.ExchangeCreditDrawn::new));
        Arbitrary<AuthorizationId> releasedFrom = OmsArbitraries.codes().map(AuthorizationId::of);
        Arbitrary<org.joda.money.Money> released = OmsArbitraries.money().map(org.joda.money.Money::abs).filter(org.joda.money.Money::isPositive);
        all.put(dev.oms.spi.event.ReleaseEvent.AuthorizationReleaseRequested.class, Combinators.combine(releasedFrom, receipts, released)
                .as(dev.oms.spi.event.ReleaseEvent.AuthorizationReleaseRequested::new));
        all.put(dev.oms.spi.event.ReleaseEvent.AuthorizationReleased.class, Combinators.combine(releasedFrom, receipts, released)
                .as(dev.oms.spi.event.ReleaseEvent.AuthorizationReleased::new));
        all.put(TrackingEvent.PackageTracked.class, Combinators.combine(packages, OmsArbitraries.codes(), Arbitraries.of(TrackingStatus.class),
                OmsArbitraries.instants(), OmsArbitraries.text().optional()).as(TrackingEvent.PackageTracked::new));
        all.put(StoreCreditEvent.StoreCreditOwed.class, Combinators.combine(receipts, OmsArbitraries.money(), OmsArbitraries.text())
                .as(StoreCreditEvent.StoreCreditOwed::new));
        all.put(StoreCreditEvent.StoreCreditIssued.class, Combinators.combine(receipts, OmsArbitraries.text().map(StoreCreditId::of))
                .as(StoreCreditEvent.StoreCreditIssued::new));
        all.put(StoreCreditEvent.StoreCreditDeclined.class, Combinators.combine(receipts, OmsArbitraries.text())
                .as(StoreCreditEvent.StoreCreditDeclined::new));
        all.put(ShipmentVoidEvent.ShipmentVoided.class, Combinators.combine(packages, OmsArbitraries.text(), Arbitraries.of(true, false),
                captureRefunds.list().ofMaxSize(3)).as((pkg, reason, repacked, refunds) -> new ShipmentVoidEvent.ShipmentVoided(pkg, reason,
                        repacked ? Optional.of(PackageId.of(pkg.value() + "-R")) : Optional.empty(), refunds)));
        all.put(ShipmentVoidEvent.VoidedStockReturned.class, packages.map(ShipmentVoidEvent.VoidedStockReturned::new));
        all.put(ReturnLabelEvent.ReturnLabelRequested.class, Combinators.combine(returns, receipts, OmsArbitraries.locationIds(),
                OmsArbitraries.codes()).as(ReturnLabelEvent.ReturnLabelRequested::new));
        all.put(ReturnLabelEvent.ReturnLabelIssued.class, Combinators.combine(returns, OmsArbitraries.text(), OmsArbitraries.text()
                .map(LabelId::of), OmsArbitraries.text(), OmsArbitraries.money()).as(ReturnLabelEvent.ReturnLabelIssued::new));
        all.put(ReturnLabelEvent.ReturnLabelRefused.class, Combinators.combine(returns, OmsArbitraries.text())
                .as(ReturnLabelEvent.ReturnLabelRefused::new));
        all.put(ReturnLabelEvent.ReturnLabelVoided.class, Combinators.combine(returns, OmsArbitraries.text().map(LabelId::of))
                .as(ReturnLabelEvent.ReturnLabelVoided::new));
        all.put(ReturnEvent.ReturnedUnitsRestocked.class, Combinators.combine(returns, receipts, lines).as(ReturnEvent.ReturnedUnitsRestocked::new));
        all.put(EffectEvent.StockReleased.class, OmsArbitraries.text().map(ReleaseId::of).map(EffectEvent.StockReleased::new));
        all.put(EffectEvent.NotificationSent.class, OmsArbitraries.text().map(EffectEvent.NotificationSent::new));
        Arbitrary<FulfilmentRequestId> requests = OmsArbitraries.codes().map(FulfilmentRequestId::of);
        Arbitrary<java.util.List<PackageItem>> items = packageItems.list().ofMinSize(1).ofMaxSize(4);
        all.put(ExternalFulfilmentEvent.FulfilmentRequested.class, Combinators.combine(requests, OmsArbitraries.locationIds(), items)
                .as(ExternalFulfilmentEvent.FulfilmentRequested::new));
        all.put(EffectEvent.FulfilmentRequestSent.class, requests.map(EffectEvent.FulfilmentRequestSent::new));
        all.put(ExternalFulfilmentEvent.ExternalShipmentConfirmed.class, Combinators.combine(requests, packages, OmsArbitraries.locationIds(),
                items, OmsArbitraries.text(), OmsArbitraries.text(), OmsArbitraries.instants()).as(ExternalFulfilmentEvent.ExternalShipmentConfirmed::new));
        all.put(ExternalFulfilmentEvent.FulfilmentRejected.class, Combinators.combine(requests, OmsArbitraries.codes(), items, OmsArbitraries.text())
                .as(ExternalFulfilmentEvent.FulfilmentRejected::new));
        return Collections.unmodifiableMap(all.byKind);
    }

    /** Generators keyed by the kind they make, typed so that a generator can only be filed under its own kind. */
    private static final class Generators {
        final Map<Class<? extends OrderEvent>, Arbitrary<? extends OrderEvent>> byKind = new LinkedHashMap<>();

        <E extends OrderEvent> void put(Class<E> kind, Arbitrary<? extends E> generator) {
            if (byKind.putIfAbsent(kind, generator) != null) {
                throw new IllegalStateException("two generators for " + kind.getName());
            }
        }
    }
}

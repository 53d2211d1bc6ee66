package dev.oms.core.order;

import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.PlacementEvent;

import dev.oms.core.payment.Capture;
import dev.oms.core.payment.PaymentLedger;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.EffectEvent.AuthorizationRequested;
import dev.oms.spi.event.PaymentEvent.AuthorizationLapsed;
import dev.oms.spi.event.PaymentEvent.AuthorizationVoided;
import dev.oms.spi.event.PaymentEvent.CashCollected;
import dev.oms.spi.event.FulfilmentEvent.LabelPurchased;
import dev.oms.spi.event.FulfilmentEvent.LabelRefused;
import dev.oms.spi.event.EffectEvent.LabelRequested;
import dev.oms.spi.event.FulfilmentEvent.LabelVoided;
import dev.oms.spi.event.EffectEvent.NotificationSent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.event.FulfilmentEvent.PackageOpened;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PaymentEvent.PaymentCaptured;
import dev.oms.spi.event.PaymentEvent.PaymentDeclined;
import dev.oms.spi.event.PaymentEvent.PaymentRefunded;
import dev.oms.spi.event.PaymentEvent.PreorderPrepaid;
import dev.oms.spi.event.EffectEvent.PrepaymentRequested;
import dev.oms.spi.event.PaymentEvent.RefundDeclined;
import dev.oms.spi.event.PaymentEvent.PaymentRetryRequested;
import dev.oms.spi.event.FulfilmentEvent.PickListCreated;
import dev.oms.spi.event.FulfilmentEvent.PickListPicked;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.AllocationEvent.ReservationFailed;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.EffectEvent.StockConsumed;
import dev.oms.spi.event.EffectEvent.StockReleased;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.AllocationEvent.UnitsDeallocated;
import dev.oms.spi.event.WaitingEvent.UnitsBackordered;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.event.WaitingEvent.WaitingUnitsFilled;
import dev.oms.spi.event.WaitingEvent.PreorderStillWaiting;
import dev.oms.spi.event.WaitingEvent.ReleaseDateMoved;
import dev.oms.spi.event.IndentEvent.PurchaseRequested;
import dev.oms.spi.event.EffectEvent.PurchaseRequestSent;
import dev.oms.spi.event.IndentEvent.SupplierConfirmed;
import dev.oms.spi.event.IndentEvent.SupplierRejected;
import dev.oms.spi.event.IndentEvent.SupplierShortfallSettled;
import dev.oms.spi.event.IndentEvent.PurchaseGoodsReceived;
import dev.oms.spi.event.EffectEvent.RingFenceReserved;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.notification.Notification.Kind;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Map;

/**
 * How events change an order: the pure {@code evolve(state, event) -> state} half of the decider.
 * Events are facts, so evolution never refuses one; an event that contradicts the state is a bug and
 * throws.
 */
public final class OrderEvolution {

    private OrderEvolution() {}

    /** Rebuilds an order from storage; none when nothing was stored. */
    public static Option<Order> replay(StoredOrder stored) {
        Option<Order> order = Option.none();
        for (OrderCommit commit : stored.commits()) {
            order = Option.some(apply(order, commit));
        }
        return order;
    }

    /** Applies one commit: its events in order, then the idempotency key and the version. */
    public static Order apply(Option<Order> before, OrderCommit commit) {
        List<OrderEvent> events = List.ofAll(commit.events());
        Order order = before.isEmpty() ? start(events.head()) : apply(before.get(), events.head());
        for (OrderEvent event : events.tail()) {
            order = apply(order, event);
        }
        LinkedHashMap<String, java.time.Instant> authorizedAt = order.authorizedAt();
        for (OrderEvent event : events) {
            if (event instanceof PaymentAuthorized e) {
                authorizedAt = authorizedAt.put(e.authorizationId(), commit.recordedAt());
            }
        }
        return order.copy()
                .withAuthorizedAt(authorizedAt)
                .withHandledCommands(order.handledCommands().put(commit.idempotencyKey(), events))
                .withRequestFingerprints(commit.requestFingerprint().isEmpty() ? order.requestFingerprints()
                        : order.requestFingerprints().put(commit.idempotencyKey(), commit.requestFingerprint()))
                .withVersion(order.version() + 1);
    }

    /** The state right after placement: every unit pending. */
    public static Order start(OrderEvent first) {
        if (!(first instanceof OrderPlaced placed)) {
            throw new IllegalStateException("an order's first event is OrderPlaced, not " + first.getClass().getSimpleName());
        }
        LinkedHashMap<LineId, Line> lines = LinkedHashMap.empty();
        for (PlacementEvent.PlacedLine l : placed.lines()) {
            lines = lines.put(l.lineId(), Line.placed(l.lineId(), l.sku(), l.quantity(), l.unitPrice()));
        }
        Order order = ImmutableOrder.builder()
                .id(placed.orderId())
                .channel(placed.channel())
                .externalId(placed.externalId())
                .customer(placed.customer())
                .shipTo(placed.shipTo())
                .currency(placed.currency())
                .placedAt(placed.placedAt())
                .lines(lines)
                .payment(PaymentLedger.opened(placed.paymentMethod(), placed.currency()))
                .preorderReleases(LinkedHashMap.empty())
                .purchases(LinkedHashMap.empty())
                .authorizedAt(LinkedHashMap.empty())
                .ringFencesOwed(LinkedHashMap.empty())
                .reservationInFlight(Option.none())
                .reservationAttempts(0)
                .lastShortfalls(List.empty())
                .pickLists(LinkedHashMap.empty())
                .packages(LinkedHashMap.empty())
                .releasesOwed(LinkedHashMap.empty())
                .cancellationIds(HashSet.empty())
                .notificationsOwed(LinkedHashMap.empty())
                .notificationsSent(HashSet.empty())
                .handledCommands(HashMap.empty())
                .version(0)
                .build();
        return order.payment().isCashOnDelivery() ? owe(order, "confirmed", Kind.ORDER_CONFIRMED, Map.of()) : order;
    }

    /** Applies one event. */
    public static Order apply(Order order, OrderEvent event) {
        if (event instanceof OrderPlaced) {
            throw new IllegalStateException("order " + order.id() + " was already placed");
        } else if (event instanceof ReservationRequested e) {
            return order.copy()
                    .withReservationInFlight(Option.some(List.ofAll(e.reservations())))
                    .withReservationAttempts(e.attempt());
        } else if (event instanceof UnitsAllocated e) {
            return allocated(order, e);
        } else if (event instanceof UnitsDeallocated e) {
            return deallocated(order, e);
        } else if (event instanceof ReservationFailed e) {
            return order.copy().withReservationInFlight(Option.none()).withLastShortfalls(List.ofAll(e.shortfalls()));
        } else if (event instanceof AuthorizationRequested e) {
            return order.copy().withPayment(order.payment().authorizationRequested(e.amount()));
        } else if (event instanceof UnitsPreordered e) {
            return preordered(order, e);
        } else if (event instanceof UnitsBackordered e) {
            return backordered(order, e);
        } else if (event instanceof WaitingUnitsFilled e) {
            return filled(order, e);
        } else if (event instanceof PreorderStillWaiting e) {
            return owe(order, "preorder-still-waiting-" + e.lineId(), Kind.PREORDER_STILL_WAITING, Map.of(
                    "lineId", e.lineId().value(), "waiting", Long.toString(e.quantity())));
        } else if (event instanceof ReleaseDateMoved e) {
            return releaseMoved(order, e);
        } else if (event instanceof PurchaseRequested e) {
            Order moved = moveUnits(order, e.lineId(), Slot.of(Bucket.PENDING), Slot.of(Bucket.AWAITING_SUPPLIER), e.quantity());
            Purchase purchase = new Purchase(e.purchaseId(), e.lineId(), e.sku(), e.supplier(), e.quantity(), false,
                    Option.none(), Option.none(), 0);
            return moved.copy().withPurchases(moved.purchases().put(purchase.id(), purchase));
        } else if (event instanceof PurchaseRequestSent e) {
            return withPurchase(order, e.purchaseId(), Purchase::markSent);
        } else if (event instanceof SupplierConfirmed e) {
            Order confirmed = withPurchase(order, e.purchaseId(), p -> p.answered(e.committed(), Option.some(e.expectedOn())));
            Purchase purchase = confirmed.purchases().get(e.purchaseId()).get();
            return owe(confirmed, "supplier-confirmed-" + e.purchaseId(), Kind.SUPPLIER_CONFIRMED, Map.of(
                    "lineId", purchase.lineId().value(), "committed", Long.toString(e.committed()),
                    "expectedOn", e.expectedOn().toString()));
        } else if (event instanceof SupplierRejected e) {
            return withPurchase(order, e.purchaseId(), p -> p.answered(0, Option.none()));
        } else if (event instanceof SupplierShortfallSettled e) {
            Order moved = moveUnits(order, e.lineId(), Slot.of(Bucket.AWAITING_SUPPLIER), Slot.of(e.to()), e.quantity());
            return owe(moved, "supplier-short-" + e.purchaseId(), Kind.SUPPLIER_SHORT, Map.of(
                    "lineId", e.lineId().value(), "units", Long.toString(e.quantity()),
                    "outcome", e.to().name(), "reason", e.reason()));
        } else if (event instanceof PurchaseGoodsReceived e) {
            Order moved = moveUnits(order, e.lineId(), Slot.of(Bucket.AWAITING_SUPPLIER),
                    Slot.at(Bucket.ALLOCATED, e.locationId()), e.quantity());
            moved = withPurchase(moved, e.purchaseId(), p -> p.receivedMore(e.quantity()));
            StockMovement fenced = new StockMovement(moved.purchases().get(e.purchaseId()).get().sku(), e.locationId(), e.quantity());
            return moved.copy().withRingFencesOwed(moved.ringFencesOwed().put(e.receiptId(), fenced));
        } else if (event instanceof RingFenceReserved e) {
            if (!order.ringFencesOwed().containsKey(e.receiptId())) {
                throw new IllegalStateException("no ring-fence owed for " + e.receiptId());
            }
            return order.copy().withRingFencesOwed(order.ringFencesOwed().remove(e.receiptId()));
        } else if (event instanceof PaymentAuthorized e) {
            Order paid = order.copy().withPayment(order.payment().authorized(e.authorizationId(), e.amount()));
            return owe(paid, "confirmed", Kind.ORDER_CONFIRMED, Map.of());
        } else if (event instanceof PaymentDeclined e) {
            boolean atAuthorization = e.stage() == PaymentEvent.PaymentStage.AUTHORIZATION;
            Order held = order.copy().withPayment(order.payment().declined(e.reason(), atAuthorization));
            return owe(held, "payment-declined-" + held.payment().declines(), Kind.PAYMENT_DECLINED, Map.of());
        } else if (event instanceof PaymentRetryRequested e) {
            return order.copy().withPayment(order.payment().retried(e.paymentMethod()));
        } else if (event instanceof PaymentCaptured e) {
            return order.copy().withPayment(order.payment()
                    .captured(new Capture(e.packageId(), e.authorizationId(), e.captureId(), e.amount())));
        } else if (event instanceof AuthorizationLapsed e) {
            return order.copy().withPayment(order.payment().voided(e.authorizationId(), e.amount()));
        } else if (event instanceof AuthorizationVoided e) {
            return order.copy().withPayment(order.payment().voided(e.authorizationId(), e.amount()));
        } else if (event instanceof PrepaymentRequested e) {
            return Prepaying.requested(order, e);
        } else if (event instanceof PreorderPrepaid e) {
            return Prepaying.prepaid(order, e);
        } else if (event instanceof PaymentRefunded e) {
            return Prepaying.refunded(order, e);
        } else if (event instanceof RefundDeclined e) {
            return Prepaying.refundDeclined(order, e);
        } else if (event instanceof CashCollected e) {
            return order.copy().withPayment(order.payment().cashCollected(e.packageId(), e.amount()));
        } else if (event instanceof PickListCreated e) {
            PickList list = new PickList(e.pickListId(), e.locationId(), List.ofAll(e.items()), false);
            return order.copy().withPickLists(order.pickLists().put(list.id(), list));
        } else if (event instanceof PickListPicked e) {
            return picked(order, e);
        } else if (event instanceof PackagePacked e) {
            return packed(order, e);
        } else if (event instanceof LabelRequested e) {
            return withPackage(order, e.packageId(), p -> p.labelAskedFor(e.service()));
        } else if (event instanceof LabelRefused e) {
            return withPackage(order, e.packageId(), p -> p.labelRefused(e.reason()));
        } else if (event instanceof LabelPurchased e) {
            return withPackage(order, e.packageId(),
                    p -> p.withLabel(new OrderPackage.Label(e.carrier(), e.labelId(), e.trackingNumber())));
        } else if (event instanceof LabelVoided e) {
            return withPackage(order, e.packageId(), OrderPackage::markLabelVoided);
        } else if (event instanceof PackageOpened e) {
            return opened(order, e);
        } else if (event instanceof PackageShipped e) {
            return shipped(order, e);
        } else if (event instanceof StockConsumed e) {
            return withPackage(order, e.packageId(), OrderPackage::markStockConsumed);
        } else if (event instanceof PackageDelivered e) {
            return delivered(order, e);
        } else if (event instanceof UnitsCancelled e) {
            return cancelled(order, e);
        } else if (event instanceof StockReleased e) {
            if (!order.releasesOwed().containsKey(e.cancellationId())) {
                throw new IllegalStateException("no release owed for " + e.cancellationId());
            }
            return order.copy().withReleasesOwed(order.releasesOwed().remove(e.cancellationId()));
        } else if (event instanceof NotificationSent e) {
            if (!order.notificationsOwed().containsKey(e.notificationKey())) {
                throw new IllegalStateException("no notification owed under " + e.notificationKey());
            }
            return order.copy()
                    .withNotificationsOwed(order.notificationsOwed().remove(e.notificationKey()))
                    .withNotificationsSent(order.notificationsSent().add(e.notificationKey()));
        }
        throw new IllegalStateException("unhandled event " + event.getClass().getName());
    }

    private static Order allocated(Order order, UnitsAllocated e) {
        Order moved = moveUnits(order, e.lineId(), Slot.of(Bucket.PENDING), Slot.at(Bucket.ALLOCATED, e.locationId()), e.quantity());
        Option<List<Reservation>> remaining = order.reservationInFlight().map(list -> list.filter(
                r -> !(r.lineId().equals(e.lineId()) && r.locationId().equals(e.locationId()))));
        return moved.copy()
                .withReservationInFlight(remaining.filter(r -> !r.isEmpty()))
                .withLastShortfalls(List.empty());
    }

    /** Back to pending; the reservation is owed back like a cancellation's, and the location is not used again. */
    private static Order deallocated(Order order, UnitsDeallocated e) {
        Order moved = moveUnits(order, e.lineId(), Slot.at(Bucket.ALLOCATED, e.locationId()), Slot.of(Bucket.PENDING), e.quantity());
        StockMovement release = new StockMovement(moved.line(e.lineId()).get().sku(), e.locationId(), e.quantity());
        List<StockMovement> owed = moved.releasesOwed().get(e.rerouteId()).getOrElse(List.empty());
        return moved.copy()
                .withReleasesOwed(moved.releasesOwed().put(e.rerouteId(), owed.append(release)))
                .withFailedLocations(moved.failedLocations().add(e.locationId()));
    }

    private static Order preordered(Order order, UnitsPreordered e) {
        Order moved = moveUnits(order, e.lineId(), Slot.of(Bucket.PENDING), Slot.of(Bucket.PREORDERED), e.quantity());
        moved = moved.copy().withPreorderReleases(moved.preorderReleases().put(e.lineId(), e.releasesAt()));
        return owe(moved, "preordered-" + e.lineId() + "-" + e.releasesAt(), Kind.UNITS_PREORDERED, Map.of(
                "lineId", e.lineId().value(),
                "units", Long.toString(moved.line(e.lineId()).get().count(Bucket.PREORDERED)),
                "releasesAt", e.releasesAt().toString()));
    }

    private static Order backordered(Order order, UnitsBackordered e) {
        Order moved = moveUnits(order, e.lineId(), Slot.of(Bucket.PENDING), Slot.of(Bucket.BACKORDERED), e.quantity());
        Map<String, String> details = new java.util.TreeMap<>(Map.of(
                "lineId", e.lineId().value(),
                "shipsNow", Long.toString(e.shipsNow()),
                "backordered", Long.toString(e.quantity()),
                "reason", e.reason()));
        e.expectedRestock().ifPresent(date -> details.put("expectedRestock", date.toString()));
        // The version numbers the commit being applied: one notice per line per commit.
        return owe(moved, "backordered-" + e.lineId() + "-v" + order.version(), Kind.UNITS_BACKORDERED, details);
    }

    private static Order filled(Order order, WaitingUnitsFilled e) {
        Order moved = moveUnits(order, e.lineId(), Slot.of(e.from()), Slot.of(Bucket.PENDING), e.quantity());
        return owe(moved, "filled-" + e.lineId() + "-" + e.restockId(), Kind.WAITING_UNITS_FILLED, Map.of(
                "lineId", e.lineId().value(),
                "allocatedNow", Long.toString(e.quantity()),
                "stillWaiting", Long.toString(e.stillWaiting())));
    }

    private static Order releaseMoved(Order order, ReleaseDateMoved e) {
        if (!order.preorderReleases().get(e.lineId()).contains(e.from())) {
            throw new IllegalStateException("line " + e.lineId() + " was not due for release at " + e.from());
        }
        Order moved = order.copy().withPreorderReleases(order.preorderReleases().put(e.lineId(), e.to()));
        return owe(moved, "release-moved-" + e.lineId() + "-" + e.to(), Kind.RELEASE_DATE_MOVED, Map.of(
                "lineId", e.lineId().value(), "from", e.from().toString(), "to", e.to().toString()));
    }

    private static Order picked(Order order, PickListPicked e) {
        PickList list = order.pickLists().get(e.pickListId())
                .getOrElseThrow(() -> new IllegalStateException("unknown pick list " + e.pickListId()));
        Order moved = order;
        for (FulfilmentEvent.PickItem item : list.items()) {
            moved = moveUnits(moved, item.lineId(), Slot.at(Bucket.ALLOCATED, list.location()),
                    Slot.at(Bucket.PICKED, list.location()), item.quantity());
        }
        return moved.copy().withPickLists(moved.pickLists().put(list.id(), list.markPicked()));
    }

    private static Order packed(Order order, PackagePacked e) {
        Order moved = order;
        for (PackageItem item : e.contents()) {
            moved = moveUnits(moved, item.lineId(), Slot.at(Bucket.PICKED, e.locationId()),
                    Slot.at(Bucket.PACKED, e.locationId()), item.quantity());
        }
        OrderPackage pkg = OrderPackage.packed(e.packageId(), e.locationId(), List.ofAll(e.contents()),
                Option.ofOptional(e.specialHandling()), Option.ofOptional(e.giftMessage()));
        return moved.copy().withPackages(moved.packages().put(pkg.id(), pkg));
    }

    private static Order opened(Order order, PackageOpened e) {
        OrderPackage pkg = packageOf(order, e.packageId());
        Order moved = order;
        for (PackageItem item : pkg.contents()) {
            moved = moveUnits(moved, item.lineId(), Slot.at(Bucket.PACKED, pkg.location()),
                    Slot.at(Bucket.PICKED, pkg.location()), item.quantity());
        }
        return withPackage(moved, pkg.id(), p -> p.withState(OrderPackage.State.OPENED));
    }

    private static Order shipped(Order order, PackageShipped e) {
        OrderPackage pkg = packageOf(order, e.packageId());
        Order moved = order;
        for (PackageItem item : pkg.contents()) {
            moved = moveUnits(moved, item.lineId(), Slot.at(Bucket.PACKED, pkg.location()), Slot.of(Bucket.SHIPPED),
                    item.quantity());
        }
        Order result = Prepaying.shipped(order, pkg, withPackage(moved, pkg.id(), p -> p.shipped(e.shippedAt())));
        OrderPackage.Label label = pkg.label().getOrElseThrow(() -> new IllegalStateException("shipped without label"));
        return owe(result, "shipped-" + pkg.id(), Kind.ORDER_SHIPPED, Map.of(
                "packageId", pkg.id().value(),
                "carrier", label.carrier(),
                "trackingNumber", label.trackingNumber(),
                "units", Long.toString(pkg.totalUnits())));
    }

    private static Order delivered(Order order, PackageDelivered e) {
        OrderPackage pkg = packageOf(order, e.packageId());
        Order moved = order;
        for (PackageItem item : pkg.contents()) {
            moved = moveUnits(moved, item.lineId(), Slot.of(Bucket.SHIPPED), Slot.of(Bucket.DELIVERED), item.quantity());
        }
        Order result = withPackage(moved, pkg.id(), p -> p.delivered(e.deliveredAt()));
        return owe(result, "delivered-" + pkg.id(), Kind.ORDER_DELIVERED, Map.of("packageId", pkg.id().value()));
    }

    private static Order cancelled(Order order, UnitsCancelled e) {
        Slot from = new Slot(e.from(), Option.ofOptional(e.locationId()));
        Order moved = moveUnits(order, e.lineId(), from, Slot.of(Bucket.CANCELLED), e.quantity());
        Order counted = Prepaying.refundExcess(
                moved.copy().withCancellationIds(order.cancellationIds().add(e.cancellationId())), e.lineId());
        if (e.from().heldAtLocation()) {
            Line line = order.line(e.lineId()).get();
            StockMovement release = new StockMovement(line.sku(), e.locationId().get(), e.quantity());
            List<StockMovement> owed = counted.releasesOwed().get(e.cancellationId()).getOrElse(List.empty());
            counted = counted.copy().withReleasesOwed(counted.releasesOwed().put(e.cancellationId(), owed.append(release)));
        }
        String suffix = "cancelled-" + e.cancellationId();
        Map<String, String> details = new java.util.TreeMap<>(counted.notificationsOwed()
                .get(notificationKey(counted, suffix)).map(Notification::details).getOrElse(Map.of()));
        details.merge(e.lineId().value(), Long.toString(e.quantity()), (a, b) -> Long.toString(Long.parseLong(a) + Long.parseLong(b)));
        details.put("reason", e.reason());
        return owe(counted, suffix, Kind.ORDER_CANCELLED, details);
    }

    private static Order moveUnits(Order order, LineId lineId, Slot from, Slot to, long n) {
        Line line = order.line(lineId).getOrElseThrow(() -> new IllegalStateException("unknown line " + lineId));
        return order.copy().withLines(order.lines().put(lineId, line.move(from, to, n)));
    }

    private static Order withPurchase(Order order, String id, java.util.function.UnaryOperator<Purchase> change) {
        Purchase purchase = order.purchases().get(id).getOrElseThrow(() -> new IllegalStateException("unknown purchase " + id));
        return order.copy().withPurchases(order.purchases().put(id, change.apply(purchase)));
    }

    private static OrderPackage packageOf(Order order, PackageId id) {
        return order.packages().get(id).getOrElseThrow(() -> new IllegalStateException("unknown package " + id));
    }

    private static Order withPackage(Order order, PackageId id, java.util.function.UnaryOperator<OrderPackage> change) {
        return order.copy().withPackages(order.packages().put(id, change.apply(packageOf(order, id))));
    }

    private static String notificationKey(Order order, String suffix) {
        return order.id().value() + ":" + suffix;
    }

    /** Records (or updates) a notification the customer is owed, unless it was already sent. */
    private static Order owe(Order order, String suffix, Kind kind, Map<String, String> details) {
        String key = notificationKey(order, suffix);
        if (order.notificationsSent().contains(key)) {
            return order;
        }
        Notification notification = new Notification(key, order.id(), order.customer(), order.channel(), kind, details);
        return order.copy().withNotificationsOwed(order.notificationsOwed().put(key, notification));
    }
}

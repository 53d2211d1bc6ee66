package dev.oms.spi.event;

import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Something that happened to an order, in the past tense. Events carry enough detail for an audit trail
 * and to rebuild the order's state by replay; they are immutable and validated on construction.
 */
public sealed interface OrderEvent {

    /** One line as placed. */
    record PlacedLine(LineId lineId, Sku sku, long quantity, Money unitPrice) {
        public PlacedLine {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonNull(unitPrice, "unitPrice");
            positive(quantity, "quantity");
        }
    }

    /** The order was accepted: every line's units start {@link Bucket#PENDING}. */
    record OrderPlaced(
            OrderId orderId,
            Channel channel,
            String externalId,
            CustomerRef customer,
            Address shipTo,
            PaymentMethod paymentMethod,
            CurrencyUnit currency,
            List<PlacedLine> lines,
            Instant placedAt)
            implements OrderEvent {
        public OrderPlaced {
            Require.nonNull(orderId, "orderId");
            Require.nonNull(channel, "channel");
            Require.nonBlank(externalId, "externalId");
            Require.nonNull(customer, "customer");
            Require.nonNull(shipTo, "shipTo");
            Require.nonNull(paymentMethod, "paymentMethod");
            Require.nonNull(currency, "currency");
            Require.nonNull(placedAt, "placedAt");
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("an order has at least one line");
            }
        }
    }

    /** Units of one line to reserve at one location. */
    record Reservation(LineId lineId, Sku sku, LocationId locationId, long quantity) {
        public Reservation {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonNull(locationId, "locationId");
            positive(quantity, "quantity");
        }
    }

    /**
     * Allocation chose where pending units come from and owes the inventory a reservation for them. The
     * request is settled by {@link UnitsAllocated} for each reservation, or by {@link ReservationFailed}.
     * Storing the intent first is what lets a crashed reservation be retried with the same key.
     */
    record ReservationRequested(int attempt, List<Reservation> reservations) implements OrderEvent {
        public ReservationRequested {
            positive(attempt, "attempt");
            reservations = List.copyOf(reservations);
            if (reservations.isEmpty()) {
                throw new IllegalArgumentException("a reservation request reserves something");
            }
        }
    }

    /** The inventory refused a reservation request (someone else took the stock first); nothing was reserved. */
    record ReservationFailed(int attempt, List<Shortfall> shortfalls) implements OrderEvent {
        public ReservationFailed {
            positive(attempt, "attempt");
            shortfalls = List.copyOf(shortfalls);
        }
    }

    /** Units of a line were reserved at a location: PENDING to ALLOCATED. */
    record UnitsAllocated(LineId lineId, LocationId locationId, long quantity) implements OrderEvent {
        public UnitsAllocated {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(locationId, "locationId");
            positive(quantity, "quantity");
        }
    }

    /**
     * Units of a line allocated at a location that cannot fulfil them after all went back to PENDING
     * (ALLOCATED to PENDING), to be routed elsewhere. Their reservation there is owed back to the inventory
     * under {@code rerouteId}, settled by {@link StockReleased} like a cancellation's.
     */
    record UnitsDeallocated(String rerouteId, LineId lineId, LocationId locationId, long quantity, String reason)
            implements OrderEvent {
        public UnitsDeallocated {
            Require.nonBlank(rerouteId, "rerouteId");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(locationId, "locationId");
            positive(quantity, "quantity");
            Require.nonBlank(reason, "reason");
        }
    }

    /**
     * The order asked its payment provider to authorise an amount, under attempt number {@code attempt}.
     * Settled by {@link PaymentAuthorized} or {@link PaymentDeclined}. Recording the amount first means a
     * call whose answer was lost is retried with the same key and the same amount, as providers require.
     */
    record AuthorizationRequested(int attempt, Money amount) implements OrderEvent {
        public AuthorizationRequested {
            positive(attempt, "attempt");
            positiveMoney(amount, "amount");
        }
    }

    /**
     * Units of a product not yet released were pre-ordered: PENDING to PREORDERED. They wait for the
     * release and are then filled before any backorder or new order of the SKU, in placement order.
     */
    record UnitsPreordered(LineId lineId, long quantity, Instant releasesAt) implements OrderEvent {
        public UnitsPreordered {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(releasesAt, "releasesAt");
            positive(quantity, "quantity");
        }
    }

    /**
     * Units the stock could not cover were backordered: PENDING to BACKORDERED. They wait for a receipt.
     *
     * @param shipsNow units of the line that stock covers now, for the customer's notice
     * @param expectedRestock when the host expects stock, if it said
     * @param reason why the units wait (stock short, pre-order cap reached...)
     */
    record UnitsBackordered(LineId lineId, long quantity, long shipsNow, Optional<LocalDate> expectedRestock, String reason)
            implements OrderEvent {
        public UnitsBackordered {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(expectedRestock, "expectedRestock");
            Require.nonBlank(reason, "reason");
            positive(quantity, "quantity");
            if (shipsNow < 0) {
                throw new IllegalArgumentException("shipsNow cannot be negative, was " + shipsNow);
            }
        }
    }

    /**
     * Stock received or released for waiting units: they leave the queue ({@code from}, PREORDERED or
     * BACKORDERED) for PENDING, and the same commit requests their reservation.
     *
     * @param restockId the receipt or release that filled them
     * @param stillWaiting units of the line left in {@code from} after this fill
     */
    record WaitingUnitsFilled(LineId lineId, Bucket from, long quantity, long stillWaiting, String restockId)
            implements OrderEvent {
        public WaitingUnitsFilled {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(from, "from");
            Require.nonBlank(restockId, "restockId");
            positive(quantity, "quantity");
            if (!from.isWaiting()) {
                throw new IllegalArgumentException("only waiting units are filled, not " + from);
            }
            if (stillWaiting < 0) {
                throw new IllegalArgumentException("stillWaiting cannot be negative, was " + stillWaiting);
            }
        }
    }

    /**
     * The product was released but the stock did not cover these pre-ordered units: they stay PREORDERED
     * and keep their place in the queue. Recorded once per line, so the customer is told once.
     */
    record PreorderStillWaiting(LineId lineId, long quantity, String restockId) implements OrderEvent {
        public PreorderStillWaiting {
            Require.nonNull(lineId, "lineId");
            Require.nonBlank(restockId, "restockId");
            positive(quantity, "quantity");
        }
    }

    /** The release date of a line's pre-ordered units moved. */
    record ReleaseDateMoved(LineId lineId, Instant from, Instant to) implements OrderEvent {
        public ReleaseDateMoved {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(from, "from");
            Require.nonNull(to, "to");
            if (from.equals(to)) {
                throw new IllegalArgumentException("a moved release date differs from the old one");
            }
        }
    }

    /**
     * Units of a line are bought from a supplier for this order (an indent order): PENDING to
     * AWAITING_SUPPLIER. The purchase request is owed to the supplier port until {@link PurchaseRequestSent}.
     */
    record PurchaseRequested(String purchaseId, LineId lineId, Sku sku, LocationId supplier, long quantity)
            implements OrderEvent {
        public PurchaseRequested {
            Require.nonBlank(purchaseId, "purchaseId");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonNull(supplier, "supplier");
            positive(quantity, "quantity");
        }
    }

    /** The purchase request was handed to the supplier port. */
    record PurchaseRequestSent(String purchaseId) implements OrderEvent {
        public PurchaseRequestSent {
            Require.nonBlank(purchaseId, "purchaseId");
        }
    }

    /** The supplier committed units of a purchase, possibly fewer than requested; they are held for this order. */
    record SupplierConfirmed(String purchaseId, long committed, LocalDate expectedOn) implements OrderEvent {
        public SupplierConfirmed {
            Require.nonBlank(purchaseId, "purchaseId");
            Require.nonNull(expectedOn, "expectedOn");
            positive(committed, "committed");
        }
    }

    /** The supplier committed nothing of a purchase. */
    record SupplierRejected(String purchaseId, String reason) implements OrderEvent {
        public SupplierRejected {
            Require.nonBlank(purchaseId, "purchaseId");
            Require.nonBlank(reason, "reason");
        }
    }

    /**
     * Units a supplier did not commit left AWAITING_SUPPLIER for {@code to}, as the host's policy says:
     * CANCELLED, BACKORDERED, or PENDING to be sourced again.
     */
    record SupplierShortfallSettled(String purchaseId, LineId lineId, long quantity, Bucket to, String reason)
            implements OrderEvent {
        public SupplierShortfallSettled {
            Require.nonBlank(purchaseId, "purchaseId");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(to, "to");
            Require.nonBlank(reason, "reason");
            positive(quantity, "quantity");
            if (to != Bucket.CANCELLED && to != Bucket.BACKORDERED && to != Bucket.PENDING) {
                throw new IllegalArgumentException("a supplier shortfall is cancelled, backordered or re-sourced, not " + to);
            }
        }
    }

    /**
     * Goods of a purchase were received at a location, ring-fenced for this order: AWAITING_SUPPLIER to
     * ALLOCATED. Turning the ring-fenced stock into this order's reservation is owed under
     * {@code receiptId} until {@link RingFenceReserved}.
     */
    record PurchaseGoodsReceived(String receiptId, String purchaseId, LineId lineId, LocationId locationId, long quantity)
            implements OrderEvent {
        public PurchaseGoodsReceived {
            Require.nonBlank(receiptId, "receiptId");
            Require.nonBlank(purchaseId, "purchaseId");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(locationId, "locationId");
            positive(quantity, "quantity");
        }
    }

    /** The ring-fenced stock of a goods receipt became this order's reservation. */
    record RingFenceReserved(String receiptId) implements OrderEvent {
        public RingFenceReserved {
            Require.nonBlank(receiptId, "receiptId");
        }
    }

    /** The payment provider authorised an amount. */
    record PaymentAuthorized(String authorizationId, Money amount) implements OrderEvent {
        public PaymentAuthorized {
            Require.nonBlank(authorizationId, "authorizationId");
            positiveMoney(amount, "amount");
        }
    }

    /** The payment provider declined an authorisation or a capture: the order is on payment hold. */
    record PaymentDeclined(PaymentStage stage, String reason) implements OrderEvent {
        public PaymentDeclined {
            Require.nonNull(stage, "stage");
            Require.nonBlank(reason, "reason");
        }
    }

    /** Which payment call an outcome belongs to. */
    enum PaymentStage {
        AUTHORIZATION,
        CAPTURE
    }

    /** The customer or an operator asked to try the payment again, possibly with a new method. */
    record PaymentRetryRequested(PaymentMethod paymentMethod) implements OrderEvent {
        public PaymentRetryRequested {
            Require.nonNull(paymentMethod, "paymentMethod");
        }
    }

    /** An authorised amount was captured for a shipped package. */
    record PaymentCaptured(PackageId packageId, String authorizationId, String captureId, Money amount)
            implements OrderEvent {
        public PaymentCaptured {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(authorizationId, "authorizationId");
            Require.nonBlank(captureId, "captureId");
            positiveMoney(amount, "amount");
        }
    }

    /**
     * An authorisation was given up as expired before the units it covers could ship (a pre-order filled
     * after the provider's hold period): its open amount no longer counts, so the order authorises again.
     */
    record AuthorizationLapsed(String authorizationId, Money amount) implements OrderEvent {
        public AuthorizationLapsed {
            Require.nonBlank(authorizationId, "authorizationId");
            positiveMoney(amount, "amount");
        }
    }

    /** The uncaptured rest of an authorisation was released, because nothing more will be charged to it. */
    record AuthorizationVoided(String authorizationId, Money amount) implements OrderEvent {
        public AuthorizationVoided {
            Require.nonBlank(authorizationId, "authorizationId");
            positiveMoney(amount, "amount");
        }
    }

    /**
     * Charge at placement: the order will capture the value of {@code quantity} pre-ordered units of a
     * line from an authorisation before they ship. Recorded before the provider is called, so a lost
     * answer is retried for the same amount.
     */
    record PrepaymentRequested(int attempt, LineId lineId, long quantity, String authorizationId, Money amount)
            implements OrderEvent {
        public PrepaymentRequested {
            positive(attempt, "attempt");
            Require.nonNull(lineId, "lineId");
            positive(quantity, "quantity");
            Require.nonBlank(authorizationId, "authorizationId");
            positiveMoney(amount, "amount");
        }
    }

    /** The requested prepayment was captured: its units are paid for before they ship. */
    record PreorderPrepaid(String authorizationId, String captureId, Money amount) implements OrderEvent {
        public PreorderPrepaid {
            Require.nonBlank(authorizationId, "authorizationId");
            Require.nonBlank(captureId, "captureId");
            positiveMoney(amount, "amount");
        }
    }

    /** Captured money was paid back to the customer (prepaid units that were cancelled). */
    record PaymentRefunded(String captureId, String refundId, Money amount) implements OrderEvent {
        public PaymentRefunded {
            Require.nonBlank(captureId, "captureId");
            Require.nonBlank(refundId, "refundId");
            positiveMoney(amount, "amount");
        }
    }

    /** The payment provider declined a refund: it stays owed and payment is on hold until retried. */
    record RefundDeclined(String captureId, Money amount, String reason) implements OrderEvent {
        public RefundDeclined {
            Require.nonBlank(captureId, "captureId");
            positiveMoney(amount, "amount");
            Require.nonBlank(reason, "reason");
        }
    }

    /** Cash was collected by the carrier at delivery of a cash-on-delivery package. */
    record CashCollected(PackageId packageId, Money amount) implements OrderEvent {
        public CashCollected {
            Require.nonNull(packageId, "packageId");
            positiveMoney(amount, "amount");
        }
    }

    /** One item of a pick list: what to take from which storage place. */
    record PickItem(LineId lineId, Sku sku, long quantity, String bin) {
        public PickItem {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonBlank(bin, "bin");
            positive(quantity, "quantity");
        }
    }

    /** A location was told to pick allocated units. Units stay ALLOCATED until picked. */
    record PickListCreated(PickListId pickListId, LocationId locationId, List<PickItem> items)
            implements OrderEvent {
        public PickListCreated {
            Require.nonNull(pickListId, "pickListId");
            Require.nonNull(locationId, "locationId");
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a pick list has at least one item");
            }
        }
    }

    /** Every item of a pick list was taken from the shelf: ALLOCATED to PICKED. */
    record PickListPicked(PickListId pickListId) implements OrderEvent {
        public PickListPicked {
            Require.nonNull(pickListId, "pickListId");
        }
    }

    /** Units of a line inside a package. */
    record PackageItem(LineId lineId, long quantity) {
        public PackageItem {
            Require.nonNull(lineId, "lineId");
            positive(quantity, "quantity");
        }
    }

    /** Picked units were packed: PICKED to PACKED. Handling and gift-wrap instructions travel with the package. */
    record PackagePacked(
            PackageId packageId,
            LocationId locationId,
            List<PackageItem> contents,
            Optional<String> specialHandling,
            Optional<String> giftMessage)
            implements OrderEvent {
        public PackagePacked {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(locationId, "locationId");
            Require.nonNull(specialHandling, "specialHandling");
            Require.nonNull(giftMessage, "giftMessage");
            contents = List.copyOf(contents);
            if (contents.isEmpty()) {
                throw new IllegalArgumentException("a package holds at least one item");
            }
        }
    }

    /**
     * A label was asked of the carrier for a package, with the host's chosen service. The purchase is owed
     * to the carrier until {@link LabelPurchased} or {@link LabelRefused}: stored first, so a purchase whose
     * answer was lost is retried under the same key, and a label bought for a package opened meanwhile is
     * still recorded, then voided.
     */
    record LabelRequested(PackageId packageId, String service) implements OrderEvent {
        public LabelRequested {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(service, "service");
        }
    }

    /** The carrier refused the label asked for (service unknown, destination not served...). */
    record LabelRefused(PackageId packageId, String service, String reason) implements OrderEvent {
        public LabelRefused {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(service, "service");
            Require.nonBlank(reason, "reason");
        }
    }

    /** A carrier label was bought for a package. */
    record LabelPurchased(PackageId packageId, String carrier, String labelId, String trackingNumber, Money cost)
            implements OrderEvent {
        public LabelPurchased {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(carrier, "carrier");
            Require.nonBlank(labelId, "labelId");
            Require.nonBlank(trackingNumber, "trackingNumber");
            Require.nonNull(cost, "cost");
        }
    }

    /** A package's label was cancelled with the carrier after the package was opened. */
    record LabelVoided(PackageId packageId, String labelId) implements OrderEvent {
        public LabelVoided {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(labelId, "labelId");
        }
    }

    /** A packed, unshipped package was opened so its units can be cancelled: PACKED back to PICKED. */
    record PackageOpened(PackageId packageId, String reason) implements OrderEvent {
        public PackageOpened {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(reason, "reason");
        }
    }

    /** The carrier took the package: PACKED to SHIPPED. */
    record PackageShipped(PackageId packageId, Instant shippedAt) implements OrderEvent {
        public PackageShipped {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(shippedAt, "shippedAt");
        }
    }

    /** The shipped units left the location's stock for good. */
    record StockConsumed(PackageId packageId) implements OrderEvent {
        public StockConsumed {
            Require.nonNull(packageId, "packageId");
        }
    }

    /** The customer received the package: SHIPPED to DELIVERED. */
    record PackageDelivered(PackageId packageId, Instant deliveredAt) implements OrderEvent {
        public PackageDelivered {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(deliveredAt, "deliveredAt");
        }
    }

    /**
     * Units of a line were cancelled from one bucket (and location, for held units). Held units leave a
     * stock release owed under {@code cancellationId}, settled by {@link StockReleased}.
     */
    record UnitsCancelled(
            String cancellationId,
            LineId lineId,
            Bucket from,
            Optional<LocationId> locationId,
            long quantity,
            String reason)
            implements OrderEvent {
        public UnitsCancelled {
            Require.nonBlank(cancellationId, "cancellationId");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(from, "from");
            Require.nonNull(locationId, "locationId");
            Require.nonBlank(reason, "reason");
            positive(quantity, "quantity");
            if (from.heldAtLocation() != locationId.isPresent()) {
                throw new IllegalArgumentException("a location is named exactly for units held at one");
            }
            if (from.isFinal()) {
                throw new IllegalArgumentException("units cannot be cancelled from " + from);
            }
        }
    }

    /**
     * The reservations freed by a cancellation went back to stock; also those freed by a reroute
     * ({@link UnitsDeallocated}), whose reroute id is then the {@code cancellationId}.
     */
    record StockReleased(String cancellationId) implements OrderEvent {
        public StockReleased {
            Require.nonBlank(cancellationId, "cancellationId");
        }
    }

    /** A notification owed to the customer was handed to the notification port. */
    record NotificationSent(String notificationKey) implements OrderEvent {
        public NotificationSent {
            Require.nonBlank(notificationKey, "notificationKey");
        }
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    private static void positiveMoney(Money value, String name) {
        Require.nonNull(value, name);
        if (!value.isPositive()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}

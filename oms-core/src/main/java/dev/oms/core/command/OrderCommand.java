package dev.oms.core.command;

import dev.oms.spi.event.Bucket;
import dev.oms.core.backorder.Backorder;
import dev.oms.core.indent.Indent;
import dev.oms.core.indent.SupplierShortfall;
import dev.oms.core.preorder.Preorder;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.payment.PaymentGateway.CaptureResult;
import dev.oms.spi.payment.PaymentGateway.RefundResult;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.joda.money.Money;

/**
 * Something asked of an existing order, in the imperative. Every command carries an idempotency key: a
 * command whose key the order already handled is answered with no new events.
 */
public sealed interface OrderCommand {

    String idempotencyKey();

    /**
     * A digest of the parameters a host gave with its key ({@link Fingerprint}), or empty for commands keyed
     * by the facade itself. The same key with another fingerprint is a reused key, not a replay.
     */
    default String fingerprint() {
        return "";
    }

    /** Reserve pending units as planned by the allocation policy. */
    record RequestReservation(String idempotencyKey, List<Reservation> reservations) implements OrderCommand {
        public RequestReservation {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(reservations, "reservations");
        }
    }

    /**
     * Put pending units in their restock queue (pre-ordered or backordered) and reserve the rest, as one
     * decision: what placement and every later allocation of pending units do.
     */
    record AllocatePending(String idempotencyKey, List<Preorder> preorders, List<Indent> indents,
            List<Backorder> backorders, List<Reservation> reservations) implements OrderCommand {
        public AllocatePending {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(indents, "indents");
            Require.nonNull(preorders, "preorders");
            Require.nonNull(backorders, "backorders");
            Require.nonNull(reservations, "reservations");
        }
    }

    /**
     * Take waiting units out of the restock queue because stock arrived for them, and reserve them.
     *
     * @param restockId the receipt or release that fills them
     * @param stillWaiting pre-ordered lines the release did not cover, whose customers are told once
     * @param lapsedAuthorizations authorisations expired by now, given up so that the order authorises again
     */
    record FillWaitingUnits(String idempotencyKey, String restockId, List<Fill> fills, List<Reservation> reservations,
            List<LineId> stillWaiting, List<String> lapsedAuthorizations) implements OrderCommand {
        public FillWaitingUnits {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonBlank(restockId, "restockId");
            Require.nonNull(fills, "fills");
            Require.nonNull(reservations, "reservations");
            Require.nonNull(stillWaiting, "stillWaiting");
            Require.nonNull(lapsedAuthorizations, "lapsedAuthorizations");
        }
    }

    /** Waiting units of a line leaving {@code from} for allocation. */
    record Fill(LineId lineId, Bucket from, long quantity) {
        public Fill {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(from, "from");
        }
    }

    /** Record that the product of a pre-ordered line now releases at {@code releasesAt}. */
    record MoveReleaseDate(String idempotencyKey, LineId lineId, Instant releasesAt) implements OrderCommand {
        public MoveReleaseDate {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(releasesAt, "releasesAt");
        }
    }

    /** Record that a purchase request reached the supplier port. */
    record RecordPurchaseRequestSent(String idempotencyKey, String purchaseId) implements OrderCommand {
        public RecordPurchaseRequestSent {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonBlank(purchaseId, "purchaseId");
        }
    }

    /** Record a supplier's answer to a purchase; uncommitted units go where {@code shortfall} says. */
    record RecordSupplierAnswer(String idempotencyKey, SupplierConfirmation confirmation, SupplierShortfall shortfall)
            implements OrderCommand {
        public RecordSupplierAnswer {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(confirmation, "confirmation");
            Require.nonNull(shortfall, "shortfall");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(confirmation.purchaseId(), confirmation.committed(), confirmation.expectedOn(), confirmation.reason());
        }
    }

    /** Record goods received against a purchase, already ring-fenced in the inventory under {@code idempotencyKey}. */
    record RecordPurchaseReceipt(String idempotencyKey, String purchaseId, LocationId location, long quantity)
            implements OrderCommand {
        public RecordPurchaseReceipt {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonBlank(purchaseId, "purchaseId");
            Require.nonNull(location, "location");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(purchaseId, location, quantity);
        }
    }

    /** Record that a receipt's ring-fenced stock became this order's reservation. */
    record RecordRingFenceReserved(String idempotencyKey, String receiptId) implements OrderCommand {
        public RecordRingFenceReserved {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonBlank(receiptId, "receiptId");
        }
    }

    /** Record what the inventory answered to the reservation request in flight. */
    record RecordReservation(String idempotencyKey, int attempt, ReservationResult result) implements OrderCommand {
        public RecordReservation {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(result, "result");
        }
    }

    /** Ask for an authorisation of what the order's wanted units cost and no authorisation covers yet. */
    record RequestAuthorization(String idempotencyKey) implements OrderCommand {
        public RequestAuthorization {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
        }
    }

    /** Record what the payment provider answered to an authorisation. */
    record RecordAuthorization(String idempotencyKey, Money requested, AuthorizationResult result) implements OrderCommand {
        public RecordAuthorization {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(requested, "requested");
            Require.nonNull(result, "result");
        }
    }

    /** Try a declined payment again, optionally with another payment method. */
    record RetryPayment(String idempotencyKey, Option<PaymentMethod> newMethod) implements OrderCommand {
        public RetryPayment {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(newMethod, "newMethod");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(newMethod);
        }
    }

    /** Record what the payment provider answered to a capture for a shipped package. */
    record RecordCapture(String idempotencyKey, PackageId packageId, String authorizationId, Money requested,
            CaptureResult result) implements OrderCommand {
        public RecordCapture {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(authorizationId, "authorizationId");
            Require.nonNull(requested, "requested");
            Require.nonNull(result, "result");
        }
    }

    /** Charge at placement: ask to capture the value of pre-ordered units no prepayment covers yet. */
    record RequestPrepayment(String idempotencyKey) implements OrderCommand {
        public RequestPrepayment {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
        }
    }

    /** Record what the payment provider answered to a prepayment capture. */
    record RecordPrepayment(String idempotencyKey, String authorizationId, Money requested, CaptureResult result)
            implements OrderCommand {
        public RecordPrepayment {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonBlank(authorizationId, "authorizationId");
            Require.nonNull(requested, "requested");
            Require.nonNull(result, "result");
        }
    }

    /** Record what the payment provider answered to a refund of prepaid money. */
    record RecordRefund(String idempotencyKey, String captureId, Money requested, RefundResult result)
            implements OrderCommand {
        public RecordRefund {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonBlank(captureId, "captureId");
            Require.nonNull(requested, "requested");
            Require.nonNull(result, "result");
        }
    }

    /** Record that the rest of an authorisation was voided. */
    record RecordAuthorizationVoided(String idempotencyKey, String authorizationId, Money amount) implements OrderCommand {
        public RecordAuthorizationVoided {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonBlank(authorizationId, "authorizationId");
            Require.nonNull(amount, "amount");
        }
    }

    /** Create a pick list per location for allocated units no pick list covers yet. */
    record CreatePickLists(String idempotencyKey, io.vavr.collection.Map<PickListBinKey, String> bins)
            implements OrderCommand {
        public CreatePickLists {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(bins, "bins");
        }
    }

    /** Where a SKU is stored at a location, for the picker. */
    record PickListBinKey(dev.oms.spi.value.Sku sku, LocationId location) {}

    /** Confirm every item of a pick list was taken from the shelf. */
    record ConfirmPicked(String idempotencyKey, PickListId pickListId) implements OrderCommand {
        public ConfirmPicked {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(pickListId, "pickListId");
        }
    }

    /** Confirm picked units were packed into one package, with handling and gift-wrap instructions. */
    record ConfirmPacked(String idempotencyKey, LocationId location, List<PackageItem> contents,
            Option<String> specialHandling, Option<String> giftMessage) implements OrderCommand {
        public ConfirmPacked {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(location, "location");
            Require.nonNull(contents, "contents");
            Require.nonNull(specialHandling, "specialHandling");
            Require.nonNull(giftMessage, "giftMessage");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(location, contents, specialHandling, giftMessage);
        }
    }

    /** Ask the carrier for a packed package's label, with the given service. */
    record RequestLabel(String idempotencyKey, PackageId packageId, String service) implements OrderCommand {
        public RequestLabel {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(service, "service");
        }
    }

    /** Record that the carrier refused the label asked for. */
    record RecordLabelRefused(String idempotencyKey, PackageId packageId, String reason) implements OrderCommand {
        public RecordLabelRefused {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(reason, "reason");
        }
    }

    /** Record a label bought for a package. */
    record RecordLabel(String idempotencyKey, PackageId packageId, String carrier, String labelId,
            String trackingNumber, Money cost) implements OrderCommand {
        public RecordLabel {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
        }
    }

    /** The carrier took a labelled package. */
    record Ship(String idempotencyKey, PackageId packageId, Instant shippedAt) implements OrderCommand {
        public Ship {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonNull(shippedAt, "shippedAt");
        }
    }

    /** The customer received a package. */
    record ConfirmDelivery(String idempotencyKey, PackageId packageId, Instant deliveredAt) implements OrderCommand {
        public ConfirmDelivery {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonNull(deliveredAt, "deliveredAt");
        }
    }

    /**
     * Cancel units. With no line, every unit not yet shipped; with a line and no quantity, every unshipped
     * unit of that line.
     *
     * @param preference the locations in the host's order of preference, most preferred first (see
     *     {@link dev.oms.core.allocation.LocationPriorityAllocation#preference}): a partial cancel gives up
     *     units at the least preferred location first; one not listed counts as less preferred than any listed
     */
    record Cancel(String idempotencyKey, Option<LineId> line, Option<Long> quantity, String reason,
            List<LocationId> preference) implements OrderCommand {
        public Cancel {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(line, "line");
            Require.nonNull(quantity, "quantity");
            Require.nonBlank(reason, "reason");
            Require.nonNull(preference, "preference");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(line, quantity, reason);
        }
    }

    /**
     * Move the units allocated at a location that cannot fulfil them after all back to pending, and
     * allocate them again as {@code reallocation} plans (planned without that location), as one decision.
     */
    record Reroute(String idempotencyKey, LocationId failedLocation, String reason, AllocatePending reallocation)
            implements OrderCommand {
        public Reroute {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(failedLocation, "failedLocation");
            Require.nonBlank(reason, "reason");
            Require.nonNull(reallocation, "reallocation");
        }

        @Override
        public String fingerprint() {
            return fingerprintOf(failedLocation, reason);
        }

        /** What a host's reroute request asks for; the plan is the facade's, not the host's. */
        public static String fingerprintOf(LocationId failedLocation, String reason) {
            return Fingerprint.of(failedLocation, reason);
        }
    }

    /** Record that a cancellation's stock went back to the inventory. */
    record RecordStockReleased(String idempotencyKey, String cancellationId) implements OrderCommand {}

    /** Record that a shipped package's units left the inventory. */
    record RecordStockConsumed(String idempotencyKey, PackageId packageId) implements OrderCommand {}

    /** Record that an opened package's label was voided with the carrier. */
    record RecordLabelVoided(String idempotencyKey, PackageId packageId) implements OrderCommand {}

    /** Record that a notification was handed to the notification port. */
    record RecordNotificationSent(String idempotencyKey, String notificationKey) implements OrderCommand {}

}

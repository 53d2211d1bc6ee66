// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Require;
import java.util.List;
import org.joda.money.Money;

import static dev.oms.spi.event.EventChecks.positive;
import static dev.oms.spi.event.EventChecks.positiveMoney;

/** Bookkeeping of the effects an order owes its ports: a call about to be made (stored first so a lost answer is retried under the same key) or a call that was made. Listeners that only follow the business may ignore this family. */
public sealed interface EffectEvent extends OrderEvent {
    /**
     * Allocation chose where pending units come from and owes the inventory a reservation for them. The
     * request is settled by {@link AllocationEvent.UnitsAllocated} for each reservation, or by {@link AllocationEvent.ReservationFailed}.
     * Storing the intent first is what lets a crashed reservation be retried with the same key.
     *
     * @param attempt the attempt's number, from 1; it keys the call to the port
     * @param reservations the reservations owed; at least one
     */
    record ReservationRequested(int attempt, List<Reservation> reservations) implements EffectEvent {
        /** Checks the event.
         * @param attempt the attempt's number, from 1; it keys the call to the port
         * @param reservations the reservations owed; at least one */
        public ReservationRequested {
            positive(attempt, "attempt");
            reservations = List.copyOf(reservations);
            if (reservations.isEmpty()) {
                throw new IllegalArgumentException("a reservation request reserves something");
            }
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The order asked its payment provider to authorise an amount, under attempt number {@code attempt}.
     * Settled by {@link PaymentEvent.PaymentAuthorized} or {@link PaymentEvent.PaymentDeclined}. Recording the amount first means a
     * call whose answer was lost is retried with the same key and the same amount, as providers require.
     *
     * @param attempt the attempt's number, from 1; it keys the call to the port
     * @param amount the amount to authorise; positive
     */
    record AuthorizationRequested(int attempt, Money amount) implements EffectEvent {
        /** Checks the event.
         * @param attempt the attempt's number, from 1; it keys the call to the port
         * @param amount the amount to authorise; positive */
        public AuthorizationRequested {
            positive(attempt, "attempt");
            positiveMoney(amount, "amount");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Charge at placement: the order will capture the value of {@code quantity} pre-ordered units of a
     * line from an authorisation before they ship. Recorded before the provider is called, so a lost
     * answer is retried for the same amount.
     *
     * @param attempt the attempt's number, from 1; it keys the call to the port
     * @param lineId the order line
     * @param quantity how many units; positive
     * @param authorizationId the authorisation to capture from
     * @param amount the amount to capture; positive
     */
    record PrepaymentRequested(int attempt, LineId lineId, long quantity, AuthorizationId authorizationId, Money amount)
            implements EffectEvent {
        /** Checks the event.
         * @param attempt the attempt's number, from 1; it keys the call to the port
         * @param lineId the order line
         * @param quantity how many units; positive
         * @param authorizationId the authorisation to capture from
         * @param amount the amount to capture; positive */
        public PrepaymentRequested {
            positive(attempt, "attempt");
            Require.nonNull(lineId, "lineId");
            positive(quantity, "quantity");
            Require.nonNull(authorizationId, "authorizationId");
            positiveMoney(amount, "amount");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The purchase request was handed to the supplier port.
     *
     * @param purchaseId the purchase
     */
    record PurchaseRequestSent(PurchaseId purchaseId) implements EffectEvent {
        /** Checks the event.
         * @param purchaseId the purchase */
        public PurchaseRequestSent {
            Require.nonNull(purchaseId, "purchaseId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The fulfilment request was handed to the fulfilment port.
     *
     * @param requestId the request
     */
    record FulfilmentRequestSent(FulfilmentRequestId requestId) implements EffectEvent {
        /** Checks the event.
         * @param requestId the request */
        public FulfilmentRequestSent {
            Require.nonNull(requestId, "requestId");
        }

        @Override public <R> R accept(OrderEvent.Visitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * The ring-fenced stock of a goods receipt became this order's reservation.
     *
     * @param receiptId the goods receipt
     */
    record RingFenceReserved(ReceiptId receiptId) implements EffectEvent {
        /** Checks the event.
         * @param receiptId the goods receipt */
        public RingFenceReserved {
            Require.nonNull(receiptId, "receiptId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A label was asked of the carrier for a package, with the host's chosen service. The purchase is owed
     * to the carrier until {@link FulfilmentEvent.LabelPurchased} or {@link FulfilmentEvent.LabelRefused}: stored first, so a purchase whose
     * answer was lost is retried under the same key, and a label bought for a package opened meanwhile is
     * still recorded, then voided.
     *
     * @param packageId the package
     * @param service the carrier's service, as the host chose it
     */
    record LabelRequested(PackageId packageId, String service) implements EffectEvent {
        /** Checks the event.
         * @param packageId the package
         * @param service the carrier's service, as the host chose it */
        public LabelRequested {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(service, "service");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The shipped units left the location's stock for good.
     *
     * @param packageId the package
     */
    record StockConsumed(PackageId packageId) implements EffectEvent {
        /** Checks the event.
         * @param packageId the package */
        public StockConsumed {
            Require.nonNull(packageId, "packageId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The reservations owed back under a release id went back to stock: those freed by a cancellation
     * ({@link CancellationEvent.UnitsCancelled#cancellationId()}) or by a reroute
     * ({@link AllocationEvent.UnitsDeallocated#rerouteId()}). The component keeps its stored name,
     * {@code cancellationId}, for both.
     *
     * @param cancellationId the release id the reservations were owed back under
     */
    record StockReleased(ReleaseId cancellationId) implements EffectEvent {
        /** Checks the event.
         * @param cancellationId the release id the reservations were owed back under */
        public StockReleased {
            Require.nonNull(cancellationId, "cancellationId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A notification owed to the customer was handed to the notification port.
     *
     * @param notificationKey the notification's key, as {@code Notification.key()}
     */
    record NotificationSent(String notificationKey) implements EffectEvent {
        /** Checks the event.
         * @param notificationKey the notification's key, as {@code Notification.key()} */
        public NotificationSent {
            Require.nonBlank(notificationKey, "notificationKey");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.effects;

import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.supplier.PurchaseRequest;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.ReleaseId;
import io.vavr.collection.List;
import org.joda.money.Money;

/**
 * A call to a port that an order owes. {@link #key()} is stable for the life of the effect, so a retried
 * call carries the same idempotency key and the port can drop the duplicate.
 */
public sealed interface PendingEffect {

    /** {@return the idempotency key the port is called with, the same on every retry} */
    String key();

    /**
     * {@return whether the effect only moves stock in the inventory store: such an effect and the append recording it
     * can commit together when the stores share a transaction ({@code OrderStore.atomically}), while an effect
     * on a payment, carrier, supplier or notification port never runs inside a storage transaction}
     */
    default boolean movesStock() {
        return false;
    }

    /**
     * Calls the visitor method for this effect's type.
     *
     * @param <R> what performing an effect yields
     * @param visitor the performer
     * @return what the visitor's method returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per effect type: implementing it is the compile-time proof that every effect is performed.
     *
     * @param <R> what performing an effect yields
     */
    interface Visitor<R> {
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(Reserve effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(ReleaseStock effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(ConsumeStock effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(PurchaseLabel effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(VoidLabel effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(Authorize effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(Capture effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(Prepay effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(Refund effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(VoidAuthorization effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(RequestPurchase effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(ReserveRingFenced effect);
        /** {@return what performing it yields}
         * @param effect the effect to perform */
        R visit(Notify effect);
    }

    /** Reserve stock for the reservation request in flight. */
    record Reserve(String key, int attempt, List<StockMovement> movements) implements PendingEffect {
        @Override
        public boolean movesStock() {
            return true;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Give a cancellation's held stock back to the inventory. */
    record ReleaseStock(String key, ReleaseId cancellationId, List<StockMovement> movements) implements PendingEffect {
        @Override
        public boolean movesStock() {
            return true;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Take a shipped package's units out of the inventory. */
    record ConsumeStock(String key, PackageId packageId, List<StockMovement> movements) implements PendingEffect {
        @Override
        public boolean movesStock() {
            return true;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Buy the label asked for a packed package. */
    record PurchaseLabel(String key, PackageId packageId, LocationId shipFrom, String service, long units)
            implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Void the label of a package opened again. */
    record VoidLabel(String key, PackageId packageId, LabelId labelId) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Authorise what the order's wanted units cost and no authorisation covers yet. */
    record Authorize(String key, PaymentMethod method, Money amount) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Capture the value of a shipped package against an authorisation. */
    record Capture(String key, PackageId packageId, AuthorizationId authorizationId, Money amount) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Charge at placement: capture the value of pre-ordered units before they ship. */
    record Prepay(String key, AuthorizationId authorizationId, Money amount) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Pay back prepaid money whose units were cancelled. */
    record Refund(String key, CaptureId captureId, Money amount) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Void what is left of an authorisation nothing will capture. */
    record VoidAuthorization(String key, AuthorizationId authorizationId, Money amount) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Send a purchase bought for the order (indent) to the supplier. */
    record RequestPurchase(String key, PurchaseRequest request) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Turn a receipt's ring-fenced stock into this order's reservation. */
    record ReserveRingFenced(String key, ReceiptId receiptId, StockMovement movement) implements PendingEffect {
        @Override
        public boolean movesStock() {
            return true;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Tell the customer something the order owes them a notice of. */
    record Notify(String key, Notification notification) implements PendingEffect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.effects;

import dev.oms.spi.fulfilment.FulfilmentRequest;
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
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.Sku;
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
     * {@return whether the effect may be performed and recorded together with the others owed at the same time}: its
     * port call does not depend on their outcomes, nor theirs on its, so one commit records them all (a shipped
     * package's stock consumption, its capture and the customer's notice)
     */
    default boolean batchable() {
        return false;
    }

    /**
     * Calls the visitor method for this effect's type.
     *
     * @param <R> what performing an effect yields
     * @param visitor the performer
     * @return what the visitor's method returned
     */
    <R> R accept(PendingEffectVisitor<R> visitor);

    /**
     * Reserve stock for the reservation request in flight.
     *
     * @param key the idempotency key the port is called with
     * @param attempt the reservation attempt, so an answer to an earlier one is told apart
     * @param movements the units to reserve, per SKU and location
     */
    record Reserve(String key, int attempt, List<StockMovement> movements) implements PendingEffect {
        @Override public boolean movesStock() { return true; }
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Reserve at a move's target the units it takes there, before the reservations they leave are released.
     *
     * @param key the idempotency key the port is called with
     * @param moveId the move in flight, so an answer to an earlier one is told apart
     * @param movements the units to reserve at the target, per SKU
     */
    record ReserveMoved(String key, ReleaseId moveId, List<StockMovement> movements) implements PendingEffect {
        @Override public boolean movesStock() { return true; }
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Give a cancellation's held stock back to the inventory.
     *
     * @param key the idempotency key the port is called with
     * @param cancellationId the cancellation that freed the stock
     * @param movements the units to give back, per SKU and location
     */
    record ReleaseStock(String key, ReleaseId cancellationId, List<StockMovement> movements) implements PendingEffect {
        @Override public boolean movesStock() { return true; }
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Take a shipped package's units out of the inventory.
     *
     * @param key the idempotency key the port is called with
     * @param packageId the shipped package
     * @param movements the units shipped, per SKU and location
     */
    record ConsumeStock(String key, PackageId packageId, List<StockMovement> movements) implements PendingEffect {
        @Override public boolean movesStock() { return true; }
        @Override public boolean batchable() { return true; }
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Buy the label asked for a packed package.
     *
     * @param key the idempotency key the port is called with
     * @param packageId the packed package
     * @param shipFrom the location the package ships from
     * @param service the carrier service asked for
     * @param units how many units the package holds
     */
    record PurchaseLabel(String key, PackageId packageId, LocationId shipFrom, String service, long units)
            implements PendingEffect {
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Void the label of a package opened again, or whose shipment was voided.
     *
     * @param key the idempotency key the port is called with
     * @param packageId the package opened again, or voided
     * @param labelId the label to void
     */
    record VoidLabel(String key, PackageId packageId, LabelId labelId) implements PendingEffect {
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Buy the return label asked for an approved return.
     *
     * @param key the idempotency key the port is called with: it names the return and the request
     * @param returnId the return
     * @param returnTo the location the parcel goes back to
     * @param service the carrier service asked for
     * @param units how many units the return asks for
     */
    record PurchaseReturnLabel(String key, ReturnId returnId, LocationId returnTo, String service, long units) implements PendingEffect {
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Void a return label that will not be used.
     *
     * @param key the idempotency key the port is called with
     * @param returnId the return
     * @param labelId the label to void
     */
    record VoidReturnLabel(String key, ReturnId returnId, LabelId labelId) implements PendingEffect {
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Authorise what the order's wanted units cost and no authorisation covers yet.
     *
     * @param key the idempotency key the port is called with
     * @param method how the customer pays
     * @param amount the amount to authorise
     */
    record Authorize(String key, PaymentMethod method, Money amount) implements PendingEffect {
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Capture the value of a shipped package against an authorisation.
     *
     * @param key the idempotency key the port is called with
     * @param packageId the shipped package
     * @param authorizationId the authorisation captured against
     * @param amount the package's value
     */
    record Capture(String key, PackageId packageId, AuthorizationId authorizationId, Money amount) implements PendingEffect {
        @Override public boolean batchable() { return true; }
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Charge at placement: capture the value of pre-ordered units before they ship.
     *
     * @param key the idempotency key the port is called with
     * @param authorizationId the authorisation captured against
     * @param amount the value of the pre-ordered units
     */
    record Prepay(String key, AuthorizationId authorizationId, Money amount) implements PendingEffect {
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Pay back captured money: prepaid units that were cancelled, units received back under a return or claimed, or a
     * voided shipment's captures.
     *
     * @param key the idempotency key the port is called with
     * @param captureId the capture to refund
     * @param amount the amount to pay back
     */
    record Refund(String key, CaptureId captureId, Money amount) implements PendingEffect {
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /** Issue money owed back as store credit or a gift card, through the store-credit port.
     * @param key the idempotency key the port is called with
     * @param credit the credit's number within the order
     * @param amount the money owed back
     * @param reason what it is owed for */
    record IssueStoreCredit(String key, int credit, Money amount, String reason) implements PendingEffect {
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Void what is left of an authorisation nothing will capture.
     *
     * @param key the idempotency key the port is called with
     * @param authorizationId the authorisation
     * @param amount the uncaptured amount to release
     */
    record VoidAuthorization(String key, AuthorizationId authorizationId, Money amount) implements PendingEffect {
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Send a purchase bought for the order (indent) to the supplier.
     *
     * @param key the idempotency key the port is called with
     * @param request what to ask the supplier for
     */
    record RequestPurchase(String key, PurchaseRequest request) implements PendingEffect {
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Send a fulfilment request to the service of a location run by others (a 3PL, a marketplace's fulfilment).
     *
     * @param key the idempotency key the port is called with
     * @param request what to ship, from where, to whom
     */
    record SubmitFulfilment(String key, FulfilmentRequest request) implements PendingEffect {
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Turn a receipt's ring-fenced stock into this order's reservation.
     *
     * @param key the idempotency key the port is called with
     * @param receiptId the receipt whose stock was ring-fenced for the order
     * @param movement the units to reserve, at the receipt's location
     */
    record ReserveRingFenced(String key, ReceiptId receiptId, StockMovement movement) implements PendingEffect {
        @Override public boolean movesStock() { return true; }
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Add the sellable units received back under a return to the receiving location's stock.
     *
     * @param key the idempotency key the inventory is called with
     * @param sku the SKU
     * @param locationId where the units arrived
     * @param quantity how many units
     */
    record RestockReturned(String key, Sku sku, LocationId locationId, long quantity) implements PendingEffect {
        @Override public boolean movesStock() { return true; }
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Put a voided shipment's units back in the stock of the location it shipped from, reserved for the order: on hand and
     * reserved up by the same units, which no other order can take meanwhile.
     *
     * @param key the idempotency key the inventory is called with
     * @param packageId the voided package
     * @param movements its units that hold stock there, per SKU
     */
    record ReturnVoidedStock(String key, PackageId packageId, List<StockMovement> movements) implements PendingEffect {
        @Override public boolean movesStock() { return true; }
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Tell the customer something the order owes them a notice of.
     *
     * @param key the idempotency key the port is called with
     * @param notification what to tell the customer
     */
    record Notify(String key, Notification notification) implements PendingEffect {
        @Override public boolean batchable() { return true; }
        @Override public <R> R accept(PendingEffectVisitor<R> visitor) { return visitor.visit(this); }
    }
}

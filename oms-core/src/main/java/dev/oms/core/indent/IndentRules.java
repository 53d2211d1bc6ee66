// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.indent;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;
import static dev.oms.core.rejection.Rejections.reject;

import dev.oms.core.order.Order;
import dev.oms.core.order.Purchase;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.IndentEvent.PurchaseGoodsReceived;
import dev.oms.spi.event.EffectEvent.PurchaseRequestSent;
import dev.oms.spi.event.EffectEvent.RingFenceReserved;
import dev.oms.spi.event.IndentEvent.SupplierConfirmed;
import dev.oms.spi.event.IndentEvent.SupplierRejected;
import dev.oms.spi.event.IndentEvent.SupplierShortfallSettled;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.function.Function;

/**
 * An indent purchase's life: sent to the supplier, answered once (committed in full, in part, or
 * rejected), then received against, possibly in several deliveries, never beyond what was committed.
 */
public final class IndentRules {
    private IndentRules() {}

    /**
     * Records that a purchase request reached the supplier.
     *
     * @param order the order
     * @param purchaseId the purchase sent
     * @return the event, or illegal when no request for that purchase is owed
     */
    public static Either<Rejection, List<OrderEvent>> recordSent(Order order, PurchaseId purchaseId) {
        Purchase purchase = order.purchases().get(purchaseId).getOrNull();
        if (purchase == null || purchase.sent()) {
            return illegal("no purchase request " + purchaseId + " is owed to the supplier");
        }
        return events(new PurchaseRequestSent(purchaseId));
    }

    /**
     * A supplier's answer; the units it does not commit go where {@code shortfalls} says for the purchase's SKU.
     *
     * @param order the order
     * @param answer the supplier's answer
     * @param shortfalls where uncommitted units go, per SKU
     * @return the events, or a rejection for an unknown purchase, a second answer or too many units committed
     */
    public static Either<Rejection, List<OrderEvent>> recordAnswer(Order order, SupplierConfirmation answer,
            Function<Sku, SupplierShortfall> shortfalls) {
        Purchase purchase = order.purchases().get(answer.purchaseId()).getOrNull();
        if (purchase == null) {
            return reject(ProblemCode.UNKNOWN_PURCHASE, "purchaseId", "no purchase " + answer.purchaseId() + " on order " + order.id());
        }
        if (purchase.answered()) {
            return illegal("purchase " + purchase.id() + " was already answered");
        }
        if (answer.committed() > purchase.requested()) {
            return reject(ProblemCode.QUANTITY_TOO_LARGE, "committed", "the supplier committed " + answer.committed()
                    + " units of the " + purchase.requested() + " requested");
        }
        String reason = answer.reason().orElse("the supplier gave no reason");
        // An answer proves the request arrived, even if recording the send was lost in a crash.
        List<OrderEvent> result = purchase.sent() ? List.empty() : List.of(new PurchaseRequestSent(purchase.id()));
        result = result.append(answer.committed() > 0
                ? new SupplierConfirmed(purchase.id(), answer.committed(), answer.expectedOn().get())
                : new SupplierRejected(purchase.id(), reason));
        long missing = purchase.requested() - answer.committed();
        if (missing > 0) {
            result = result.append(new SupplierShortfallSettled(purchase.id(), purchase.lineId(), missing, shortfalls.apply(purchase.sku()).to(), reason));
        }
        return Either.right(result);
    }

    /**
     * Records goods received against a purchase; they are ring-fenced for the order.
     *
     * @param order the order
     * @param receiptId the receipt's id
     * @param purchaseId the purchase received against
     * @param location where the goods arrived
     * @param quantity units received, at most those committed and not yet received
     * @return the event, or a rejection for an unknown purchase, a wrong quantity, or a location away from the store of
     *     an order collected without transfer ({@code LOCATION_CANNOT_SERVE})
     */
    public static Either<Rejection, List<OrderEvent>> recordReceipt(Order order, ReceiptId receiptId, PurchaseId purchaseId,
            LocationId location, long quantity) {
        Purchase purchase = order.purchases().get(purchaseId).getOrNull();
        if (purchase == null) {
            return reject(ProblemCode.UNKNOWN_PURCHASE, "purchaseId", "no purchase " + purchaseId + " on order " + order.id());
        }
        if (quantity <= 0) {
            return reject(ProblemCode.QUANTITY_NOT_POSITIVE, "quantity", "receive a positive number of units");
        }
        if (quantity > purchase.awaitingGoods()) {
            return reject(ProblemCode.QUANTITY_TOO_LARGE, "quantity", quantity + " units received against purchase "
                    + purchaseId + ", which awaits " + purchase.awaitingGoods() + " committed units");
        }
        if (order.pickup().exists(p -> !p.transferAllowed() && !p.store().equals(location))) {
            // Ring-fenced goods are the order's where they arrive: anywhere but its store, they would be a transfer.
            return reject(ProblemCode.LOCATION_CANNOT_SERVE, "location", "order " + order.id() + " is collected at "
                    + order.pickup().get().store() + " without transfer: goods bought for it are received there, not at " + location);
        }
        return events(new PurchaseGoodsReceived(receiptId, purchaseId, purchase.lineId(), location, quantity));
    }

    /**
     * Records that the stock ring-fenced by a receipt was reserved for the order.
     *
     * @param order the order
     * @param receiptId the receipt
     * @return the event, or illegal when no ring-fence is owed for the receipt
     */
    public static Either<Rejection, List<OrderEvent>> recordRingFenceReserved(Order order, ReceiptId receiptId) {
        return order.ringFencesOwed().containsKey(receiptId)
                ? events(new RingFenceReserved(receiptId))
                : illegal("no ring-fenced stock owed for receipt " + receiptId);
    }
}

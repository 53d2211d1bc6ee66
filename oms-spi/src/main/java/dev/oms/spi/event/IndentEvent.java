// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.LocalDate;

import static dev.oms.spi.event.EventChecks.positive;
import static dev.oms.spi.event.EventChecks.positiveMoney;

/** Facts of units bought from a supplier for one order (indent orders). */
public sealed interface IndentEvent extends OrderEvent {
    /**
     * Units of a line are bought from a supplier for this order (an indent order): PENDING to
     * AWAITING_SUPPLIER. The purchase request is owed to the supplier port until {@link EffectEvent.PurchaseRequestSent}.
     *
     * @param purchaseId the purchase; its id is the idempotency key with the supplier
     * @param lineId the order line
     * @param sku the SKU
     * @param supplier the supplier, a location of type {@code SUPPLIER}
     * @param quantity how many units; positive
     */
    record PurchaseRequested(PurchaseId purchaseId, LineId lineId, Sku sku, LocationId supplier, long quantity)
            implements IndentEvent {
        /** Checks the event.
         * @param purchaseId the purchase; its id is the idempotency key with the supplier
         * @param lineId the order line
         * @param sku the SKU
         * @param supplier the supplier, a location of type {@code SUPPLIER}
         * @param quantity how many units; positive */
        public PurchaseRequested {
            Require.nonNull(purchaseId, "purchaseId");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonNull(supplier, "supplier");
            positive(quantity, "quantity");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The supplier committed units of a purchase, possibly fewer than requested; they are held for this order.
     *
     * @param purchaseId the purchase
     * @param committed the units the supplier commits; positive
     * @param expectedOn when the supplier expects to deliver
     */
    record SupplierConfirmed(PurchaseId purchaseId, long committed, LocalDate expectedOn) implements IndentEvent {
        /** Checks the event.
         * @param purchaseId the purchase
         * @param committed the units the supplier commits; positive
         * @param expectedOn when the supplier expects to deliver */
        public SupplierConfirmed {
            Require.nonNull(purchaseId, "purchaseId");
            Require.nonNull(expectedOn, "expectedOn");
            positive(committed, "committed");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The supplier committed nothing of a purchase.
     *
     * @param purchaseId the purchase
     * @param reason the supplier's reason
     */
    record SupplierRejected(PurchaseId purchaseId, String reason) implements IndentEvent {
        /** Checks the event.
         * @param purchaseId the purchase
         * @param reason the supplier's reason */
        public SupplierRejected {
            Require.nonNull(purchaseId, "purchaseId");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Units a supplier did not commit left AWAITING_SUPPLIER for {@code to}, as the host's policy says:
     * CANCELLED, BACKORDERED, or PENDING to be sourced again.
     *
     * @param purchaseId the purchase
     * @param lineId the order line
     * @param quantity how many uncommitted units; positive
     * @param to the bucket they go to: CANCELLED, BACKORDERED or PENDING
     * @param reason why, in words for people
     */
    record SupplierShortfallSettled(PurchaseId purchaseId, LineId lineId, long quantity, Bucket to, String reason)
            implements IndentEvent {
        /** Checks the event.
         * @param purchaseId the purchase
         * @param lineId the order line
         * @param quantity how many uncommitted units; positive
         * @param to the bucket they go to: CANCELLED, BACKORDERED or PENDING
         * @param reason why, in words for people */
        public SupplierShortfallSettled {
            Require.nonNull(purchaseId, "purchaseId");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(to, "to");
            Require.nonBlank(reason, "reason");
            positive(quantity, "quantity");
            if (to != Bucket.CANCELLED && to != Bucket.BACKORDERED && to != Bucket.PENDING) {
                throw new IllegalArgumentException("a supplier shortfall is cancelled, backordered or re-sourced, not " + to);
            }
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Goods of a purchase were received at a location, ring-fenced for this order: AWAITING_SUPPLIER to
     * ALLOCATED. Turning the ring-fenced stock into this order's reservation is owed under
     * {@code receiptId} until {@link EffectEvent.RingFenceReserved}.
     *
     * @param receiptId the goods receipt
     * @param purchaseId the purchase
     * @param lineId the order line
     * @param locationId where the goods arrived
     * @param quantity how many units arrived for this line; positive
     */
    record PurchaseGoodsReceived(ReceiptId receiptId, PurchaseId purchaseId, LineId lineId, LocationId locationId, long quantity)
            implements IndentEvent {
        /** Checks the event.
         * @param receiptId the goods receipt
         * @param purchaseId the purchase
         * @param lineId the order line
         * @param locationId where the goods arrived
         * @param quantity how many units arrived for this line; positive */
        public PurchaseGoodsReceived {
            Require.nonNull(receiptId, "receiptId");
            Require.nonNull(purchaseId, "purchaseId");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(locationId, "locationId");
            positive(quantity, "quantity");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

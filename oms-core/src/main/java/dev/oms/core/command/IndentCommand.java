// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Require;

/**
 * What a host reports about a purchase bought for an order (indent): the supplier's answer, and goods
 * received against it. Host requests, not port answers: oms never asks the supplier for either.
 */
public sealed interface IndentCommand extends OrderCommand {

    /**
     * Apply a supplier's answer to a purchase; uncommitted units go where the {@link DecisionContext}'s
     * shortfall policy says for the purchase's SKU.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param confirmation the supplier's answer, naming its purchase
     */
    record ApplySupplierAnswer(String idempotencyKey, SupplierConfirmation confirmation) implements IndentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param confirmation the supplier's answer, naming its purchase
         */
        public ApplySupplierAnswer {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(confirmation, "confirmation");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(confirmation.purchaseId(), confirmation.committed(), confirmation.expectedOn(), confirmation.reason());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Receive goods against a purchase, already ring-fenced in the inventory under {@code idempotencyKey}.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param purchaseId the supplier purchase
     * @param location where the goods arrived
     * @param quantity how many units arrived
     */
    record ReceivePurchaseGoods(String idempotencyKey, PurchaseId purchaseId, LocationId location, long quantity)
            implements IndentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param purchaseId the supplier purchase
         * @param location where the goods arrived
         * @param quantity how many units arrived
         */
        public ReceivePurchaseGoods {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(purchaseId, "purchaseId");
            Require.nonNull(location, "location");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(purchaseId, location, quantity);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

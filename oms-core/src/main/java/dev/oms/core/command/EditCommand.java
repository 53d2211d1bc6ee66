// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.core.edit.ChangeSet;
import dev.oms.core.edit.EditPrices;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult.Authorized;
import dev.oms.spi.value.Require;
import io.vavr.control.Option;

/** Requests to change an order before its units are fulfilled. */
public sealed interface EditCommand extends OrderCommand {

    /**
     * Confirm a change-set: take its units off, add its lines, ship to its address, authorise the difference and
     * allocate the added units, all in one commit.
     *
     * @param idempotencyKey the host's key, scoped to edits of this order
     * @param changes what the host asked to change
     * @param prices the lines the change-set adds, as the pricing port priced them and numbered after the order's last
     *     line, and the charge for the shipping service it changes to
     * @param authorization the provider's authorisation of the difference, asked for by the caller before the command
     *     when the order's authorisations no longer cover it; empty when nothing more is owed
     * @param allocation the allocation of the added units, planned by the caller on the order as the edit leaves it
     *     (as placement plans a new order's); empty when the edit adds nothing
     */
    record ConfirmEdit(String idempotencyKey, ChangeSet changes, EditPrices prices, Option<Authorized> authorization,
            Option<AllocationCommand.AllocatePending> allocation) implements EditCommand {
        /** Refuses a blank key and nulls.
         * @param idempotencyKey the host's key
         * @param changes what the host asked
         * @param prices the priced lines added and the new shipping charge
         * @param authorization the authorisation of the difference, if one was needed
         * @param allocation the added units' allocation, if any were added */
        public ConfirmEdit {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(changes, "changes");
            Require.nonNull(prices, "prices");
            Require.nonNull(authorization, "authorization");
            Require.nonNull(allocation, "allocation");
        }

        @Override
        public String fingerprint() {
            // What the host asked; prices, the authorisation and the allocation are derived from it, the ports and the stock.
            return Fingerprint.of(changes.add(), changes.remove(), changes.shipTo(), changes.shippingService(), changes.reason());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

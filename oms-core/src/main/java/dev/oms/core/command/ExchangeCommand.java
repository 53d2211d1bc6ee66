// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult.Authorized;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Requests to trade delivered units for others. */
public sealed interface ExchangeCommand extends OrderCommand {

    /**
     * Open an exchange: return delivered units (requested and approved at once) and add replacement lines carrying the
     * returned units' value as exchange credit, authorise the difference the customer pays and allocate the
     * replacements, all in one commit.
     *
     * @param idempotencyKey the host's key, scoped to exchanges of this order
     * @param requestFingerprint the fingerprint of what the host asked ({@link Fingerprint}): prices, the authorisation
     *     and the allocation are derived from it, the ports and the stock, so a replay may derive others
     * @param items the units going back, per line and reason
     * @param replacements the replacement lines as the pricing port priced them, numbered after the order's last line,
     *     before any exchange credit
     * @param shipsBeforeReturn whether the replacements may ship before the return arrives (paid in full then)
     * @param authorization the provider's authorisation of the difference, asked for by the caller before the command
     *     when the order's authorisations do not cover it; empty when nothing more is owed
     * @param allocation the replacements' allocation, planned by the caller on the order as the exchange leaves it
     */
    record OpenExchange(String idempotencyKey, String requestFingerprint, List<ReturnItem> items, List<PlacedLine> replacements,
            boolean shipsBeforeReturn, Option<Authorized> authorization, Option<AllocationCommand.AllocatePending> allocation)
            implements ExchangeCommand {
        /** Refuses a blank key or fingerprint, nulls, and an exchange of nothing or for nothing.
         * @param idempotencyKey the host's key
         * @param requestFingerprint the fingerprint of what the host asked
         * @param items the units going back
         * @param replacements the priced replacement lines
         * @param shipsBeforeReturn whether the replacements may ship first
         * @param authorization the authorisation of the difference, if one was needed
         * @param allocation the replacements' allocation, once planned */
        public OpenExchange {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonBlank(requestFingerprint, "requestFingerprint");
            Require.nonNull(items, "items");
            Require.nonNull(replacements, "replacements");
            Require.nonNull(authorization, "authorization");
            Require.nonNull(allocation, "allocation");
        }

        @Override
        public String fingerprint() {
            return requestFingerprint;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

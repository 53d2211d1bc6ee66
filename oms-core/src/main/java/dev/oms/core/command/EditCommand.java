// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult.Authorized;
import dev.oms.spi.pricing.ShippingCharge;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Optional;

/** Requests to change an order before its units are fulfilled. */
public sealed interface EditCommand extends OrderCommand {

    /**
     * What a confirmed change-set changes, priced: the lines it adds as the pricing port priced them, the units it takes
     * off, the new address, the new shipping charge.
     *
     * @param added the lines added, numbered after the order's last line
     * @param remove the units taken off, per existing line
     * @param shipTo the new address, if any
     * @param shipping the shipping charge of the service it changes to, if it changes the service
     * @param reason why, as the host words it
     */
    record Changes(List<PlacedLine> added, java.util.List<PackageItem> remove, Optional<Address> shipTo,
            Optional<ShippingCharge> shipping, String reason) {
        /** Refuses nulls and a blank reason, and copies the units taken off.
         * @param added the lines added
         * @param remove the units taken off
         * @param shipTo the new address, if any
         * @param shipping the new shipping charge, if any
         * @param reason why */
        public Changes {
            Require.nonNull(added, "added");
            remove = java.util.List.copyOf(Require.nonNull(remove, "remove"));
            Require.nonNull(shipTo, "shipTo");
            Require.nonNull(shipping, "shipping");
            Require.nonBlank(reason, "reason");
        }

        /** {@return whether nothing changes} */
        public boolean isEmpty() {
            return added.isEmpty() && remove.isEmpty() && shipTo.isEmpty() && shipping.isEmpty();
        }
    }

    /**
     * Confirm a change-set: take its units off, add its lines, ship to its address with its service, authorise the
     * difference and allocate the added units, all in one commit.
     *
     * @param idempotencyKey the host's key, scoped to edits of this order
     * @param requestFingerprint the fingerprint of the change-set the host asked for ({@link Fingerprint}): prices, the
     *     authorisation and the allocation are derived from it, the ports and the stock, so a replay may derive others
     * @param changes what the change-set changes, priced
     * @param authorization the provider's authorisation of the difference, asked for by the caller before the command
     *     when the order's authorisations no longer cover it; empty when nothing more is owed
     * @param allocation the allocation of the added units, planned by the caller on the order as the edit leaves it
     *     (as placement plans a new order's); empty when the edit adds nothing
     */
    record ConfirmEdit(String idempotencyKey, String requestFingerprint, Changes changes, Option<Authorized> authorization,
            Option<AllocationCommand.AllocatePending> allocation) implements EditCommand {
        /** Refuses a blank key or fingerprint and nulls.
         * @param idempotencyKey the host's key
         * @param requestFingerprint the fingerprint of what the host asked
         * @param changes the priced changes
         * @param authorization the authorisation of the difference, if one was needed
         * @param allocation the added units' allocation, if any were added */
        public ConfirmEdit {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonBlank(requestFingerprint, "requestFingerprint");
            Require.nonNull(changes, "changes");
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

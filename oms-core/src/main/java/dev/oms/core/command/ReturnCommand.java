// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.event.ClaimEvent.ClaimReason;
import dev.oms.spi.event.ClaimEvent.ClaimResolution;
import dev.oms.spi.event.ReturnEvent.ReceivedItem;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.payment.RefundTender;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Requests about returns (RMAs): a customer asks to send delivered units back, the return is approved or rejected, and its units are received back. */
public sealed interface ReturnCommand extends OrderCommand {

    /**
     * Ask to return delivered units, within the return window of the {@link DecisionContext#returnPolicy()}; units
     * asked for beyond them that never shipped are cancelled in the same decision.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param items the units to return, per line and reason
     */
    record RequestReturn(String idempotencyKey, List<ReturnItem> items) implements ReturnCommand {
        /**
         * Refuses a blank key, null components and a return of nothing.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param items the units to return, per line and reason
         */
        public RequestReturn {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(items, "items");
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a return needs at least one item");
            }
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(items);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Approve a requested return: the customer may send the units back.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param returnId the requested return
     * @param note who approves it, and why
     */
    record ApproveReturn(String idempotencyKey, ReturnId returnId, String note) implements ReturnCommand {
        /**
         * Refuses a blank key or note and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param returnId the requested return
         * @param note who approves it, and why
         */
        public ApproveReturn {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(returnId, "returnId");
            Require.nonBlank(note, "note");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(returnId, note);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Settle a claim on a delivered parcel by a refund or a reship: units damaged, not received, or the wrong item.
     *
     * @param idempotencyKey the host's key, scoped to claims of this order
     * @param packageId the delivered parcel
     * @param reason why
     * @param resolution a refund, or replacements sent
     * @param items the units claimed per line; not empty
     * @param replacementAllocation for a reship, the allocation of the replacement lines, planned by the caller on the
     *     order as the claim leaves it (as placement plans a new order's): decided with the claim, in its commit
     * @param tender for a refund, where the money goes back: the original payment or store credit
     */
    record SettleClaim(String idempotencyKey, PackageId packageId, ClaimReason reason, ClaimResolution resolution,
            List<PackageItem> items, Option<AllocationCommand.AllocatePending> replacementAllocation, RefundTender tender)
            implements ReturnCommand {
        /** Refuses a blank key, nulls and a claim of nothing.
         * @param idempotencyKey the host's key
         * @param packageId the parcel
         * @param reason why
         * @param resolution a refund, or replacements sent
         * @param items the units claimed; not empty
         * @param replacementAllocation for a reship, the replacement lines' allocation
         * @param tender for a refund, the original payment or store credit */
        public SettleClaim {
            Require.nonNull(tender, "tender");
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonNull(reason, "reason");
            Require.nonNull(resolution, "resolution");
            Require.nonNull(items, "items");
            Require.nonNull(replacementAllocation, "replacementAllocation");
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a claim needs at least one item");
            }
        }

        @Override
        public String fingerprint() {
            // What the host asked; the allocation is derived from it and the stock, so a replay may plan another.
            // The default tender is left out, so a key stored before tenders existed replays as before.
            return tender == RefundTender.ORIGINAL_PAYMENT ? Fingerprint.of(packageId, reason, resolution, items)
                    : Fingerprint.of(packageId, reason, resolution, items, tender);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Receive units of an approved return at a location, each with its disposition.
     *
     * @param idempotencyKey the host's key, scoped to receipts of this order
     * @param returnId the approved return
     * @param locationId where the units arrived
     * @param items the units received per line and disposition; not empty
     * @param tender where the money goes back: the original payment or store credit
     */
    record ReceiveReturn(String idempotencyKey, ReturnId returnId, LocationId locationId, List<ReceivedItem> items,
            RefundTender tender) implements ReturnCommand {
        /** Refuses a blank key, nulls and a receipt of nothing.
         * @param idempotencyKey the host's key
         * @param returnId the approved return
         * @param locationId where the units arrived
         * @param items the units received; not empty
         * @param tender the original payment or store credit */
        public ReceiveReturn {
            Require.nonNull(tender, "tender");
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(returnId, "returnId");
            Require.nonNull(locationId, "locationId");
            Require.nonNull(items, "items");
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a return receipt needs at least one item");
            }
        }

        @Override
        public String fingerprint() {
            // The default tender is left out, so a key stored before tenders existed replays as before.
            return tender == RefundTender.ORIGINAL_PAYMENT ? Fingerprint.of(returnId, locationId, items)
                    : Fingerprint.of(returnId, locationId, items, tender);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Reject a requested return: its units are no longer under return, and nothing else changes.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param returnId the requested return
     * @param note who rejects it, and why
     */
    record RejectReturn(String idempotencyKey, ReturnId returnId, String note) implements ReturnCommand {
        /**
         * Refuses a blank key or note and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param returnId the requested return
         * @param note who rejects it, and why
         */
        public RejectReturn {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(returnId, "returnId");
            Require.nonBlank(note, "note");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(returnId, note);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Ask for a return label for an approved return: the order records the request, then owes its purchase from the
     * carrier.
     *
     * @param idempotencyKey the host's key, scoped to label requests of this order
     * @param returnId the approved return
     * @param returnTo the location the units are to go back to
     * @param service the carrier service
     */
    record RequestReturnLabel(String idempotencyKey, ReturnId returnId, LocationId returnTo, String service) implements ReturnCommand {
        /** Refuses a blank key or service and null components.
         * @param idempotencyKey the host's key
         * @param returnId the approved return
         * @param returnTo where the units go back to
         * @param service the carrier service */
        public RequestReturnLabel {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(returnId, "returnId");
            Require.nonNull(returnTo, "returnTo");
            Require.nonBlank(service, "service");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(returnId, returnTo, service);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

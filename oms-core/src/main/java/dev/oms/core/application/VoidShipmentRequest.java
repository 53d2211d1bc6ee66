// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;

/**
 * Voiding the shipment of a parcel its carrier never collected, for {@link Warehouse#voidShipment}.
 *
 * @param idempotencyKey the host's key: the same void twice under one key is done once; the key again with another
 *     package, reason or outcome is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param packageId the shipped parcel
 * @param reason why, in words for people (kept with the order, never sent to the customer)
 * @param outcome what becomes of its units
 */
public record VoidShipmentRequest(String idempotencyKey, PackageId packageId, String reason, Outcome outcome) {

    /** What becomes of a voided parcel's units; both put them back in the location's stock, reserved for their lines. */
    public enum Outcome {
        /** They stay packed, in a new package that can get a new label and ship again. */
        KEEP_PACKED,
        /** The parcel is unpacked and its units go back on the shelf, allocated: picked again, or cancelled. */
        RESTOCK
    }

    /**
     * Refuses a blank key or reason and null components.
     *
     * @param idempotencyKey the host's key for this void on this order
     * @param packageId the shipped parcel
     * @param reason why
     * @param outcome what becomes of its units
     */
    public VoidShipmentRequest {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(packageId, "packageId");
        Require.nonBlank(reason, "reason");
        Require.nonNull(outcome, "outcome");
    }
}

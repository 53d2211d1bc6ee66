// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.event.ClaimEvent.ClaimReason;
import dev.oms.spi.event.ClaimEvent.ClaimResolution;
import dev.oms.spi.payment.RefundTender;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import java.util.List;

/**
 * A customer's claim on a delivered parcel, for {@link Returns#claim}: units damaged, not received, or the wrong item,
 * settled without the units coming back, by a refund or by sending them again.
 *
 * @param idempotencyKey the host's key: the same claim twice under one key is settled once; the key again with other
 *     units or another resolution is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param packageId the delivered parcel
 * @param reason why
 * @param resolution a refund, or replacements sent free of charge
 * @param lines the units claimed per line
 * @param tender for a refund, where the money goes back: the original payment (the default), or store credit through
 *     the builder's {@code storeCredit} port; a reship refunds nothing, and its tender is not used
 */
public record ClaimRequest(String idempotencyKey, PackageId packageId, ClaimReason reason, ClaimResolution resolution,
        List<PackageItem> lines, RefundTender tender) {
    /**
     * Refuses a blank key and null components, and copies the lines.
     *
     * @param idempotencyKey the host's key for this claim on this order
     * @param packageId the delivered parcel
     * @param reason why
     * @param resolution a refund, or replacements sent free of charge
     * @param lines the units claimed per line
     * @param tender for a refund, where the money goes back
     */
    public ClaimRequest {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(packageId, "packageId");
        Require.nonNull(reason, "reason");
        Require.nonNull(resolution, "resolution");
        lines = List.copyOf(Require.nonNull(lines, "lines"));
        Require.nonNull(tender, "tender");
    }

    /**
     * A claim whose refund, if it is settled by one, goes back to the original payment.
     *
     * @param idempotencyKey the host's key for this claim on this order
     * @param packageId the delivered parcel
     * @param reason why
     * @param resolution a refund, or replacements sent free of charge
     * @param lines the units claimed per line
     */
    public ClaimRequest(String idempotencyKey, PackageId packageId, ClaimReason reason, ClaimResolution resolution,
            List<PackageItem> lines) {
        this(idempotencyKey, packageId, reason, resolution, lines, RefundTender.ORIGINAL_PAYMENT);
    }

    /**
     * A claim settled by a refund.
     *
     * @param idempotencyKey the host's key for this claim on this order
     * @param packageId the delivered parcel
     * @param reason why
     * @param lines the units claimed per line
     */
    public ClaimRequest(String idempotencyKey, PackageId packageId, ClaimReason reason, List<PackageItem> lines) {
        this(idempotencyKey, packageId, reason, ClaimResolution.REFUND, lines);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.fulfilment;

import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import java.util.List;

/**
 * An external fulfilment service will not ship some of a request's units (out of stock there, address refused,
 * item not eligible). It names the units, so that a rejection arriving before a shipment of the same request
 * takes only what the provider gave up.
 *
 * @param requestId the request
 * @param rejectionId the provider's id of this answer, unique per request: a rejection repeated under it changes
 *     nothing
 * @param items the units the provider will not ship, per order line; at least one
 * @param reason the provider's reason, in words for people
 */
public record FulfilmentRejection(FulfilmentRequestId requestId, String rejectionId, List<PackageItem> items, String reason) {
    /**
     * Checks the rejection.
     *
     * @param requestId the request
     * @param rejectionId the provider's id of this answer; not blank
     * @param items the units given up; at least one
     * @param reason the provider's reason; not blank
     * @throws IllegalArgumentException if there is no item or a text is blank
     */
    public FulfilmentRejection {
        Require.nonNull(requestId, "requestId");
        Require.nonBlank(rejectionId, "rejectionId");
        Require.nonBlank(reason, "reason");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one item");
        }
    }
}

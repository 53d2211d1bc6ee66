// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;

/**
 * A request for the label a customer ships an approved return back with, for {@link Returns#requestLabel}.
 *
 * @param idempotencyKey the host's key: the same request twice under one key asks once and answers the same; the key
 *     again with another return, location or service is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param returnId the approved return
 * @param returnTo the location the parcel is to go back to; the units may still be received elsewhere
 * @param service the carrier service, e.g. {@code "ground"}
 */
public record ReturnLabelAsk(String idempotencyKey, ReturnId returnId, LocationId returnTo, String service) {
    /**
     * Refuses a blank key or service and null components.
     *
     * @param idempotencyKey the host's key for this request on this order
     * @param returnId the approved return
     * @param returnTo the location the parcel goes back to
     * @param service the carrier service
     */
    public ReturnLabelAsk {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(returnId, "returnId");
        Require.nonNull(returnTo, "returnTo");
        Require.nonBlank(service, "service");
    }
}

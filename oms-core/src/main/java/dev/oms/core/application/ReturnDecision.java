// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;

/**
 * A person's answer to a requested return, for {@link Returns#approve} and {@link Returns#reject}.
 *
 * @param idempotencyKey the host's key: the same answer twice under one key acts once; the key again with another
 *     return or note is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param returnId the requested return
 * @param note who answers and why, for the audit trail; never personal data
 */
public record ReturnDecision(String idempotencyKey, ReturnId returnId, String note) {
    /**
     * Refuses a blank key or note and a null return.
     *
     * @param idempotencyKey the host's key for this answer on this order
     * @param returnId the requested return
     * @param note who answers and why
     */
    public ReturnDecision {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(returnId, "returnId");
        Require.nonBlank(note, "note");
    }
}

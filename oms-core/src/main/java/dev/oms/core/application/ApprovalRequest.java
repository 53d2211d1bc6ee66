// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.value.Require;

/**
 * A person's or a rule's request about an approval hold, for {@link Approvals}.
 *
 * @param idempotencyKey the host's key: the same request twice under one key acts once; the key again with another
 *     reason or note is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param reason the hold the request is about
 * @param note who asks and why, for the audit trail; never personal data
 */
public record ApprovalRequest(String idempotencyKey, ApprovalReason reason, String note) {
    /**
     * Refuses a blank key or note and a null reason.
     *
     * @param idempotencyKey the host's key for this request on this order
     * @param reason the hold the request is about
     * @param note who asks and why, for the audit trail
     */
    public ApprovalRequest {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(reason, "reason");
        Require.nonBlank(note, "note");
    }
}

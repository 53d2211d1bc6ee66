// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.edit.ChangeSet;
import dev.oms.spi.value.Require;

/**
 * A host's confirmation of an order edit: the change-set it previewed, under its own key. The same key with the same
 * change-set is answered with the first answer; with another change-set it is refused ({@code IDEMPOTENCY_KEY_REUSED}).
 *
 * @param idempotencyKey the host's key, scoped to edits of the order
 * @param changes what to change
 */
public record EditRequest(String idempotencyKey, ChangeSet changes) {
    /** Refuses a blank key and a null change-set.
     * @param idempotencyKey the host's key
     * @param changes what to change */
    public EditRequest {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(changes, "changes");
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

/**
 * An {@link InventoryStore} call carried an operation key already applied to a different request. Stores
 * throw it instead of answering as a replay, so that a host key reused for other stock (a receipt number
 * given twice for different goods) is refused rather than silently ignored; the facade turns it into an
 * {@code IDEMPOTENCY_KEY_REUSED} rejection where the key came from the host.
 */
public final class OperationKeyReusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * @param kind the kind of operation (receive, reserve, ...), within which keys are unique
     * @param operationKey the key used twice
     */
    public OperationKeyReusedException(String kind, String operationKey) {
        super(kind + " key '" + operationKey + "' was already used for a different request");
    }
}

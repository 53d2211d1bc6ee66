// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

/**
 * A port did not answer a call the host is waiting for (buying a label). What was asked is recorded, so
 * {@code resume} or the same call again retries it under the same idempotency key, with no second effect.
 */
public final class PortFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure naming the call that was not answered.
     *
     * @param message what was asked of which port
     * @param cause what the port threw, if anything
     */
    public PortFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

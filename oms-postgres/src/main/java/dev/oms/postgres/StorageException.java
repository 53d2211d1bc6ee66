// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

/**
 * A database failure the adapter could not handle: the facade treats it as a port failure and retries
 * the command or effect later. {@link #sqlState()} tells a host what kind it was.
 */
public final class StorageException extends RuntimeException {
    /** The SQLSTATE of the failure, or null when the driver gave none. */
    private final String sqlState;

    StorageException(String message, String sqlState, Throwable cause) {
        super(message + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")"), cause);
        this.sqlState = sqlState;
    }

    /** {@return the SQLSTATE of the failure, or null when the driver gave none} */
    public String sqlState() {
        return sqlState;
    }
}

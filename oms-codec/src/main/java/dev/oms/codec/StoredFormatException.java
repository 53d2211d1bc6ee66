// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

/**
 * A stored row oms cannot read: its JSON is malformed, breaks the parser's limits, names an unknown event
 * type, or lacks or mistypes a field. Every decoding failure of {@link EventCodec} and {@link StockCodec} is
 * one of these. The message names the row and what was wrong with it, never a value from the payload, so
 * it can be logged without leaking the addresses and customer references the events carry.
 */
public final class StoredFormatException extends RuntimeException {
    /** The row that could not be read, as the caller described it. */
    private final String row;

    StoredFormatException(String row, String problem) {
        super(row + " is not in a stored format oms reads: " + problem);
        this.row = row;
    }

    /** {@return the row that could not be read, as the caller described it (for example its order and version)} */
    public String row() {
        return row;
    }
}

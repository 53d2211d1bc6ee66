// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import java.util.regex.Pattern;

/**
 * What is wrong with a stored text, before the caller's row is known: {@link EventCodec} and
 * {@link StockCodec} turn it into a {@link StoredFormatException} naming the row. Its message never quotes
 * a stored value.
 */
final class Malformed extends RuntimeException {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    Malformed(String problem) {
        super(problem, null, false, false);
    }

    /** The same problem, said to be found {@code where} (an event of a commit, a nested object). */
    Malformed at(String where) {
        return new Malformed(where + ": " + getMessage());
    }

    /**
     * A stored name (a type or a key) quoted for a message when it looks like one of ours; anything else may
     * be payload, and is left out.
     */
    static String quoted(String name) {
        return name != null && NAME.matcher(name).matches() ? " '" + name + "'" : "";
    }
}

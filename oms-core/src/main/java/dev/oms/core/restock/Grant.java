// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.restock;

import dev.oms.spi.value.Require;

/** What a restock gives one queue entry: {@code 0 <= units <= waiting.quantity()}. */
public record Grant(WaitingUnits waiting, long units) {
    public Grant {
        Require.nonNull(waiting, "waiting");
        if (units < 0 || units > waiting.quantity()) {
            throw new IllegalArgumentException("grant of " + units + " for " + waiting.quantity() + " waiting units");
        }
    }

    /** Units the grant leaves waiting. */
    public long shortBy() {
        return waiting.quantity() - units;
    }
}

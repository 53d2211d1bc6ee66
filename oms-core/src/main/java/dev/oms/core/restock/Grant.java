// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.restock;

import dev.oms.spi.value.Require;

/**
 * What a restock gives one queue entry: {@code 0 <= units <= waiting.quantity()}.
 *
 * @param waiting the queue entry
 * @param units how many of its units the restock fills
 */
public record Grant(WaitingUnits waiting, long units) {
    /**
     * Checks the components: the units granted lie between zero and those waiting.
     *
     * @param waiting the queue entry
     * @param units how many of its units the restock fills
     */
    public Grant {
        Require.nonNull(waiting, "waiting");
        if (units < 0 || units > waiting.quantity()) {
            throw new IllegalArgumentException("grant of " + units + " for " + waiting.quantity() + " waiting units");
        }
    }

    /** {@return the units the grant leaves waiting} */
    public long shortBy() {
        return waiting.quantity() - units;
    }
}

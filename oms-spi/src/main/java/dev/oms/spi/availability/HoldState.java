// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.availability;

/** Where a hold is in its life. Only an {@link #ACTIVE} hold changes state, and only once. */
public enum HoldState {
    /** Its units are reserved for a checkout. */
    ACTIVE,
    /** An order was placed with it: its reserved units now belong to that order. */
    CONSUMED,
    /** The storefront let it go; its units went back to stock. */
    RELEASED,
    /** Its time ran out before an order was placed; its units went back to stock. */
    EXPIRED;

    /** {@return whether the state is final: anything but {@link #ACTIVE}} */
    public boolean isFinal() {
        return this != ACTIVE;
    }
}

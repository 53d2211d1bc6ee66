// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;

/** What {@link OrderStore#append} did. Conflicts are outcomes, not exceptions: the facade retries or reports them. */
public sealed interface AppendResult {

    /**
     * The commit was stored; the order is now at {@code newVersion}.
     *
     * @param newVersion the order's version with the commit
     */
    record Appended(long newVersion) implements AppendResult {}

    /**
     * Someone else appended first: the order is at {@code actualVersion}, not the version expected.
     *
     * @param actualVersion the order's version as stored
     */
    record VersionConflict(long actualVersion) implements AppendResult {}

    /**
     * A new order's {@code (channel, externalId)} is already taken by {@code existing}.
     *
     * @param existing the order stored under that channel order
     */
    record DuplicateChannelOrder(OrderId existing) implements AppendResult {
        /**
         * Checks the id.
         *
         * @param existing the order stored under that channel order
         */
        public DuplicateChannelOrder {
            Require.nonNull(existing, "existing");
        }
    }
}

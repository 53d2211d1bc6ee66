// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.inventory.InventoryStore;

/** The same contract with {@code SELECT ... FOR UPDATE} locking: both strategies must be valid. */
class PostgresInventoryStoreRowLocksContractTest extends PostgresInventoryStoreContractTest {
    @Override
    protected InventoryStore emptyStore() {
        return new PostgresInventoryStore(TestDatabase.reset(), ReservationLocking.ROW_LOCKS);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.availability.HoldStore;
import dev.oms.testkit.HoldStoreContract;

class PostgresHoldStoreContractTest extends HoldStoreContract {
    @Override
    protected HoldStore emptyStore() {
        return new PostgresHoldStore(TestDatabase.reset());
    }
}

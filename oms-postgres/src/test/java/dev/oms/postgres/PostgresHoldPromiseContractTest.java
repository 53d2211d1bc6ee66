// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.availability.HoldStore;
import dev.oms.testkit.HoldPromiseContract;

class PostgresHoldPromiseContractTest extends HoldPromiseContract {
    @Override
    protected HoldStore emptyStore() {
        return new PostgresHoldStore(TestDatabase.reset());
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.order.OrderStore;
import dev.oms.testkit.WaitingTotalsContract;

class PostgresWaitingTotalsContractTest extends WaitingTotalsContract {
    @Override
    protected OrderStore emptyStore() {
        return new PostgresOrderStore(TestDatabase.reset());
    }
}

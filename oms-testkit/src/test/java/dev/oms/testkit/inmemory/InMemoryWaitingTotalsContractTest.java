// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit.inmemory;

import dev.oms.inmemory.InMemoryOrderStore;
import dev.oms.spi.order.OrderStore;
import dev.oms.testkit.WaitingTotalsContract;

class InMemoryWaitingTotalsContractTest extends WaitingTotalsContract {
    @Override
    protected OrderStore emptyStore() {
        return new InMemoryOrderStore();
    }
}

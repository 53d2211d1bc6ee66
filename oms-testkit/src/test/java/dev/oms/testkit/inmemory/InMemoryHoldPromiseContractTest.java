// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit.inmemory;

import dev.oms.inmemory.InMemoryHoldStore;
import dev.oms.spi.availability.HoldStore;
import dev.oms.testkit.HoldPromiseContract;

class InMemoryHoldPromiseContractTest extends HoldPromiseContract {
    @Override
    protected HoldStore emptyStore() {
        return new InMemoryHoldStore();
    }
}

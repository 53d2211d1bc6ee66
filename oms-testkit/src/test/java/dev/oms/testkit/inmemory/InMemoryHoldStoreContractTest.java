// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit.inmemory;

import dev.oms.inmemory.InMemoryHoldStore;
import dev.oms.spi.availability.HoldStore;
import dev.oms.testkit.HoldStoreContract;

class InMemoryHoldStoreContractTest extends HoldStoreContract {
    @Override
    protected HoldStore emptyStore() {
        return new InMemoryHoldStore();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit.inmemory;

import dev.oms.inmemory.InMemoryBackInStockSubscriptions;
import dev.oms.spi.subscription.BackInStockSubscriptions;
import dev.oms.testkit.BackInStockSubscriptionsContract;

class InMemoryBackInStockSubscriptionsContractTest extends BackInStockSubscriptionsContract {
    @Override
    protected BackInStockSubscriptions emptyStore() {
        return new InMemoryBackInStockSubscriptions();
    }
}

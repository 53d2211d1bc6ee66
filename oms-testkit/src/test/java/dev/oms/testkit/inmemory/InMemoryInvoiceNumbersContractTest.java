// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit.inmemory;

import dev.oms.inmemory.InMemoryInvoiceNumbers;
import dev.oms.spi.invoice.InvoiceNumbers;
import dev.oms.testkit.InvoiceNumbersContract;

class InMemoryInvoiceNumbersContractTest extends InvoiceNumbersContract {
    @Override
    protected InvoiceNumbers emptyStore() {
        return new InMemoryInvoiceNumbers();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.invoice.InvoiceNumber;
import dev.oms.spi.invoice.InvoiceNumbers;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The facade's default {@link InvoiceNumbers}, for a host that plugged in none: gapless and idempotent under one lock,
 * as the port's contract asks, but kept in memory, so a restarted process counts from 1 again. oms-core depends on no
 * adapter, hence this copy of oms-inmemory's {@code InMemoryInvoiceNumbers}, which the contract suite tests.
 */
final class LocalInvoiceNumbers implements InvoiceNumbers {
    private final Map<String, Long> lastIssued = new HashMap<>();
    private final Map<Map.Entry<String, String>, InvoiceNumber> byKey = new HashMap<>();

    @Override
    public synchronized InvoiceNumber issue(String idempotencyKey, String series, Instant at) {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonBlank(series, "series");
        Require.nonNull(at, "at");
        return byKey.computeIfAbsent(Map.entry(series, idempotencyKey), key -> {
            InvoiceNumber number = new InvoiceNumber(series, lastIssued.getOrDefault(series, 0L) + 1, at);
            lastIssued.put(series, number.sequence());
            return number;
        });
    }
}

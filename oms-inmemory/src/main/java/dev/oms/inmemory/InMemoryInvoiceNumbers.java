// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.invoice.InvoiceNumber;
import dev.oms.spi.invoice.InvoiceNumbers;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link InvoiceNumbers} in memory: one lock makes taking a series' next number and recording it under the key one
 * step, so concurrent callers never share or skip a number. Numbers live as long as the object: after a restart a
 * series counts from 1 again, so a host that issues real invoices plugs in a durable store (oms-postgres's).
 */
public final class InMemoryInvoiceNumbers implements InvoiceNumbers {
    private final Object lock = new Object();
    private final Map<String, Long> lastIssued = new HashMap<>();
    private final Map<String, Map<String, InvoiceNumber>> byKey = new HashMap<>();

    /** Creates a store in which every series is still to issue its first number. */
    public InMemoryInvoiceNumbers() {}

    @Override
    public InvoiceNumber issue(String idempotencyKey, String series, Instant at) {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonBlank(series, "series");
        Require.nonNull(at, "at");
        synchronized (lock) {
            Map<String, InvoiceNumber> issued = byKey.computeIfAbsent(series, s -> new HashMap<>());
            InvoiceNumber earlier = issued.get(idempotencyKey);
            if (earlier != null) {
                return earlier;
            }
            InvoiceNumber number = new InvoiceNumber(series, lastIssued.getOrDefault(series, 0L) + 1, at);
            lastIssued.put(series, number.sequence());
            issued.put(idempotencyKey, number);
            return number;
        }
    }
}

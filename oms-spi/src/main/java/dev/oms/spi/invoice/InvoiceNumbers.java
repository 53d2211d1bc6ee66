// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.invoice;

import java.time.Instant;

/**
 * Issues invoice numbers: per series, gapless and sequential, as tax rules require, and once per idempotency key.
 * oms asks for one number per shipped package, under a key derived from the order and the package, so one package
 * never gets two numbers however often its invoice is asked for.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li><b>Sequential and gapless per series.</b> The numbers a series has issued are exactly 1, 2, ... n, each
 *       given once: no number is skipped, none is given to two keys. Series count independently.
 *   <li><b>Atomic.</b> Taking the series' next number and recording it under the key is one step: a call that
 *       fails (a rolled-back transaction, a crash) leaves neither, so it leaves no gap, and of concurrent callers
 *       each gets a number of its own, also across application instances sharing the store.
 *   <li><b>Idempotent by key.</b> A key is scoped to its series. Issuing under a key the series already issued a
 *       number for answers that number, with the instant it was first issued, and takes no new one, also when
 *       callers race with the same key.
 *   <li>Durable for as long as the host must keep invoices; an in-memory implementation counts from 1 again after a
 *       restart, which only a test or a demo may accept.
 *   <li>May throw {@link IllegalArgumentException} for a blank key or series, {@link NullPointerException} for a null
 *       argument, and unchecked exceptions for infrastructure failures, after which no number was taken.
 * </ul>
 */
public interface InvoiceNumbers {

    /**
     * Issues the series' next number under a key, or answers the number already issued under it.
     *
     * @param idempotencyKey identifies what is invoiced (oms passes one per order and package); not blank
     * @param series the series to number in; not blank
     * @param at the instant to record as the issue time when a number is taken now; ignored on a repeat
     * @return the number issued under the key in the series, now or before
     */
    InvoiceNumber issue(String idempotencyKey, String series, Instant at);
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.invoice;

import dev.oms.spi.value.Require;
import java.time.Instant;

/**
 * An invoice number as issued: the series it belongs to, its place in that series and when it was first issued.
 * Issuing again under the same key answers this same value, the first instant included, so an invoice printed again
 * shows the date it was first issued.
 *
 * @param series the series, as the host named it ({@code "INV"}, {@code "INV-2026"}); not blank
 * @param sequence the number within the series: 1 for its first invoice, then 2, 3... with no gaps
 * @param issuedAt when the number was first issued, as the caller's clock said
 */
public record InvoiceNumber(String series, long sequence, Instant issuedAt) {
    /** Checks the number.
     * @param series the series; not blank
     * @param sequence the number within the series; positive
     * @param issuedAt when it was first issued */
    public InvoiceNumber {
        Require.nonBlank(series, "series");
        Require.nonNull(issuedAt, "issuedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("an invoice number counts from 1, was " + sequence);
        }
    }

    /** {@return the number as printed on the invoice}: the series, a dash and the sequence, e.g. {@code INV-42} */
    public String text() {
        return series + "-" + sequence;
    }
}

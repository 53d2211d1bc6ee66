// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.invoice.InvoiceNumbers;
import dev.oms.spi.value.Require;
import java.util.Optional;

/**
 * How {@link Documents#invoice} numbers and signs invoices: the port that issues the numbers, the series they count
 * in, and the seller's reference printed on each. Given to {@link OrderManagementBuilder#invoicing}; without it the
 * facade numbers invoices in memory, series {@value #DEFAULT_SERIES}, and a restarted process counts from 1 again, so
 * a host issuing real invoices gives a durable port ({@code PostgresInvoiceNumbers}, or its own).
 *
 * @param numbers issues the numbers, gapless per series (oms-postgres's {@code PostgresInvoiceNumbers} in production)
 * @param series the series every invoice is numbered in; not blank
 * @param seller the host's reference for the selling party (its name or tax registration), if it gives one
 */
public record Invoicing(InvoiceNumbers numbers, String series, Optional<String> seller) {
    /** The series when the host names none. */
    public static final String DEFAULT_SERIES = "INV";

    /** Checks the components.
     * @param numbers issues the numbers
     * @param series the series; not blank
     * @param seller the seller's reference, if any; not blank */
    public Invoicing {
        Require.nonNull(numbers, "numbers");
        Require.nonBlank(series, "series");
        Require.nonNull(seller, "seller");
        seller.ifPresent(s -> Require.nonBlank(s, "seller"));
    }

    /**
     * {@return invoices numbered by the host's port in one series, with no seller named}
     *
     * @param numbers the host's invoice numbers
     * @param series the series; not blank
     */
    public static Invoicing of(InvoiceNumbers numbers, String series) {
        return new Invoicing(numbers, series, Optional.empty());
    }

    /**
     * {@return these settings, with the seller's reference printed on every invoice}
     *
     * @param seller the seller's name or tax registration; not blank
     */
    public Invoicing soldBy(String seller) {
        return new Invoicing(numbers, series, Optional.of(Require.nonBlank(seller, "seller")));
    }

    /** The default: numbers kept in memory, counting from 1 again when the process restarts; for tests and demos. */
    static Invoicing inMemory() {
        return of(new LocalInvoiceNumbers(), DEFAULT_SERIES);
    }
}

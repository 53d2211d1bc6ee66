// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import java.time.Instant;
import java.util.Objects;

/**
 * The half-open period {@code [from, to)} a report covers: an order belongs to it when it was placed at or after
 * {@code from} and before {@code to}, so consecutive periods never count an order twice.
 *
 * @param from the first instant in the period
 * @param to the first instant after it
 */
public record ReportPeriod(Instant from, Instant to) {

    /**
     * Refuses nulls and a period that ends before it starts.
     *
     * @param from the first instant in the period
     * @param to the first instant after it
     */
    public ReportPeriod {
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends at " + to + ", before it starts at " + from);
        }
    }

    /**
     * {@return the period {@code [from, to)}}
     *
     * @param from the first instant in the period
     * @param to the first instant after it
     */
    public static ReportPeriod of(Instant from, Instant to) {
        return new ReportPeriod(from, to);
    }

    /**
     * {@return whether an instant lies in the period}
     *
     * @param instant the instant
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    @Override
    public String toString() {
        return "[" + from + ", " + to + ")";
    }
}

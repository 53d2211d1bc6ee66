// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long units have waited, from {@code from} (inclusive) up to {@code to} (exclusive); the oldest band has no end.
 * Age is measured from the order's placement, when its units started waiting.
 *
 * @param from the shortest age in the band
 * @param to the age the band stops before; empty for the oldest band
 */
public record AgeBand(Duration from, Optional<Duration> to) {

    /**
     * Refuses nulls and an empty band.
     *
     * @param from the shortest age in the band
     * @param to the age the band stops before
     */
    public AgeBand {
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        if (from.isNegative() || to.filter(end -> end.compareTo(from) <= 0).isPresent()) {
            throw new IllegalArgumentException("an age band needs 0 <= from < to, was " + from + " to " + to);
        }
    }

    /**
     * {@return whether units of this age fall in the band}
     *
     * @param age how long they have waited
     */
    public boolean holds(Duration age) {
        return age.compareTo(from) >= 0 && to.map(end -> age.compareTo(end) < 0).orElse(true);
    }

    /** {@return the band in days, e.g. {@code 7-30 days} or {@code 30+ days}} */
    public String label() {
        return to.map(end -> days(from) + "-" + days(end) + " days").orElse(days(from) + "+ days");
    }

    private static String days(Duration age) {
        long whole = age.toDays();
        return age.equals(Duration.ofDays(whole)) ? Long.toString(whole) : age.toString();
    }
}

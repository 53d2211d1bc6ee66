// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock a test or a demo moves by hand, the in-memory stand-in for the time port: give it to
 * {@link InMemoryAdapters#ports}, and release dates pass and checkout holds expire exactly when the test
 * says (the testkit's command sequences move it to a product's release date before they release it).
 * The one settable clock of the project: the core's tests, the testkit and hosts' tests all use it.
 * Thread-safe.
 */
public final class SettableClock extends Clock {
    private Instant now;

    /**
     * A clock standing at {@code start}.
     *
     * @param start the instant the clock shows until it is moved
     */
    public SettableClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start is null");
    }

    /**
     * Moves the clock to {@code instant}, forward or back.
     *
     * @param instant the instant the clock shows from now on
     */
    public synchronized void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant is null");
    }

    /**
     * Moves the clock on by {@code duration}.
     *
     * @param duration how far to move it; a negative one moves it back
     */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /**
     * Moves the clock forward to {@code target}, or by {@code atLeast} when it is already there or past it,
     * so the steps of a script keep their order whatever came before them.
     *
     * @param target the instant to move to
     * @param atLeast the least step forward
     */
    public synchronized void advanceTo(Instant target, Duration atLeast) {
        Instant next = now.plus(atLeast);
        now = target.isAfter(next) ? target : next;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a settable clock is in UTC only");
    }
}

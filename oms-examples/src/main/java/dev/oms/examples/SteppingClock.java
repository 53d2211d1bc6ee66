package dev.oms.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock the host moves forward by hand, so a simulated day gives the same timestamps on every run.
 * oms reads time only through the clock it is given; this one stands still until {@link #advance} is called.
 */
public final class SteppingClock extends Clock {
    private Instant now;

    public SteppingClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves time forward. */
    public synchronized void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("time only moves forward, was " + step);
        }
        now = now.plus(step);
    }

    /**
     * Moves time forward to {@code target}, or by {@code atLeast} when the clock is already there or
     * past it, so that steps of a script keep their order whatever came before them.
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

    /** Only UTC: the simulation has one time line and nothing in it needs another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone)) {
            throw new UnsupportedOperationException("a stepping clock runs in UTC only, not " + zone);
        }
        return this;
    }
}

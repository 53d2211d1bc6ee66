package dev.oms.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock a test moves by hand: give it to the ports, and the command sequences of
 * {@link OmsCommandArbitraries} move it to a product's release date before they release it. Thread-safe.
 */
public final class SettableClock extends Clock {
    private Instant now;

    public SettableClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start is null");
    }

    /** Moves the clock to {@code instant}, forward or back. */
    public synchronized void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant is null");
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
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

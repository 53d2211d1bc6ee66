// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.IdGenerator;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Order ids that stay unique across restarts and across every application instance sharing the
 * database, and that sort by creation time: UUID version 7 (RFC 9562), written in the canonical
 * lowercase form, e.g. {@code 0195f3a2-7c41-7000-8d3e-5b0c9a4f2e17} (36 characters).
 *
 * <p>Layout, most significant bit first: 48 bits of Unix milliseconds from the injected {@link Clock},
 * the version {@code 7}, a 12-bit counter within the millisecond (RFC 9562 section 6.2, method 1), the
 * variant {@code 10}, and 62 random bits from the injected {@link RandomGenerator}.
 *
 * <ul>
 *   <li><b>Monotonic per instance.</b> Each id is strictly greater than the one before it, as a UUID and as
 *       a string, even when the clock steps back (the generator keeps counting up from the last id it
 *       issued) or more than 4,096 ids are asked for in one millisecond (the counter carries into the
 *       timestamp, which then runs a little ahead of the clock until the clock catches up).
 *   <li><b>Unique across instances.</b> Two instances reading the same millisecond differ in their 62
 *       random bits: with {@link SecureRandom} a collision is about as likely as guessing a 62-bit key.
 *   <li><b>Unique across restarts.</b> A new instance starts from its clock's current millisecond; the
 *       ids before the restart carry earlier timestamps, and the random bits cover the rest.
 *   <li><b>Ordered by time.</b> Lexicographic order of the strings is the order of their timestamps, to
 *       the millisecond across instances and exactly within one instance, so a B-tree on the id appends
 *       at its right edge instead of writing all over the index.
 * </ul>
 *
 * <p>Thread-safe without a lock: the last timestamp and counter are one {@link AtomicLong}, moved by
 * compare-and-set; the random bits are drawn outside it.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {
    /** Length of every id this generator issues. */
    public static final int LENGTH = 36;

    private static final int COUNTER_BITS = 12;
    private static final long MAX_MILLIS = (1L << 48) - 1;
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long RANDOM_62 = 0x3fff_ffff_ffff_ffffL;

    private final Clock clock;
    private final RandomGenerator random;
    /** Timestamp (high 48 bits of 60) and counter (low 12) of the last id issued; 0 before the first. */
    private final AtomicLong last = new AtomicLong();

    /**
     * Ids timed by {@code clock}, with random bits from a new {@link SecureRandom}.
     *
     * @param clock the clock whose milliseconds lead every id
     */
    public TimeOrderedIdGenerator(Clock clock) {
        this(clock, new SecureRandom());
    }

    /**
     * Ids timed by {@code clock} with random bits from {@code random}.
     *
     * @param clock the clock whose milliseconds lead every id
     * @param random must be safe to call from several threads (as {@link SecureRandom} and
     *               {@link java.util.Random} are) and seeded differently in every instance: two instances
     *               drawing the same bits in the same millisecond would issue the same id
     */
    public TimeOrderedIdGenerator(Clock clock, RandomGenerator random) {
        this.clock = Require.nonNull(clock, "clock");
        this.random = Require.nonNull(random, "random");
    }

    @Override
    public OrderId newOrderId() {
        return OrderId.of(next().toString());
    }

    /**
     * The next id as a {@link UUID}, for a host that stores ids in a {@code uuid} column; its
     * {@code toString()} is what {@link #newOrderId()} answers.
     *
     * @return a version 7 UUID, later than every id this generator issued before
     * @throws IllegalStateException when the clock reads before 1970 or after the year 10889
     */
    public UUID next() {
        long millis = clock.millis();
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalStateException("the clock reads " + millis + " ms, outside what 48 bits of Unix time hold");
        }
        // The next (timestamp, counter) is the clock's millisecond with counter 0, unless that is not past
        // the last id: then one more than the last, which also covers a clock that stepped back.
        long stamp = last.accumulateAndGet(millis << COUNTER_BITS, (previous, floor) -> Math.max(previous + 1, floor));
        if ((stamp >>> COUNTER_BITS) > MAX_MILLIS) {
            throw new IllegalStateException("the id timestamp ran past what 48 bits of Unix time hold");
        }
        long high = (stamp >>> COUNTER_BITS) << 16 | VERSION_7 | (stamp & ((1L << COUNTER_BITS) - 1));
        long low = VARIANT_RFC | (random.nextLong() & RANDOM_62);
        return new UUID(high, low);
    }

    /**
     * When an id of this generator was made: the millisecond in its first 48 bits.
     *
     * @param id an order id this generator issued
     * @return the millisecond the id was made in
     * @throws IllegalArgumentException when {@code id} is not a version 7 UUID
     */
    public static Instant createdAt(OrderId id) {
        Require.nonNull(id, "id");
        UUID uuid;
        try {
            uuid = UUID.fromString(id.value());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a UUID: " + id, e);
        }
        if (id.value().length() != LENGTH || uuid.version() != 7 || uuid.variant() != 2) {
            throw new IllegalArgumentException("not a time-ordered id (UUID version 7): " + id);
        }
        return Instant.ofEpochMilli(uuid.getMostSignificantBits() >>> 16);
    }
}

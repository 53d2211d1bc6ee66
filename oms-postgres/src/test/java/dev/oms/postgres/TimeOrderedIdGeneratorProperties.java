// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.inmemory.SettableClock;
import dev.oms.spi.value.OrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class TimeOrderedIdGeneratorProperties {
    private static final long T0 = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();

    /**
     * Whatever the clock does between calls (stand still, step forward, step back by up to a day), each id
     * sorts after the one before it, and its timestamp is the later of the clock's reading and the last id's
     * timestamp (carried by one millisecond when the counter runs out).
     */
    @Property(tries = 300)
    void idsIncreaseAndFollowTheClockWhateverItDoes(
            @ForAll @Size(min = 1, max = 200) List<@LongRange(min = -86_400_000L, max = 86_400_000L) Long> clockSteps,
            @ForAll long seed) {
        var clock = new SettableClock(Instant.ofEpochMilli(T0));
        var ids = new TimeOrderedIdGenerator(clock, new Random(seed));
        List<String> issued = new ArrayList<>();
        long lastMillis = -1;
        for (long step : clockSteps) {
            // Steps of 0 come often enough from the generator's edge cases; a third of them repeat the reading.
            clock.set(clock.instant().plusMillis(Math.floorMod(step, 3) == 0 ? 0 : step));
            OrderId id = ids.newOrderId();
            long stamped = TimeOrderedIdGenerator.createdAt(id).toEpochMilli();
            long reading = clock.millis();

            assertThat(stamped).isGreaterThanOrEqualTo(reading).isGreaterThanOrEqualTo(lastMillis);
            if (reading > lastMillis) {
                assertThat(stamped).isEqualTo(reading);
            }
            issued.add(id.value());
            lastMillis = stamped;
        }

        assertThat(issued).isSorted().doesNotHaveDuplicates();
    }

    /** The string order of any two ids is the order of the milliseconds they were made in, when those differ. */
    @Property(tries = 300)
    void stringOrderIsTimeOrder(@ForAll @LongRange(min = 0, max = (1L << 48) - 1) long earlier,
                                @ForAll @LongRange(min = 1, max = (1L << 48) - 1) long gap) {
        long later = Math.min(earlier + gap, (1L << 48) - 1);
        String first = new TimeOrderedIdGenerator(new SettableClock(Instant.ofEpochMilli(earlier))).newOrderId().value();
        String second = new TimeOrderedIdGenerator(new SettableClock(Instant.ofEpochMilli(later))).newOrderId().value();

        if (later > earlier) {
            assertThat(first).isLessThan(second);
        }
    }
}

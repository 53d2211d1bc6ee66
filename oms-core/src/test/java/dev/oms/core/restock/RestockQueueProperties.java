// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.restock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The pure restock decision: who gets newly available stock (design invariant 3). */
class RestockQueueProperties {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @Property
    void grantsEveryAvailableUnitUpToWhatWaits(@ForAll("queues") java.util.List<WaitingUnits> queue,
            @ForAll @LongRange(max = 400) long available) {
        List<Grant> grants = RestockQueue.fill(List.ofAll(queue), available);
        long waiting = List.ofAll(queue).map(WaitingUnits::quantity).sum().longValue();
        assertThat(grants.map(Grant::units).sum().longValue()).isEqualTo(Math.min(available, waiting));
        assertThat(grants.map(Grant::waiting)).containsExactlyInAnyOrderElementsOf(queue);
    }

    @Property
    void preordersAreFilledBeforeBackordersAndEachGroupInPlacementOrder(
            @ForAll("queues") java.util.List<WaitingUnits> queue, @ForAll @LongRange(max = 400) long available) {
        List<Grant> grants = RestockQueue.fill(List.ofAll(queue), available);
        for (Grant earlier : grants) {
            for (Grant later : grants) {
                if (earlier.shortBy() > 0 && ranksBefore(earlier.waiting(), later.waiting())) {
                    assertThat(later.units()).as("%s was short, yet %s got units", earlier, later).isZero();
                }
            }
        }
    }

    @Property
    void theAnswerDoesNotDependOnTheOrderTheQueueWasReadIn(@ForAll("queues") java.util.List<WaitingUnits> queue,
            @ForAll @LongRange(max = 400) long available, @ForAll Random shuffle) {
        java.util.List<WaitingUnits> shuffled = new ArrayList<>(queue);
        Collections.shuffle(shuffled, shuffle);
        assertThat(RestockQueue.fill(List.ofAll(shuffled), available))
                .containsExactlyElementsOf(RestockQueue.fill(List.ofAll(queue), available));
    }

    /** Pre-orders first; within a group, earlier placement first (ties by order id). */
    private static boolean ranksBefore(WaitingUnits a, WaitingUnits b) {
        if (a.bucket() != b.bucket()) {
            return a.bucket() == Bucket.PREORDERED;
        }
        int byTime = a.placedAt().compareTo(b.placedAt());
        return byTime != 0 ? byTime < 0 : a.orderId().value().compareTo(b.orderId().value()) < 0;
    }

    @Provide
    Arbitrary<java.util.List<WaitingUnits>> queues() {
        Arbitrary<WaitingUnits> entry = Combinators.combine(
                Arbitraries.of(Bucket.PREORDERED, Bucket.BACKORDERED),
                Arbitraries.longs().between(1, 60),
                Arbitraries.integers().between(0, 20))
                .as((bucket, quantity, minute) -> new WaitingUnits(OrderId.of("O"), LineId.of("L1"), Sku.of("BOOK"),
                        Channel.WEB, bucket, quantity, START.plusSeconds(60L * minute)));
        // Order ids are unique per entry, as each order has one line per SKU.
        return entry.list().ofMaxSize(12).map(list -> {
            java.util.List<WaitingUnits> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                WaitingUnits w = list.get(i);
                unique.add(new WaitingUnits(OrderId.of("O" + (100 + i)), w.lineId(), w.sku(), w.channel(), w.bucket(),
                        w.quantity(), w.placedAt()));
            }
            return unique;
        });
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.examples.WaitingReport.Exit;
import dev.oms.examples.WaitingReport.QueuedUnits;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue check of {@link SimulationTest} finds the orderings a wrong library would produce. */
class QueueOrderTest {
    private static final Sku GRINDER = Sku.of("GRINDER");
    private static final Instant PLACED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant RELEASE = Instant.parse("2026-03-06T09:00:00Z");
    private static final Instant RESTOCK = Instant.parse("2026-03-08T10:00:00Z");

    @Test
    void aBackorderFilledWhileAPreorderStillWaitsIsAViolation() {
        QueuedUnits preorder = queued(1, Bucket.PREORDERED, 2, List.of(new Exit(RELEASE, true, 1)), 1);
        QueuedUnits backorder = queued(0, Bucket.BACKORDERED, 1, List.of(new Exit(RELEASE, true, 1)), 0);
        assertThat(QueueOrder.violations(List.of(preorder, backorder))).hasSize(1)
                .first().asString().contains("PREORDERED").contains("BACKORDERED");
    }

    @Test
    void aLaterOrderFilledAheadOfAnEarlierOneIsAViolation() {
        QueuedUnits earlier = queued(0, Bucket.BACKORDERED, 2, List.of(new Exit(RESTOCK, true, 1)), 1);
        QueuedUnits later = queued(1, Bucket.BACKORDERED, 1, List.of(new Exit(RESTOCK, true, 1)), 0);
        assertThat(QueueOrder.violations(List.of(earlier, later))).hasSize(1);
    }

    @Test
    void fillsInQueueOrderAndUnitsCancelledOrQueuedLaterAreNone() {
        QueuedUnits first = queued(0, Bucket.PREORDERED, 2, List.of(new Exit(RELEASE, true, 2)), 0);
        QueuedUnits gaveUp = queued(1, Bucket.PREORDERED, 1, List.of(new Exit(PLACED.plusSeconds(60), false, 1)), 0);
        QueuedUnits second = queued(2, Bucket.PREORDERED, 2, List.of(new Exit(RELEASE, true, 1), new Exit(RESTOCK, true, 1)), 0);
        QueuedUnits backorder = queued(3, Bucket.BACKORDERED, 1, List.of(new Exit(RESTOCK, true, 1)), 0);
        QueuedUnits afterTheRestock = new QueuedUnits(OrderId.of("O-4"), 4, LineId.of("L1"), GRINDER, Bucket.PREORDERED,
                RESTOCK.plusSeconds(60), 1, List.of(), 1);
        assertThat(QueueOrder.violations(List.of(first, gaveUp, second, backorder, afterTheRestock))).isEmpty();
    }

    private static QueuedUnits queued(int placement, Bucket queue, long units, List<Exit> exits, long waitingNow) {
        return new QueuedUnits(OrderId.of("O-" + placement), placement, LineId.of("L1"), GRINDER, queue,
                PLACED.plusSeconds(placement), units, exits, waitingNow);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.examples.WaitingReport.Exit;
import dev.oms.examples.WaitingReport.QueuedUnits;
import dev.oms.spi.event.Bucket;
import java.util.ArrayList;
import java.util.List;

/**
 * Design invariant 3 checked on a run's restock queues: whenever units of a SKU were filled, every unit
 * that should have gone before them (pre-ordered before backordered, and within each an earlier order)
 * had been filled or cancelled by then. Only units already queued at the time count.
 */
final class QueueOrder {
    private QueueOrder() {}

    /** One sentence per queued line that was still waiting when a line behind it was filled. */
    static List<String> violations(List<QueuedUnits> queue) {
        List<String> violations = new ArrayList<>();
        for (QueuedUnits filled : queue) {
            for (Exit exit : filled.exits().stream().filter(Exit::filled).toList()) {
                for (QueuedUnits ahead : queue) {
                    boolean queuedThen = !ahead.queuedAt().isAfter(exit.at());
                    if (goesFirst(ahead, filled) && queuedThen && ahead.waitingAt(exit.at()) > 0) {
                        violations.add(String.format(
                                "%d %s units of %s on order %s still waited when %s units of order %s were filled at %s",
                                ahead.waitingAt(exit.at()), ahead.queue(), ahead.sku(), ahead.order(), filled.queue(),
                                filled.order(), exit.at()));
                    }
                }
            }
        }
        return violations;
    }

    /** Whether {@code ahead}'s units must be filled before any of {@code behind}'s. */
    private static boolean goesFirst(QueuedUnits ahead, QueuedUnits behind) {
        if (!ahead.sku().equals(behind.sku())) {
            return false;
        }
        if (ahead.queue() != behind.queue()) {
            return ahead.queue() == Bucket.PREORDERED;
        }
        return ahead.placement() < behind.placement();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.value.OrderId;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.statistics.Statistics;

/**
 * What a history of a stateful property got as far as, read from the events storage holds, counted per
 * history: a run of a property in which too few histories did something (ship, deliver, ...) fails, so a
 * generator that stops reaching a state cannot go unnoticed.
 */
final class Coverage {
    private final List<List<OrderEvent>> commits;

    private Coverage(List<List<OrderEvent>> commits) {
        this.commits = commits;
    }

    static Coverage of(OrderStore store, Collection<OrderId> orders) {
        return new Coverage(orders.stream().flatMap(id -> store.load(id).get().commits().stream())
                .map(commit -> commit.events()).toList());
    }

    /** An event of the kind, in any commit. */
    static Predicate<List<OrderEvent>> event(Class<? extends OrderEvent> kind) {
        return commit -> commit.stream().anyMatch(kind::isInstance);
    }

    /** A commit with events of both kinds. */
    static Predicate<List<OrderEvent>> together(Class<? extends OrderEvent> one, Class<? extends OrderEvent> other) {
        return event(one).and(event(other));
    }

    /**
     * Counts whether this history stored a commit that {@code did} (label {@code label}), and fails the
     * property if under {@code minPercent} of its histories did.
     */
    Coverage require(String label, Predicate<List<OrderEvent>> did, double minPercent) {
        boolean happened = commits.stream().anyMatch(did);
        Statistics.label(label).collect(happened ? "yes" : "no");
        Statistics.label(label).coverage(check -> check.check("yes").percentage(p -> p >= minPercent));
        return this;
    }
}

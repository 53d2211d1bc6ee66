// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.order.WaitingLines;
import dev.oms.spi.value.Sku;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A SKU's restock queue in queue order, read a page at a time as the walker goes: a restock that stops where its
 * stock runs out has read the head of the queue only. Pages follow each other by the last line read, so lines
 * filled or cancelled meanwhile leave no gap and no line is met twice.
 */
final class QueueWalk implements Iterator<WaitingUnits> {
    static final int PAGE = 64;

    private final WaitingLines lines;
    private final Sku sku;
    private List<WaitingLine> page = List.of();
    private int next;
    private Optional<WaitingLine> after = Optional.empty();
    private boolean ended;
    private long read;

    QueueWalk(WaitingLines lines, Sku sku) {
        this.lines = lines;
        this.sku = sku;
    }

    @Override
    public boolean hasNext() {
        if (next < page.size()) {
            return true;
        }
        if (ended) {
            return false;
        }
        page = lines.waitingAfter(sku, after, PAGE);
        next = 0;
        ended = page.size() < PAGE;
        if (!page.isEmpty()) {
            after = Optional.of(page.get(page.size() - 1));
        }
        return !page.isEmpty();
    }

    @Override
    public WaitingUnits next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the queue of " + sku + " has no more lines");
        }
        read++;
        return WaitingUnits.of(page.get(next++));
    }

    /** {@return how many entries the walk has gone past} */
    long read() {
        return read;
    }
}

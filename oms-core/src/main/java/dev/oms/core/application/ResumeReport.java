// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.OrderId;
import java.util.List;

/**
 * What {@link Recovery#resumeAll()} did: it tries every stored order and never stops at one that
 * fails, so one unloadable or failing order cannot keep the others from settling.
 *
 * @param resumed how many orders were loaded and had their owed effects run
 * @param stillOwing orders that still owe effects afterwards (a port is still failing; resume them later)
 * @param failed orders that could not be resumed at all, each with the reason, for an operator to look at
 */
public record ResumeReport(int resumed, List<OrderId> stillOwing, List<Failure> failed) {
    /**
     * Copies the lists, so the report cannot change afterwards.
     *
     * @param resumed how many orders were loaded and had their owed effects run
     * @param stillOwing orders that still owe effects afterwards (a port is still failing; resume them later)
     * @param failed orders that could not be resumed at all, each with the reason, for an operator to look at
     */
    public ResumeReport {
        stillOwing = List.copyOf(stillOwing);
        failed = List.copyOf(failed);
    }

    /**
     * An order that could not be resumed, and why.
     *
     * @param orderId the order
     * @param reason the exception's description, never order data
     */
    public record Failure(OrderId orderId, String reason) {}

    /** {@return whether every order was resumed and nothing is owed any more} */
    public boolean settled() {
        return stillOwing.isEmpty() && failed.isEmpty();
    }
}

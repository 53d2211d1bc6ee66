// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi;

import dev.oms.spi.value.OrderId;

/**
 * Hands out new order ids. The core makes no ids of its own: everything else inside an order (lines,
 * pick lists, packages, cancellations) is numbered deterministically from the order id.
 *
 * <p>Contract: never returns the same id twice, across every application instance that shares storage;
 * must be safe to call from several threads.
 */
@FunctionalInterface
public interface IdGenerator {
    /** {@return a new order id, never returned before by any instance sharing the storage} */
    OrderId newOrderId();

    /**
     * A key no call has used before, for a port call oms makes outside any order (a checkout hold's
     * reservation), so that two attempts never share one. The default takes an order id; a generator that
     * numbers orders for people to read may count these separately.
     *
     * @return a key never returned before
     */
    default String newOperationKey() {
        return newOrderId().value();
    }
}

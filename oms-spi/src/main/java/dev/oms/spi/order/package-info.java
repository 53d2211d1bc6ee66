// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The storage port for orders: an append-only log of commits per order, with optimistic versions, and the read
 * models the store keeps with every commit (restock queues, orders owing effects, order listings), so that
 * no query of oms or of the host replays stored orders.
 */
package dev.oms.spi.order;

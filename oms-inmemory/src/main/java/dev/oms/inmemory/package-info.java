// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Thread-safe in-memory adapters for every oms port: the embedded default, and the fakes that tests,
 * examples and simulations run against.
 *
 * <p>These adapters depend on {@code oms-spi} only. Every one honours its port's contract (atomicity,
 * optimistic versions, idempotency by key) so that a host can swap in a real adapter without the core
 * noticing. {@link dev.oms.inmemory.InMemoryAdapters#create()} builds a complete set in one call.
 */
package dev.oms.inmemory;

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * What a host needs to test its own adapters and policies against oms: abstract JUnit 5 contract suites
 * for the storage ports ({@link dev.oms.testkit.OrderStoreContract}, {@link
 * dev.oms.testkit.InventoryStoreContract}, made of one contract interface per concern), jqwik generators of port values ({@link
 * dev.oms.testkit.OmsArbitraries}) and of commands and command sequences ({@link
 * dev.oms.testkit.OmsCommandArbitraries}, run against an {@link dev.oms.testkit.OmsWorld}), and invariant
 * checkers over stored events ({@link dev.oms.testkit.Invariants}) and over the core's orders ({@link
 * dev.oms.testkit.OrderInvariants}). Depends on oms-spi, oms-core and oms-inmemory (for its {@link dev.oms.inmemory.SettableClock}); hosts add
 * it in test scope.
 */
package dev.oms.testkit;

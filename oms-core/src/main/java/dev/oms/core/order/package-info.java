// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The order aggregate: its state ({@link dev.oms.core.order.Order} with its lines, purchases, pick lists,
 * packages and payment ledger), how events evolve it ({@link dev.oms.core.order.OrderEvolution}), the notices
 * an event makes owed ({@code CustomerNotices}), its derived status and the table of legal unit moves
 * ({@link dev.oms.core.order.Transitions}). Rule packages (allocation, payment, indent, ...) read this state;
 * it reads none of them.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // Order's defaults are constants that read no other attribute, so they need no initialisation shim, which
    // every state of an order (a dozen for a commit) otherwise allocated and dropped.
    unsafeDefaultAndDerived = true,
    allowedClasspathAnnotations = {Override.class})
package dev.oms.core.order;

import org.immutables.value.Value;

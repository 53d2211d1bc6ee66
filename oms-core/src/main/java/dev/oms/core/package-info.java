// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The order domain of oms. Sub-packages are named after domain concepts: {@code order} holds the
 * aggregate, its state machine and the notices its events make owed; {@code command} the commands (in
 * families), the answers of ports and the context a decision reads; {@code decision} dispatches each command
 * to the rules of its step: {@code placement}, {@code allocation}, {@code preorder}, {@code backorder},
 * {@code restock}, {@code indent}, {@code payment}, {@code fulfilment} and {@code cancellation};
 * {@code routing} chooses the locations that fulfil an order, {@code availability} says what may still be
 * promised and holds units for a checkout, {@code effects} derives the side effects an order still owes,
 * and {@code application} is the facade, split by caller, that drives the ports.
 *
 * <p>Everything but {@code application} is pure: no I/O, no clock, no randomness.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // No @Generated on generated code: users of these types then need no Immutables jar to compile.
    allowedClasspathAnnotations = {Override.class})
package dev.oms.core;

import org.immutables.value.Value;

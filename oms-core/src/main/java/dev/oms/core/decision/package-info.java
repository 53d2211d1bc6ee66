// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Deciding commands: {@link dev.oms.core.decision.OrderDecider#decide} is the pure
 * {@code (command, state, context) -> Either<Rejection, events>} half of the order's state machine. It
 * checks idempotency, then hands each command, through a compile-checked visitor, to the rules of its
 * domain package.
 */
package dev.oms.core.decision;

/**
 * Deciding commands: {@link dev.oms.core.decision.OrderDecider#decide} is the pure
 * {@code (state, command, now) -> Either<Rejection, events>} half of the order's state machine. It checks
 * idempotency, then hands each command to the rules of its domain package.
 */
package dev.oms.core.decision;

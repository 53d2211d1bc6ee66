// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The side effects an order still owes (reserve, release, consume stock; authorise, capture, void;
 * void labels; notify), derived from its state. Because they are derived from stored events, a crash or a
 * failed port call loses nothing: the next run derives the same effects with the same idempotency keys.
 */
package dev.oms.core.effects;

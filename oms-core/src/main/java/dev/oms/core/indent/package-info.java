// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Indent orders: lines bought from a supplier for one order. The supplier commits units, which are
 * ring-fenced for that order: received against the purchase, they count on hand but are never available
 * to anyone else (design invariant 4), and then become the order's reservation.
 */
package dev.oms.core.indent;

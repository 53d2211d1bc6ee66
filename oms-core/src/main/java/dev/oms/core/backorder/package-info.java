// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Backorders: when the host's {@link dev.oms.core.backorder.BackorderPolicy} allows it, units the stock
 * cannot cover wait in the BACKORDERED bucket while the rest ships; receipts fill them oldest first,
 * after pre-orders (see {@link dev.oms.core.restock.RestockQueue}).
 */
package dev.oms.core.backorder;

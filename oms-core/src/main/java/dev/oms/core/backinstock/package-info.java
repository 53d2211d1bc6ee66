// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Back in stock: how many waiting subscribers to tell when units of a SKU come back. Units come back by a receipt,
 * a stock adjustment up, a transfer received, a release of reserved units or a restock of returned ones, and go to
 * waiting orders first; what can then be promised bounds who is told, and the host's
 * {@link dev.oms.core.backinstock.BackInStockPolicy} says how many customers a unit is worth.
 */
package dev.oms.core.backinstock;

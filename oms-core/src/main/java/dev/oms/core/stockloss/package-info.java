// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Stock losses: what happens to orders whose reserved units a stock adjustment (a count, damage, shrinkage)
 * found gone. The newest orders give their units up first; the host's {@link dev.oms.core.stockloss.StockLossPolicy}
 * says whether they are routed again, wait as backorders, or are held for a person.
 */
package dev.oms.core.stockloss;

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The pricing port and the price breakdown of an order line: unit price, discount allocations, tax lines and the
 * shipping charge, exact to the currency's minor unit. {@link dev.oms.spi.pricing.UnitShares} splits a line's amounts
 * over its units, so that any count of units has one exact share of them.
 */
package dev.oms.spi.pricing;

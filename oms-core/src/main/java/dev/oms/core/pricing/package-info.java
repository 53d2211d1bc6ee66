// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Line prices: what the pricing port may answer for an order ({@link dev.oms.core.pricing.PriceChecks}). The port is
 * called by the application layer; its answer reaches the placement decision as data.
 */
package dev.oms.core.pricing;

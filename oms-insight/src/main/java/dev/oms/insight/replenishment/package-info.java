// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Replenishment signals, as pure functions of a forecast, the supplier's terms and the stock positions:
 * <ul>
 *   <li>{@link dev.oms.insight.replenishment.ReorderPoint}: demand over the supplier's lead time plus safety
 *       stock, {@code d·L + z(service level)·σ·√L};
 *   <li>{@link dev.oms.insight.replenishment.PurchaseSuggestions}: how many units to buy per SKU and location,
 *       within the supplier's minimum order quantity and pack size, grouped per supplier;
 *   <li>{@link dev.oms.insight.replenishment.LowStockSignals}: which SKUs at which locations have no more units
 *       available than their reorder point.
 * </ul>
 * Nothing here calls a port: a host turns suggestions into purchases itself, and raises low-stock signals
 * where it wants them seen.
 */
package dev.oms.insight.replenishment;

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Back-in-stock subscriptions: customers waiting to hear that a SKU they could not order can be promised again.
 * {@link dev.oms.spi.subscription.BackInStockSubscriptions} stores the subscriptions and who was told,
 * {@link dev.oms.spi.subscription.BackInStockAlertSender} tells the customer, one
 * {@link dev.oms.spi.subscription.BackInStockAlert} per subscription.
 */
package dev.oms.spi.subscription;

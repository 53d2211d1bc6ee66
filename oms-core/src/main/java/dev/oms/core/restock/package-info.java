// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Restocking: when stock is received or a product released, the waiting units of a SKU are filled in
 * queue order ({@link dev.oms.core.restock.RestockQueue}: pre-orders first, then backorders, each in
 * placement order), and each order's share is moved out of the queue and reserved in one commit
 * ({@link dev.oms.core.restock.RestockRules}).
 */
package dev.oms.core.restock;

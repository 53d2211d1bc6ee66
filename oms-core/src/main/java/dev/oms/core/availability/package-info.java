// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Availability to promise (ATP): what a storefront may still sell, per SKU, per location and in total,
 * and the pure rules for checkout holds. Holds are reserved in the inventory like orders, so a live hold
 * already counts against ATP and no one else can reserve its units.
 */
package dev.oms.core.availability;

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * The hold port: timed holds a storefront places on stock during checkout. A hold's units are reserved in
 * the {@link dev.oms.spi.inventory.InventoryStore} like an order's, so they count against availability and
 * nobody else can reserve them; the {@link dev.oms.spi.availability.HoldStore} remembers which
 * reservations are holds, when they expire, and who consumed them.
 */
package dev.oms.spi.availability;

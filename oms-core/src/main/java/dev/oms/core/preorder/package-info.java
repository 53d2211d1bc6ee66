// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
/**
 * Pre-orders: units ordered before the product's release date wait in the PREORDERED bucket, within the
 * catalogue's and the host's caps, and are filled at release before any other waiting unit
 * (see {@link dev.oms.core.restock.RestockQueue}).
 */
package dev.oms.core.preorder;

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

/** The kind of place that holds stock. */
public enum LocationType {
    /** A warehouse: ships to customers. */
    WAREHOUSE,
    /** A shop: ships from its shelves and hands orders over at the counter. */
    STORE,
    /** A third-party supplier: indent purchases are raised with it, and it may ship to customers directly. */
    SUPPLIER
}

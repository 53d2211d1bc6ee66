// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

/** The kind of place that holds stock. */
public enum LocationType {
    WAREHOUSE,
    STORE,
    SUPPLIER
}

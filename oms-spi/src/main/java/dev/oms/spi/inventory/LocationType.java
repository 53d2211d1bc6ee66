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
    SUPPLIER,
    /**
     * A location run by others that ships to customers: a third-party logistics provider or a marketplace's
     * fulfilment service. oms reserves its stock as any location's, but never makes pick lists there: the units
     * allocated there are sent to the provider as a fulfilment request, and the provider's shipments and
     * rejections come back through the facade.
     */
    THIRD_PARTY
}

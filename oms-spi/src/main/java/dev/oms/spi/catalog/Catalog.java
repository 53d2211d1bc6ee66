// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.catalog;

import dev.oms.spi.value.Sku;
import java.util.Optional;

/** The host's product catalogue. Must be safe for concurrent callers; read-only from oms's side. */
@FunctionalInterface
public interface Catalog {

    /**
     * {@return the product sold under this SKU, or empty when the SKU is unknown or withdrawn}
     *
     * @param sku the SKU an order line names
     */
    Optional<Product> find(Sku sku);
}

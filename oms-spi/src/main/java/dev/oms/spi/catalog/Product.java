package dev.oms.spi.catalog;

import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/** A sellable product as the catalogue knows it. */
public record Product(Sku sku, String name) {
    public Product {
        Require.nonNull(sku, "sku");
        Require.nonBlank(name, "name");
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import java.util.Optional;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link Catalog} the host fills by hand; safe for concurrent readers and writers. */
public final class InMemoryCatalog implements Catalog {
    private final ConcurrentHashMap<Sku, Product> products = new ConcurrentHashMap<>();

    /** Creates an empty catalogue. */
    public InMemoryCatalog() {}

    /**
     * Adds products, replacing any already sold under the same SKU.
     *
     * @param products the products to sell
     * @return this catalogue, for chaining
     */
    public InMemoryCatalog add(Product... products) {
        for (Product product : products) {
            Require.nonNull(product, "product");
            this.products.put(product.sku(), product);
        }
        return this;
    }

    /**
     * Withdraws a product: from now on its SKU reads as unknown.
     *
     * @param sku the product's SKU; one never added is ignored
     * @return this catalogue, for chaining
     */
    public InMemoryCatalog withdraw(Sku sku) {
        products.remove(Require.nonNull(sku, "sku"));
        return this;
    }

    @Override
    public Optional<Product> find(Sku sku) {
        return Optional.ofNullable(products.get(Require.nonNull(sku, "sku")));
    }
}

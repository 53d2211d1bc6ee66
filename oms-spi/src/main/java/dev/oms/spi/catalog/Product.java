// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.catalog;

import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A sellable product as the catalogue knows it.
 *
 * @param sku the SKU it is sold under
 * @param name the product's name, for people
 * @param releasesAt when an announced product goes on sale; before then, orders for it are pre-orders.
 *     Empty for a product already on sale.
 * @param preorderCap how many units may be pre-ordered in total (over all orders not cancelled); empty
 *     for no cap
 */
public record Product(Sku sku, String name, Optional<Instant> releasesAt, OptionalLong preorderCap) {
    /**
     * Checks the product.
     *
     * @param sku the SKU it is sold under
     * @param name the product's name; not blank
     * @param releasesAt when an announced product goes on sale; empty for a product already on sale
     * @param preorderCap how many units may be pre-ordered in total; empty for no cap, never negative
     * @throws IllegalArgumentException if {@code name} is blank or {@code preorderCap} is negative
     */
    public Product {
        Require.nonNull(sku, "sku");
        Require.nonBlank(name, "name");
        Require.nonNull(releasesAt, "releasesAt");
        Require.nonNull(preorderCap, "preorderCap");
        if (preorderCap.isPresent() && preorderCap.getAsLong() < 0) {
            throw new IllegalArgumentException("preorderCap cannot be negative, was " + preorderCap.getAsLong());
        }
    }

    /**
     * A product on sale now.
     *
     * @param sku the SKU it is sold under
     * @param name the product's name; not blank
     */
    public Product(Sku sku, String name) {
        this(sku, name, Optional.empty(), OptionalLong.empty());
    }

    /**
     * {@return an announced product that goes on sale at {@code releasesAt}, with an optional pre-order cap}
     *
     * @param sku the SKU it is sold under
     * @param name the product's name; not blank
     * @param releasesAt when it goes on sale
     * @param preorderCap how many units may be pre-ordered in total; empty for no cap
     */
    public static Product announced(Sku sku, String name, Instant releasesAt, OptionalLong preorderCap) {
        return new Product(sku, name, Optional.of(Require.nonNull(releasesAt, "releasesAt")), preorderCap);
    }

    /**
     * {@return whether orders placed at {@code now} are pre-orders}
     *
     * @param now the instant an order is placed at
     */
    public boolean isUnreleasedAt(Instant now) {
        return releasesAt.isPresent() && now.isBefore(releasesAt.get());
    }
}

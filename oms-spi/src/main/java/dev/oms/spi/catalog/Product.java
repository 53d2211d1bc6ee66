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
 * @param stockTracked whether oms keeps stock of the SKU (true for goods on a shelf, the default). An
 *     untracked SKU (a digital good, a service, something made to order) is never reserved, counted,
 *     held, queued or consumed: its units are always available and are allocated without any inventory
 *     call, then picked, packed and shipped like any other. An order line records at placement whether
 *     its SKU was tracked, so changing this later affects new orders only.
 */
public record Product(Sku sku, String name, Optional<Instant> releasesAt, OptionalLong preorderCap, boolean stockTracked) {
    /**
     * Checks the product.
     *
     * @param sku the SKU it is sold under
     * @param name the product's name; not blank
     * @param releasesAt when an announced product goes on sale; empty for a product already on sale
     * @param preorderCap how many units may be pre-ordered in total; empty for no cap, never negative
     * @param stockTracked whether oms keeps stock of the SKU
     * @throws IllegalArgumentException if {@code name} is blank, {@code preorderCap} is negative, or an
     *     untracked product is announced (pre-orders wait for stock at the release; untracked units never wait)
     */
    public Product {
        Require.nonNull(sku, "sku");
        Require.nonBlank(name, "name");
        Require.nonNull(releasesAt, "releasesAt");
        Require.nonNull(preorderCap, "preorderCap");
        if (preorderCap.isPresent() && preorderCap.getAsLong() < 0) {
            throw new IllegalArgumentException("preorderCap cannot be negative, was " + preorderCap.getAsLong());
        }
        if (!stockTracked && (releasesAt.isPresent() || preorderCap.isPresent())) {
            throw new IllegalArgumentException("an untracked product has no release date or pre-order cap: its units never wait for stock");
        }
    }

    /**
     * A product whose stock is tracked.
     *
     * @param sku the SKU it is sold under
     * @param name the product's name; not blank
     * @param releasesAt when an announced product goes on sale; empty for a product already on sale
     * @param preorderCap how many units may be pre-ordered in total; empty for no cap, never negative
     */
    public Product(Sku sku, String name, Optional<Instant> releasesAt, OptionalLong preorderCap) {
        this(sku, name, releasesAt, preorderCap, true);
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
     * {@return a product on sale now whose stock is not tracked}: a digital good, a service, something made
     * to order; always available, never reserved
     *
     * @param sku the SKU it is sold under
     * @param name the product's name; not blank
     */
    public static Product untracked(Sku sku, String name) {
        return new Product(sku, name, Optional.empty(), OptionalLong.empty(), false);
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

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * What may be promised of a SKU beyond its stock: pre-orders before an announced product's release,
 * backorders where the backorder policy allows them. Worked out by the same rules placement applies
 * (see {@link dev.oms.core.allocation.PendingAllocation}), so a storefront never promises a unit an order
 * would be refused.
 *
 * @param preorder none when the SKU is not an unreleased announced product
 * @param backorder none when the SKU may not be backordered
 * @param unlimited whether the SKU's stock is not tracked (a digital good, a service, made to order): any
 *     number of units may be promised, none of them from stock
 */
public record Headroom(Option<PreorderHeadroom> preorder, Option<BackorderHeadroom> backorder, boolean unlimited) {
    /**
     * Checks the components.
     *
     * @param preorder the pre-order headroom, if any
     * @param backorder the backorder headroom, if any
     * @param unlimited whether the SKU's stock is not tracked
     */
    public Headroom {
        Require.nonNull(preorder, "preorder");
        Require.nonNull(backorder, "backorder");
    }

    /**
     * The headroom of a SKU whose stock is tracked.
     *
     * @param preorder the pre-order headroom, if any
     * @param backorder the backorder headroom, if any
     */
    public Headroom(Option<PreorderHeadroom> preorder, Option<BackorderHeadroom> backorder) {
        this(preorder, backorder, false);
    }

    /** {@return nothing beyond the stock} */
    public static Headroom none() {
        return new Headroom(Option.none(), Option.none());
    }

    /** {@return no limit: the headroom of a SKU whose stock is not tracked, always available} */
    public static Headroom untracked() {
        return new Headroom(Option.none(), Option.none(), true);
    }

    /**
     * The headroom of a SKU at {@code now}, under the SKU's backorder terms. A pure function.
     *
     * @param sku the SKU
     * @param product the catalogue's product; none for a SKU the catalogue does not know, which no order may
     *     name and so has no headroom
     * @param now the time asked about, for the release date
     * @param channel the channel asking, whose pre-order cap then applies too; none for any channel
     * @param preorders the host's per-channel pre-order caps
     * @param terms the SKU's backorder terms
     * @param demand units already waiting in the SKU's restock queue
     * @return the pre-order and backorder headroom; {@link #untracked()} for a product whose stock is not tracked
     */
    public static Headroom of(Sku sku, Option<Product> product, Instant now, Option<Channel> channel,
            PreorderPolicy preorders, BackorderTerms terms, WaitingDemand demand) {
        Require.nonNull(terms, "terms");
        return of(sku, product, now, channel, preorders, BackorderHeadroom.of(s -> terms, sku, channel, List.empty(), demand,
                List.empty()), demand);
    }

    /**
     * The headroom of a SKU at {@code now}, with its backorder headroom worked out already
     * ({@link BackorderHeadroom#of}). A pure function.
     *
     * @param sku the SKU
     * @param product the catalogue's product; none for a SKU the catalogue does not know
     * @param now the time asked about, for the release date
     * @param channel the channel asking, whose pre-order cap then applies too; none for any channel
     * @param preorders the host's per-channel pre-order caps
     * @param backorderable the backorder headroom; none when no terms allow backorders
     * @param demand units already waiting in the SKU's restock queue
     * @return the pre-order and backorder headroom; {@link #untracked()} for a product whose stock is not tracked
     */
    public static Headroom of(Sku sku, Option<Product> product, Instant now, Option<Channel> channel,
            PreorderPolicy preorders, Option<BackorderHeadroom> backorderable, WaitingDemand demand) {
        Require.nonNull(sku, "sku");
        Require.nonNull(product, "product");
        Require.nonNull(now, "now");
        Require.nonNull(channel, "channel");
        Require.nonNull(preorders, "preorders");
        Require.nonNull(backorderable, "backorderable");
        Require.nonNull(demand, "demand");
        if (product.exists(p -> !p.stockTracked())) {
            return untracked();
        }
        Option<PreorderHeadroom> preorder = product.filter(p -> p.isUnreleasedAt(now))
                .map(p -> new PreorderHeadroom(p.releasesAt().get(), preorderable(p, channel, preorders, demand)));
        return new Headroom(preorder, product.isDefined() ? backorderable : Option.none());
    }

    /** The tighter of the catalogue's total cap and the channel's cap, less what each already counts. */
    private static Option<Long> preorderable(Product product, Option<Channel> channel, PreorderPolicy preorders,
            WaitingDemand demand) {
        Sku sku = product.sku();
        Option<Long> left = Option.none();
        if (product.preorderCap().isPresent()) {
            left = Option.some(product.preorderCap().getAsLong() - demand.preordered(sku));
        }
        if (channel.isDefined()) {
            OptionalLong channelCap = preorders.channelCap(sku, channel.get());
            if (channelCap.isPresent()) {
                long forChannel = channelCap.getAsLong() - demand.preordered(sku, channel.get());
                left = Option.some(left.fold(() -> forChannel, l -> Math.min(l, forChannel)));
            }
        }
        return left.map(l -> Math.max(0, l));
    }

    /**
     * Units promisable beyond the stock: the pre-orderable units for an unreleased product (and the
     * backorderable ones, which take what the pre-order cap leaves over), the backorderable units for a
     * released one; none when unbounded.
     *
     * @return the units, or none when unbounded (always for an untracked SKU)
     */
    public Option<Long> units() {
        if (unlimited) {
            return Option.none();
        }
        Option<Long> backorderable = backorder.fold(() -> Option.some(0L), BackorderHeadroom::left);
        if (preorder.isEmpty()) {
            return backorderable;
        }
        Option<Long> preorderable = preorder.get().left();
        return preorderable.isEmpty() || backorderable.isEmpty() ? Option.none()
                : Option.some(saturatedSum(preorderable.get(), backorderable.get()));
    }

    /** Non-negative units added without overflow: a limit near Long.MAX_VALUE is as good as unbounded. */
    static long saturatedSum(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }
}

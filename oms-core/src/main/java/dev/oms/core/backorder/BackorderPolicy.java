// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.backorder;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * The host's backorder rules: whether units the stock cannot cover may wait for a receipt, up to which limit,
 * and when stock is expected. Must be a pure function of its arguments (read the host's settings into it, do
 * not call out). The default allows no backorders: an order short of stock is rejected with
 * {@code INSUFFICIENT_STOCK}.
 *
 * <p>Terms come at two levels. {@link #termsAt} gives a location's terms for orders of a channel: units
 * backordered under them wait at that location, count against its limit only, are told its expected date,
 * and are filled first by stock that becomes available there (then, like any waiting units, by stock
 * anywhere). {@link #termsFor} gives the SKU's terms as a whole: units backordered under them wait for stock
 * anywhere, and its limit counts every unit of the SKU backordered so. A short line waits at the location
 * whose terms take it with the earliest expected date (unknown dates last, then the locations' priority),
 * among the locations that may serve the order; the SKU's terms apply only where no location's do. A line
 * with units already waiting at a location waits there with any more.
 */
@FunctionalInterface
public interface BackorderPolicy {

    /**
     * The backorder terms for a SKU.
     *
     * @param sku the SKU ordered
     * @return whether its units may wait, up to which limit, and until when
     */
    BackorderTerms termsFor(Sku sku);

    /**
     * A location's backorder terms for orders of one channel. The default has none anywhere, so the SKU's terms
     * ({@link #termsFor}) apply.
     *
     * @param sku the SKU ordered
     * @param location a location that may serve the order
     * @param channel the channel the order came through
     * @return the location's terms for that channel; none where the SKU's terms apply
     */
    default Option<BackorderTerms> termsAt(Sku sku, LocationId location, Channel channel) {
        return Option.none();
    }

    /**
     * Whether units of the SKU may ever be backordered, at any location or for any channel: a SKU for which
     * this says no has no restock queue to read. The default asks {@link #termsFor}; a policy with location
     * terms answers yes unless it knows better.
     *
     * @param sku the SKU
     * @return whether some order's units of it may wait for stock
     */
    default boolean mayBackorder(Sku sku) {
        return termsFor(sku).allowed();
    }

    /** {@return a policy that allows no backorders for any SKU} */
    static BackorderPolicy none() {
        return sku -> BackorderTerms.notAllowed();
    }

    /**
     * The same terms for every SKU.
     *
     * @param terms the terms
     * @return a policy that answers {@code terms} for every SKU
     */
    static BackorderPolicy always(BackorderTerms terms) {
        Require.nonNull(terms, "terms");
        return sku -> terms;
    }

    /**
     * Terms per SKU, location and channel, and none for the SKU as a whole: every backordered unit waits at a
     * location.
     *
     * @param terms the location's terms for a channel's orders; none where that location takes no backorders
     * @return a policy answering {@code terms} for {@link #termsAt}
     */
    static BackorderPolicy perLocation(LocationTerms terms) {
        Require.nonNull(terms, "terms");
        return new BackorderPolicy() {
            @Override public BackorderTerms termsFor(Sku sku) {
                return BackorderTerms.notAllowed();
            }

            @Override public Option<BackorderTerms> termsAt(Sku sku, LocationId location, Channel channel) {
                return terms.termsAt(sku, location, channel).filter(BackorderTerms::allowed);
            }

            @Override public boolean mayBackorder(Sku sku) {
                return true;
            }
        };
    }

    /** A location's backorder terms for a channel's orders, as {@link #perLocation} takes them. */
    @FunctionalInterface
    interface LocationTerms {
        /**
         * The terms.
         *
         * @param sku the SKU ordered
         * @param location a location that may serve the order
         * @param channel the channel the order came through
         * @return the terms there for that channel; none (or terms not allowing backorders) where units may not wait
         */
        Option<BackorderTerms> termsAt(Sku sku, LocationId location, Channel channel);
    }

    /**
     * Terms for the listed SKUs; no backorders for the others.
     *
     * @param terms the terms per SKU
     * @return a policy that looks the SKU up in {@code terms}
     */
    static BackorderPolicy perSku(Map<Sku, BackorderTerms> terms) {
        Require.nonNull(terms, "terms");
        return sku -> terms.get(sku).getOrElse(BackorderTerms.notAllowed());
    }
}

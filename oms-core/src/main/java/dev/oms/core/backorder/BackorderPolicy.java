// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.backorder;

import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.Map;

/**
 * The host's backorder rules: per SKU, whether units the stock cannot cover may wait for a receipt, up
 * to which limit, and when stock is expected. Must be a pure function of the SKU (read the host's
 * settings into it, do not call out). The default allows no backorders: an order short of stock is
 * rejected with {@code INSUFFICIENT_STOCK}.
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

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.pricing;

import java.util.Optional;

/**
 * The pricing and tax port: where a host plugs in its promotion engine and tax service. oms asks it once per placement,
 * with a request that passed validation, before anything is reserved or stored; the answer is stored with the order
 * ({@code OrderPlaced}), so the order's value, the amount authorised and every later refund follow from it, and an
 * order is never priced again when it is loaded.
 *
 * <p>Contract: the answer prices every line of the request, in its order, in the request's currency, with no negative
 * amount and no line's discounts above its value (oms rejects the order naming each breach otherwise). It must be safe
 * for concurrent callers and should be deterministic; it may throw on an infrastructure failure (the tax service is
 * down), and then nothing is placed.
 */
@FunctionalInterface
public interface Pricing {

    /**
     * {@return the order priced, or refused}
     *
     * @param request the order's lines, customer, destination and channel
     */
    PricingAnswer price(PricingRequest request);

    /** {@return prices as the channel offered them: no discount, no tax, no shipping charge}: the default */
    static Pricing asOffered() {
        return request -> new PricingAnswer.Priced(request.lines().stream().map(PricedLine::asOffered).toList(), Optional.empty());
    }
}

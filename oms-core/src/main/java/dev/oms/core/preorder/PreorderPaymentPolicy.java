// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.preorder;

import dev.oms.spi.value.Require;
import java.time.Duration;

/**
 * How pre-orders are paid for. By default pre-orders are authorised at placement like any order; a card
 * authorisation only holds for a while, so when pre-ordered units are filled after it expired, the
 * expired authorisation is given up and the order authorises again before it ships. Charging at
 * placement instead captures the value of pre-ordered units as soon as the order is authorised; nothing
 * lapses, shipments capture only what was not prepaid, and cancelled prepaid units are refunded.
 *
 * @param authorizationValidity how long the payment provider holds an authorisation
 * @param chargesAtPlacement whether pre-ordered units are charged once authorised rather than at shipment
 */
public record PreorderPaymentPolicy(Duration authorizationValidity, boolean chargesAtPlacement) {
    /**
     * Checks the components: an authorisation holds for a positive time.
     *
     * @param authorizationValidity how long the payment provider holds an authorisation
     * @param chargesAtPlacement whether pre-ordered units are charged once authorised
     */
    public PreorderPaymentPolicy {
        Require.nonNull(authorizationValidity, "authorizationValidity");
        if (authorizationValidity.isNegative() || authorizationValidity.isZero()) {
            throw new IllegalArgumentException("an authorisation holds for a positive time, not " + authorizationValidity);
        }
    }

    /**
     * Authorise at placement, authorise again at release when the authorisation has expired.
     *
     * @param authorizationValidity how long the payment provider holds an authorisation
     */
    public PreorderPaymentPolicy(Duration authorizationValidity) {
        this(authorizationValidity, false);
    }

    /** {@return the default: card authorisations hold for 7 days and are renewed at release when expired} */
    public static PreorderPaymentPolicy defaults() {
        return new PreorderPaymentPolicy(Duration.ofDays(7));
    }

    /** {@return a policy that charges pre-ordered units once authorised and refunds them if cancelled} */
    public static PreorderPaymentPolicy chargeAtPlacement() {
        return new PreorderPaymentPolicy(Duration.ofDays(7), true);
    }
}

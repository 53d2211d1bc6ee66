package dev.oms.core.preorder;

import dev.oms.spi.value.Require;
import java.time.Duration;

/**
 * How pre-orders are paid for. Pre-orders are authorised at placement like any order; a card
 * authorisation only holds for a while, so when pre-ordered units are filled after it expired, the
 * expired authorisation is given up and the order authorises again before it ships.
 *
 * @param authorizationValidity how long the payment provider holds an authorisation
 */
public record PreorderPaymentPolicy(Duration authorizationValidity) {
    public PreorderPaymentPolicy {
        Require.nonNull(authorizationValidity, "authorizationValidity");
        if (authorizationValidity.isNegative() || authorizationValidity.isZero()) {
            throw new IllegalArgumentException("an authorisation holds for a positive time, not " + authorizationValidity);
        }
    }

    /** The default: card authorisations hold for 7 days. */
    public static PreorderPaymentPolicy defaults() {
        return new PreorderPaymentPolicy(Duration.ofDays(7));
    }
}

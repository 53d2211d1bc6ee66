// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.value.AuthorizationId;
import org.joda.money.Money;

/**
 * One authorisation and how much of it was captured or voided since.
 *
 * @param id the payment provider's authorisation id
 * @param amount the amount authorised
 * @param captured how much of it was captured so far
 * @param voided how much of it was voided so far
 */
public record Authorization(AuthorizationId id, Money amount, Money captured, Money voided) {

    /**
     * Checks the components: no more captured and voided than authorised.
     *
     * @param id the authorisation id
     * @param amount the amount authorised
     * @param captured how much was captured
     * @param voided how much was voided
     */
    public Authorization {
        if (captured.plus(voided).isGreaterThan(amount)) {
            throw new IllegalStateException("authorization " + id + " used beyond its amount");
        }
    }

    static Authorization of(AuthorizationId id, Money amount) {
        return new Authorization(id, amount, Money.zero(amount.getCurrencyUnit()), Money.zero(amount.getCurrencyUnit()));
    }

    /** {@return what can still be captured or voided} */
    public Money open() {
        return amount.minus(captured).minus(voided);
    }

    Authorization capture(Money more) {
        return new Authorization(id, amount, captured.plus(more), voided);
    }

    Authorization voidRest(Money rest) {
        return new Authorization(id, amount, captured, voided.plus(rest));
    }
}

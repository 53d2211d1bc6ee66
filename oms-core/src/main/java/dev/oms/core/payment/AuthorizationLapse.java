// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.payment;

import dev.oms.core.order.Authorization;

import dev.oms.spi.value.AuthorizationId;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.time.Duration;
import java.time.Instant;

/**
 * When an authorisation has lapsed: a card authorisation holds for a limited time, and one at least that
 * old can no longer be captured, so units it was meant to pay for are authorised again.
 */
public final class AuthorizationLapse {
    private AuthorizationLapse() {}

    /**
     * The open authorisations that have lapsed by {@code now}: those authorised {@code validity} or longer
     * ago. One whose authorisation time is unknown is not counted as lapsed.
     *
     * @param authorizedAt when each authorisation was granted, by authorisation id
     * @param open the authorisations not yet captured or voided
     * @param validity how long an authorisation holds
     * @param now the time of the decision
     * @return the lapsed authorisations, in the order given
     */
    public static List<Authorization> lapsed(List<Authorization> open, Map<AuthorizationId, Instant> authorizedAt, Duration validity,
            Instant now) {
        return open.filter(a -> authorizedAt.get(a.id()).exists(at -> !at.plus(validity).isAfter(now)));
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.Fingerprint;
import dev.oms.core.placement.LineRequest;
import dev.oms.spi.value.Require;
import java.util.List;

/**
 * A customer's exchange, as customer service opens it: delivered units going back, replacement lines coming in their
 * place. The same key with the same request is answered with the first answer; with another it is refused
 * ({@code IDEMPOTENCY_KEY_REUSED}).
 *
 * @param idempotencyKey the host's key, scoped to exchanges of the order
 * @param lines the units going back, per line, with the reason for each (as for a return)
 * @param replacements the lines coming in their place (as for placement: SKU, units, offered unit price); the pricing
 *     port prices them
 * @param shipBeforeReturn the host's policy for this customer: whether the replacements may ship before the returned
 *     units arrive (charged in full then, the returned units refunded when they come back), or wait for them (the
 *     returned units' value paying for them from the start)
 */
public record ExchangeRequest(String idempotencyKey, List<ReturnRequest.Line> lines, List<LineRequest> replacements,
        boolean shipBeforeReturn) {
    /** Refuses a blank key and nulls, and copies the lists.
     * @param idempotencyKey the host's key
     * @param lines the units going back
     * @param replacements the replacement lines
     * @param shipBeforeReturn whether the replacements may ship first */
    public ExchangeRequest {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        lines = List.copyOf(Require.nonNull(lines, "lines"));
        replacements = List.copyOf(Require.nonNull(replacements, "replacements"));
    }

    /** {@return what identifies the request under its key: the units going back, the replacements and the policy} */
    public String fingerprint() {
        return Fingerprint.of(lines, replacements, shipBeforeReturn);
    }
}

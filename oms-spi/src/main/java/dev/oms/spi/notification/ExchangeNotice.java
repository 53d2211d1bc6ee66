// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.notification;

import dev.oms.spi.notification.Notification.Kind;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import java.util.Map;
import org.joda.money.Money;

/**
 * What a customer is told of an exchange. A family of its own so {@link Notice} stays readable; a host's {@code switch}
 * over notices handles it as {@code case ExchangeNotice x} or per record.
 */
public sealed interface ExchangeNotice extends Notice {

    /**
     * An exchange was opened: units go back under a return, replacements come in their place.
     *
     * @param returnId the return the units go back under
     * @param unitsReturned the units to send back
     * @param unitsReplaced the replacement units
     * @param charged the difference the customer pays (authorised now); zero when none
     * @param refundDue what will be refunded once the returned units are in: their value beyond the replacements'
     * @param shipsBeforeReturn whether the replacements ship before the return arrives (and are then charged in full,
     *     the returned units refunded when they arrive)
     */
    record ExchangeOpened(ReturnId returnId, long unitsReturned, long unitsReplaced, Money charged, Money refundDue,
            boolean shipsBeforeReturn) implements ExchangeNotice {
        /** Checks the facts.
         * @param returnId the return
         * @param unitsReturned units to send back
         * @param unitsReplaced replacement units
         * @param charged the difference charged
         * @param refundDue the refund due once the return is in
         * @param shipsBeforeReturn whether the replacements ship first */
        public ExchangeOpened {
            Require.nonNull(returnId, "returnId");
            Require.nonNull(charged, "charged");
            Require.nonNull(refundDue, "refundDue");
        }
        @Override public Kind kind() { return Kind.EXCHANGE_OPENED; }
        @Override public Map<String, String> details() {
            return Map.of("returnId", returnId.value(), "unitsReturned", Long.toString(unitsReturned),
                    "unitsReplaced", Long.toString(unitsReplaced), "charged", charged.toString(), "refundDue", refundDue.toString(),
                    "shipsBeforeReturn", Boolean.toString(shipsBeforeReturn));
        }
    }
}

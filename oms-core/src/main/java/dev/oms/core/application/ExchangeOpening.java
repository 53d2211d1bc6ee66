// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import java.util.List;
import org.joda.money.Money;

/**
 * What opening an exchange did, read from the events it made (the same on a replay).
 *
 * @param order the order as it now stands
 * @param returnId the return the units go back under, approved
 * @param replacements the replacement lines added
 * @param returnValue what the returned units are worth
 * @param credit the part of it carried to the replacements as exchange credit (zero when they ship first)
 * @param charged what the replacements cost the customer beyond the credit: authorised before the exchange was recorded
 *     when the order's authorisations did not cover it (collected on delivery for cash on delivery)
 * @param refundDue what will be refunded once the returned units are in: their worth beyond the credit
 */
public record ExchangeOpening(Order order, ReturnId returnId, List<LineId> replacements, Money returnValue, Money credit,
        Money charged, Money refundDue) {
    /** Refuses nulls and copies the lines.
     * @param order the order
     * @param returnId the return
     * @param replacements the replacement lines
     * @param returnValue the returned units' worth
     * @param credit the exchange credit
     * @param charged the difference charged
     * @param refundDue the refund due once the return is in */
    public ExchangeOpening {
        Require.nonNull(order, "order");
        Require.nonNull(returnId, "returnId");
        replacements = List.copyOf(Require.nonNull(replacements, "replacements"));
        Require.nonNull(returnValue, "returnValue");
        Require.nonNull(credit, "credit");
        Require.nonNull(charged, "charged");
        Require.nonNull(refundDue, "refundDue");
    }
}

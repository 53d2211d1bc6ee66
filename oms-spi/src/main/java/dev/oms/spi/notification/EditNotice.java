// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.notification;

import dev.oms.spi.notification.Notification.Kind;
import dev.oms.spi.value.Require;
import java.util.Map;
import org.joda.money.Money;

/**
 * What a customer is told when their order was edited. A family of its own so {@link Notice} stays readable; a host's
 * {@code switch} over notices handles it as {@code case EditNotice e} or per record.
 */
public sealed interface EditNotice extends Notice {

    /**
     * An edit of the order was confirmed.
     *
     * @param edit the edit's number on the order, from 1
     * @param unitsAdded the units of the lines it added
     * @param unitsRemoved the units it took off
     * @param newTotal what the order's wanted units (and shipping) are worth after the edit
     * @param shipsElsewhere whether the order now ships to another address; the address itself is never in a notice
     */
    record OrderEdited(int edit, long unitsAdded, long unitsRemoved, Money newTotal, boolean shipsElsewhere)
            implements EditNotice {
        /** Checks the facts.
         * @param edit the edit's number
         * @param unitsAdded units added
         * @param unitsRemoved units taken off
         * @param newTotal the order's value after the edit
         * @param shipsElsewhere whether the address changed */
        public OrderEdited {
            Require.nonNull(newTotal, "newTotal");
        }
        @Override public Kind kind() { return Kind.ORDER_EDITED; }
        @Override public Map<String, String> details() {
            return Map.of("edit", Integer.toString(edit), "unitsAdded", Long.toString(unitsAdded),
                    "unitsRemoved", Long.toString(unitsRemoved), "newTotal", newTotal.toString(),
                    "shipsElsewhere", Boolean.toString(shipsElsewhere));
        }
    }
}

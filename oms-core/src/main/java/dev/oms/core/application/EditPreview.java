// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageItem;
import io.vavr.collection.List;
import org.joda.money.Money;

/**
 * What confirming a change-set would do, worked out on the order as it stands and nothing recorded: the money, the
 * payment and where the added units would go. Confirming later works it out again on the order as it then stands.
 *
 * @param order the order as it stands, unedited
 * @param edited the order as the edit would leave it, before its added units are allocated
 * @param added the lines the edit adds, as the pricing port priced them
 * @param removed the units it takes off, per line
 * @param valueBefore what the order's wanted units and shipping are worth now
 * @param valueAfter what they would be worth after the edit
 * @param toAuthorize what confirming asks the payment provider to authorise on top of the order's authorisations;
 *     zero when they still cover the order, for cash on delivery, or when the order was not authorised yet (it then is
 *     with the edit, as its units are reserved)
 * @param toRelease authorised money the edit leaves uncovered by wanted units: released at once when it is confirmed
 * @param reservations where the added units would be reserved, per line and location
 * @param waiting the added units that would wait (pre-ordered, backordered, bought from a supplier or dropshipped), per line
 */
public record EditPreview(Order order, Order edited, List<PlacedLine> added, List<PackageItem> removed, Money valueBefore,
        Money valueAfter, Money toAuthorize, Money toRelease, List<Reservation> reservations, List<PackageItem> waiting) {

    /** {@return what the edit changes the order's value by: positive when the customer pays more} */
    public Money difference() {
        return valueAfter.minus(valueBefore);
    }

    /** {@return the added units reserved at each location, for one added line}
     * @param lineId an added line */
    public List<Reservation> reservationsOf(LineId lineId) {
        return reservations.filter(r -> r.lineId().equals(lineId));
    }
}

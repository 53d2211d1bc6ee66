// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.payment;

import dev.oms.core.order.Authorization;
import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReleaseEvent.AuthorizationReleaseRequested;
import io.vavr.collection.List;
import org.joda.money.Money;

/**
 * Gives back authorised money a change left uncovered, at once rather than when the order is done: the release is
 * recorded with the change, newest authorisation first, so the void asked for is fixed (amount and key) whatever the
 * order does next, and made once; captures no longer draw on it.
 */
public final class SurplusRelease {
    private SurplusRelease() {}

    /**
     * {@return the releases of the surplus of an order's open authorisations over what it still owes}: none for cash on
     * delivery, while payment is on hold or asked for, while units are being reserved or a prepayment drawn (the amount
     * owed is not final), and when nothing more is owed at all (the order being done voids every authorisation's rest)
     *
     * @param order the order as the change leaves it
     */
    public static List<OrderEvent> of(Order order) {
        boolean settled = !order.payment().isCashOnDelivery() && !order.payment().onHold()
                && order.payment().authorizationInFlight().isEmpty() && order.reservationInFlight().isEmpty()
                && order.moveInFlight().isEmpty() && order.units(Bucket.PENDING) == 0 && order.prepayments().inFlight().isEmpty();
        Money owed = order.outstanding();
        Money surplus = order.payment().openAuthorized().minus(owed);
        if (!settled || !owed.isPositive() || !surplus.isPositive()) {
            return List.empty();
        }
        List<OrderEvent> releases = List.empty();
        Money left = surplus;
        for (Authorization a : order.payment().openAuthorizations().reverse()) {
            if (!left.isPositive()) {
                break;
            }
            Money part = a.open().isGreaterThan(left) ? left : a.open();
            releases = releases.append(new AuthorizationReleaseRequested(a.id(), a.nextRelease(), part));
            left = left.minus(part);
        }
        return releases;
    }
}

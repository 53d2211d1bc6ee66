// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelIssued;
import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelRefused;
import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelRequested;
import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelVoided;
import dev.oms.spi.value.ReturnId;
import java.util.function.UnaryOperator;

/** How a return label's facts change the order: only the label of its return. */
final class ReturnLabelMoves {
    private ReturnLabelMoves() {}

    static Order requested(Order order, ReturnLabelRequested e) {
        return labelled(order, e.returnId(), r -> r.labelled(ReturnLabel.requested(e.request(), e.returnTo(), e.service())));
    }

    static Order issued(Order order, ReturnLabelIssued e) {
        return labelled(order, e.returnId(), r -> r.labelled(label(r).issued(
                new ReturnLabel.Issued(e.carrier(), e.labelId(), e.trackingNumber(), e.cost()))));
    }

    static Order refused(Order order, ReturnLabelRefused e) {
        return labelled(order, e.returnId(), r -> r.labelled(label(r).refused(e.reason())));
    }

    static Order voided(Order order, ReturnLabelVoided e) {
        return labelled(order, e.returnId(), r -> r.labelled(label(r).voided()));
    }

    private static ReturnLabel label(ReturnAuthorization r) {
        return r.label().getOrElseThrow(() -> new IllegalStateException("return " + r.id() + " has no label asked for"));
    }

    private static Order labelled(Order order, ReturnId id, UnaryOperator<ReturnAuthorization> change) {
        ReturnAuthorization open = order.returns().get(id).getOrElseThrow(() -> new IllegalStateException("no return " + id));
        return order.copy().withReturns(order.returns().replaced(change.apply(open)));
    }
}

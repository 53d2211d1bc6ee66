// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import static dev.oms.core.rejection.Rejections.illegal;
import static dev.oms.core.rejection.Rejections.reject;

import dev.oms.core.command.FulfilmentCommand.ConfirmDelivery;
import dev.oms.core.command.FulfilmentCommand.TrackPackage;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.TrackingEvent.PackageTracked;
import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.shipping.TrackingUpdate;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * The carrier's tracking events for a shipped package. Every event is recorded (the idempotency key, the carrier's event
 * id, keeps a repeat out); the package's status is its latest event's by the carrier's time, whatever the arrival order.
 * A delivery the carrier reports delivers a package still on its way the way the host's confirmation does, at the
 * carrier's time; a package delivered already (by the host, or an earlier event) is not delivered again.
 */
public final class TrackingRules {
    private TrackingRules() {}

    /**
     * Decides a tracking event.
     *
     * @param order the order as it stands
     * @param command the package and the carrier's event
     * @return {@code PackageTracked}, with {@code PackageDelivered} (and for cash on delivery {@code CashCollected}) for
     *     a first delivery, or a rejection: {@code UNKNOWN_PACKAGE}, {@code TRACKING_NUMBER_MISMATCH},
     *     {@code ILLEGAL_TRANSITION} for a package not shipped
     */
    public static Either<Rejection, List<OrderEvent>> track(Order order, TrackPackage command) {
        OrderPackage pkg = order.packages().get(command.packageId()).getOrNull();
        if (pkg == null) {
            return reject(ProblemCode.UNKNOWN_PACKAGE, "packageId", "no package " + command.packageId());
        }
        TrackingUpdate update = command.update();
        if (!pkg.label().exists(l -> l.trackingNumber().equals(update.trackingNumber()))) {
            return reject(ProblemCode.TRACKING_NUMBER_MISMATCH, "update.trackingNumber", "package " + pkg.id() + " travels under "
                    + pkg.label().map(l -> l.trackingNumber()).getOrElse("no label") + ", not " + update.trackingNumber());
        }
        if (!pkg.isShipped()) {
            return illegal("package " + pkg.id() + " is " + pkg.state() + ": the carrier has not taken it yet");
        }
        OrderEvent tracked = new PackageTracked(pkg.id(), update.carrierEventId(), update.status(), update.occurredAt(), update.detail());
        if (update.status() != TrackingStatus.DELIVERED || pkg.state() != OrderPackage.State.SHIPPED) {
            return Either.right(List.of(tracked));
        }
        return FulfilmentRules.confirmDelivery(order, new ConfirmDelivery(command.idempotencyKey(), pkg.id()), update.occurredAt())
                .map(delivered -> delivered.prepend(tracked));
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;
import static dev.oms.core.rejection.Rejections.reject;

import dev.oms.core.command.FulfilmentCommand.VoidShipment;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Capture;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.ShipmentVoid;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent.CaptureRefund;
import dev.oms.spi.event.ShipmentVoidEvent.ShipmentVoided;
import dev.oms.spi.event.ShipmentVoidEvent.VoidedStockReturned;
import dev.oms.spi.value.PackageId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.joda.money.Money;

/**
 * Voiding the shipment of a parcel its carrier never collected. Only a shipped parcel with no word from its carrier since
 * (no tracking event) may be voided: once the carrier reports it, it is on its way. Each of its captures is refunded what
 * it took and no other refund took, fixed in the fact. A parcel whose capture is still owed is refused: the capture may be
 * in flight, and a void must refund what it took, so the facade settles what the order owes first and asks again.
 */
public final class ShipmentVoidRules {
    private ShipmentVoidRules() {}

    /**
     * Voids a shipment: the units go back to the location, packed into a new package or onto the shelf.
     *
     * @param order the order as it stands
     * @param command the request
     * @return the events to record, or a rejection: {@code UNKNOWN_PACKAGE}; {@code ILLEGAL_TRANSITION} for a package not
     *     shipped, delivered, tracked by its carrier, whose capture is still owed, carrying prepaid units, or shipped
     *     before another parcel of an order valuing its parcels as they ship that is not voided yet
     */
    public static Either<Rejection, List<OrderEvent>> voidShipment(Order order, VoidShipment command) {
        OrderPackage pkg = order.packages().get(command.packageId()).getOrNull();
        if (pkg == null) {
            return reject(ProblemCode.UNKNOWN_PACKAGE, "packageId", "no package " + command.packageId());
        }
        if (pkg.state() != OrderPackage.State.SHIPPED) {
            return illegal("package " + pkg.id() + " is " + pkg.state() + ", not SHIPPED");
        }
        if (pkg.tracking().isDefined()) {
            return illegal("the carrier has package " + pkg.id() + " (" + pkg.trackingStatus().get() + "): it was collected");
        }
        if (captureOwed(order, pkg.id())) {
            return illegal("the payment for package " + pkg.id() + " is still being captured; void it once that is settled");
        }
        if (order.prepayments().appliedTo(pkg.id(), order.currency()).isPositive()) {
            return illegal("package " + pkg.id() + " carries units prepaid at placement");
        }
        Option<PackageId> later = shippedAfter(order, pkg.id());
        if (later.isDefined()) {
            return illegal("package " + later.get() + " shipped after package " + pkg.id() + ": void it first, so each unit is charged"
                    + " its share, and the shipping its parcel, once");
        }
        List<CaptureRefund> refunds = List.empty();
        for (Capture capture : order.payment().captures().filter(c -> c.packageId().equals(pkg.id()))) {
            // What a return refunded from this capture (a capture pays any refund once its own lines' are drawn) stays refunded.
            Money left = capture.amount().minus(ShipmentVoid.refundedFrom(order, capture.captureId()));
            refunds = left.isPositive() ? refunds.append(new CaptureRefund(capture.captureId(), left)) : refunds;
        }
        return events(new ShipmentVoided(pkg.id(), command.reason(),
                command.restock() ? java.util.Optional.empty() : java.util.Optional.of(order.nextPackageId()), refunds.toJavaList()));
    }

    /**
     * The inventory took a voided shipment's units back, as owed.
     *
     * @param order the order as it stands
     * @param packageId the voided package
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordStockReturned(Order order, PackageId packageId) {
        OrderPackage pkg = order.packages().get(packageId).getOrNull();
        if (pkg == null || !pkg.owesStockReturn()) {
            return illegal("no stock owed back for package " + packageId);
        }
        return events(new VoidedStockReturned(pkg.id()));
    }

    /**
     * A parcel shipped after this one and not voided, when the order values its parcels as they ship (discounts, taxes or
     * a shipping charge): that parcel took the shares after this one's, and the shipping charge went with the first, so
     * voiding this one first would leave the parcel shipped again to take the wrong shares. Voided last shipped first,
     * the shares and the shipping charge are taken again exactly as they were given back.
     */
    private static Option<PackageId> shippedAfter(Order order, PackageId packageId) {
        List<PackageId> inShippingOrder = order.charges().shippedValues().keySet().toList();
        return inShippingOrder.indexOf(packageId) < 0 ? Option.none() : inShippingOrder.drop(inShippingOrder.indexOf(packageId) + 1)
                .find(id -> order.packages().get(id).exists(OrderPackage::isShipped));
    }

    private static boolean captureOwed(Order order, PackageId packageId) {
        return PendingEffects.of(order).exists(e -> e instanceof PendingEffect.Capture c && c.packageId().equals(packageId));
    }
}

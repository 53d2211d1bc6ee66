// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.PaymentEvent.PaymentRefunded;
import dev.oms.spi.event.ShipmentVoidEvent.ShipmentVoided;
import dev.oms.spi.event.ShipmentVoidEvent.VoidedStockReturned;
import dev.oms.spi.value.PackageItem;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** How a voided shipment moves its package's units back to the location, and how what it owes is settled. */
final class ShipmentVoids {
    private ShipmentVoids() {}

    /**
     * The package's units go back to the location it shipped from: packed into the new package, or onto the shelf,
     * allocated there. Units holding no stock of ours (untracked) owe the inventory nothing, so a package of those alone
     * has its stock back at once.
     */
    static Order voided(Order order, ShipmentVoided e) {
        OrderPackage pkg = UnitMoves.packageOf(order, e.packageId());
        Bucket to = e.repackedAs().isPresent() ? Bucket.PACKED : Bucket.ALLOCATED;
        Order moved = order;
        for (PackageItem item : pkg.contents()) {
            moved = UnitMoves.move(moved, e, item.lineId(), Slot.of(Bucket.SHIPPED), Slot.at(to, pkg.location()), item.quantity());
        }
        boolean holdsStock = pkg.contents().exists(item -> order.line(item.lineId()).exists(l -> l.holdsStockAt(pkg.location())));
        ShipmentVoid voiding = new ShipmentVoid(e.reason(), Option.ofOptional(e.repackedAs()),
                List.ofAll(e.refunds()).map(r -> new ShipmentVoid.Refund(r.captureId(), r.amount(), Option.none())), !holdsStock);
        Order voided = UnitMoves.withPackage(moved, pkg.id(), p -> p.voided(voiding));
        if (e.repackedAs().isEmpty()) {
            return voided;
        }
        OrderPackage repacked = OrderPackage.packed(e.repackedAs().get(), pkg.location(), pkg.contents(), pkg.specialHandling(),
                pkg.giftMessage());
        return voided.copy().withPackages(voided.packages().put(repacked.id(), repacked));
    }

    static Order stockReturned(Order order, VoidedStockReturned e) {
        OrderPackage pkg = UnitMoves.packageOf(order, e.packageId());
        if (!pkg.owesStockReturn()) {
            throw new IllegalStateException("no stock owed back for package " + e.packageId());
        }
        return UnitMoves.withPackage(order, pkg.id(), p -> p.withVoiding(p.voiding().get().withStockReturned()));
    }

    /** A refund of a voided shipment's capture, when one is owed there; none for a refund of anything else. */
    static Option<Order> refunded(Order order, PaymentRefunded e) {
        return order.packages().values().find(p -> p.voiding().exists(v -> v.refunds().exists(r -> r.owed()
                        && r.captureId().equals(e.captureId()) && r.amount().isEqual(e.amount()))))
                .map(p -> UnitMoves.withPackage(order, p.id(), q -> q.withVoiding(q.voiding().get().refunded(e.captureId(), e.amount(),
                        e.refundId()))));
    }
}

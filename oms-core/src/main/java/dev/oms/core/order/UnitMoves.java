// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReleaseId;
import io.vavr.collection.List;
import java.util.function.UnaryOperator;

/** State edits shared by the evolution steps: moving a line's units, changing one purchase or package. */
final class UnitMoves {

    private UnitMoves() {}

    /** Moves {@code n} units of a line as {@code by} says; the transition table must list the move for that event. */
    static Order move(Order order, OrderEvent by, LineId lineId, Slot from, Slot to, long n) {
        Line line = order.line(lineId).getOrElseThrow(() -> new IllegalStateException("unknown line " + lineId));
        return order.copy().withLines(order.lines().put(lineId, line.move(from, to, n, by.getClass())));
    }

    /**
     * Owes the inventory the release of {@code n} units of a line at a location under {@code releaseId}; nothing
     * for units allocated without a reservation (an untracked line's, or a dropship line's at its supplier).
     */
    static Order oweRelease(Order order, ReleaseId releaseId, LineId lineId, LocationId location, long n) {
        Line line = order.line(lineId).getOrElseThrow(() -> new IllegalStateException("unknown line " + lineId));
        if (!line.holdsStockAt(location)) {
            return order;
        }
        List<StockMovement> owed = order.releasesOwed().get(releaseId).getOrElse(List.empty());
        return order.copy().withReleasesOwed(order.releasesOwed().put(releaseId, owed.append(new StockMovement(line.sku(), location, n))));
    }

    static Order withPurchase(Order order, PurchaseId id, UnaryOperator<Purchase> change) {
        Purchase purchase = order.purchases().get(id).getOrElseThrow(() -> new IllegalStateException("unknown purchase " + id));
        return order.copy().withPurchases(order.purchases().put(id, change.apply(purchase)));
    }

    static OrderPackage packageOf(Order order, PackageId id) {
        return order.packages().get(id).getOrElseThrow(() -> new IllegalStateException("unknown package " + id));
    }

    static Order withPackage(Order order, PackageId id, UnaryOperator<OrderPackage> change) {
        return order.copy().withPackages(order.packages().put(id, change.apply(packageOf(order, id))));
    }

    /** Allocated at the supplier without a reservation: the line marks that its units there hold none of our stock. */
    static Order dropshipped(Order order, dev.oms.spi.event.AllocationEvent.DropshipAllocated e) {
        Order moved = move(order, e, e.lineId(), Slot.of(Bucket.PENDING), Slot.at(Bucket.ALLOCATED, e.supplierId()), e.quantity());
        return moved.copy().withLines(moved.lines().put(e.lineId(), moved.line(e.lineId()).get().dropshippedBy(e.supplierId())));
    }

    /**
     * A reopened order: every cancelled unit pending again, and no shortfall remembered, so the reopened units get a
     * reservation attempt however many the order used before. The attempt count itself goes on: it numbers the
     * reservations' keys, and a key used before would replay the old reservation's answer.
     */
    static Order reopened(Order order, OrderEvent e) {
        Order moved = order;
        for (Line line : order.lines().values()) {
            long cancelled = line.count(Bucket.CANCELLED);
            if (cancelled > 0) {
                moved = move(moved, e, line.id(), Slot.of(Bucket.CANCELLED), Slot.of(Bucket.PENDING), cancelled);
            }
        }
        return moved.copy().withLastShortfalls(List.empty());
    }
}

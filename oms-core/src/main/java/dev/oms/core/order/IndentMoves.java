// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.IndentEvent.PurchaseGoodsReceived;
import dev.oms.spi.event.IndentEvent.PurchaseRequested;
import dev.oms.spi.event.IndentEvent.SupplierConfirmed;
import dev.oms.spi.event.IndentEvent.SupplierRejected;
import dev.oms.spi.event.IndentEvent.SupplierShortfallSettled;
import dev.oms.spi.inventory.StockMovement;
import io.vavr.control.Option;

/** How indent events (purchases bought for the order from a supplier) change an order. */
final class IndentMoves {

    private IndentMoves() {}

    static Order requested(Order order, PurchaseRequested e) {
        Order moved = UnitMoves.move(order, e, e.lineId(), Slot.of(Bucket.PENDING), Slot.of(Bucket.AWAITING_SUPPLIER), e.quantity());
        Purchase purchase = new Purchase(e.purchaseId(), e.lineId(), e.sku(), e.supplier(), e.quantity(), false,
                Option.none(), Option.none(), 0);
        return moved.copy().withPurchases(moved.purchases().put(purchase.id(), purchase));
    }

    static Order confirmed(Order order, SupplierConfirmed e) {
        return UnitMoves.withPurchase(order, e.purchaseId(), p -> p.answered(e.committed(), Option.some(e.expectedOn())));
    }

    static Order rejected(Order order, SupplierRejected e) {
        return UnitMoves.withPurchase(order, e.purchaseId(), p -> p.answered(0, Option.none()));
    }

    static Order shortfallSettled(Order order, SupplierShortfallSettled e) {
        return UnitMoves.move(order, e, e.lineId(), Slot.of(Bucket.AWAITING_SUPPLIER), Slot.of(e.to()), e.quantity());
    }

    static Order received(Order order, PurchaseGoodsReceived e) {
        Order moved = UnitMoves.move(order, e, e.lineId(), Slot.of(Bucket.AWAITING_SUPPLIER),
                Slot.at(Bucket.ALLOCATED, e.locationId()), e.quantity());
        moved = UnitMoves.withPurchase(moved, e.purchaseId(), p -> p.receivedMore(e.quantity()));
        StockMovement fenced = new StockMovement(moved.purchases().get(e.purchaseId()).get().sku(), e.locationId(), e.quantity());
        return moved.copy().withRingFencesOwed(moved.ringFencesOwed().put(e.receiptId(), fenced));
    }
}

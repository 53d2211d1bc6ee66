// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.OrderStatus;

/**
 * Derives an order's {@link OrderStatus} from its lines and payment: the first rule that matches wins, so the
 * status always names what the order is waiting for next.
 */
final class OrderStatusRule {

    private OrderStatusRule() {}

    static OrderStatus of(Order order) {
        if (order.isFullyCancelled()) {
            return OrderStatus.CANCELLED;
        }
        if (order.approvals().held()) {
            return OrderStatus.ON_HOLD;
        }
        if (order.payment().onHold()) {
            return OrderStatus.PAYMENT_HOLD;
        }
        if (order.units(Bucket.PENDING) > 0) {
            return OrderStatus.PENDING_ALLOCATION;
        }
        if (!order.paymentCleared()) {
            return OrderStatus.AWAITING_PAYMENT;
        }
        long shipped = order.units(Bucket.SHIPPED) + order.units(Bucket.DELIVERED) + order.units(Bucket.RETURNED) + order.units(Bucket.CLAIMED);
        long inHouse = order.units(Bucket.ALLOCATED) + order.units(Bucket.PICKED) + order.units(Bucket.PACKED);
        if (inHouse == 0) {
            // Waiting units come before shipped ones: they are what the order still waits for.
            if (order.units(Bucket.PREORDERED) > 0) {
                return OrderStatus.AWAITING_RELEASE;
            }
            if (order.units(Bucket.AWAITING_SUPPLIER) > 0) {
                return OrderStatus.AWAITING_SUPPLIER;
            }
            if (order.units(Bucket.BACKORDERED) > 0) {
                return OrderStatus.AWAITING_STOCK;
            }
            return order.units(Bucket.SHIPPED) > 0 ? OrderStatus.SHIPPED : OrderStatus.DELIVERED;
        }
        if (shipped > 0) {
            return OrderStatus.PARTIALLY_SHIPPED;
        }
        if (order.units(Bucket.ALLOCATED) > 0) {
            return order.pickLists().valuesIterator().exists(PickList::open) ? OrderStatus.PICKING : OrderStatus.ALLOCATED;
        }
        return order.units(Bucket.PICKED) > 0 ? OrderStatus.PICKED : OrderStatus.PACKED;
    }
}

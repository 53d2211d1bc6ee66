package dev.oms.core.order;

import dev.oms.spi.event.Bucket;

/**
 * The order's header status, derived from its lines and payment and never set by hand. The first rule
 * that matches wins, so the status always names what the order is waiting for next; units that wait
 * outside the warehouse while others are worked on are listed by {@link Order#waitingFor()}.
 */
public enum OrderStatus {
    /** Every unit was cancelled. */
    CANCELLED,
    /** A payment was declined; waiting for the customer to retry or for a cancellation. */
    PAYMENT_HOLD,
    /** Some units wait for a reservation. */
    PENDING_ALLOCATION,
    /** Waiting for the payment provider to authorise. */
    AWAITING_PAYMENT,
    /** Reserved and paid for; waiting for a pick list. */
    ALLOCATED,
    /** A pick list is out at a location. */
    PICKING,
    /** Picked, waiting to be packed. */
    PICKED,
    /** Packed, waiting for the carrier. */
    PACKED,
    /** Nothing to work on in a warehouse; pre-ordered units wait for the product's release. */
    AWAITING_RELEASE,
    /** Nothing to work on in a warehouse; indent units wait for their supplier to confirm or deliver. */
    AWAITING_SUPPLIER,
    /** Nothing to work on in a warehouse; backordered units wait for stock to be received. */
    AWAITING_STOCK,
    /** Some units shipped, others still in the warehouse. */
    PARTIALLY_SHIPPED,
    /** Every wanted unit shipped; not all delivered. */
    SHIPPED,
    /** Every wanted unit delivered. */
    DELIVERED;

    static OrderStatus of(Order order) {
        if (order.isFullyCancelled()) {
            return CANCELLED;
        }
        if (order.payment().onHold()) {
            return PAYMENT_HOLD;
        }
        if (order.units(Bucket.PENDING) > 0) {
            return PENDING_ALLOCATION;
        }
        if (!order.paymentCleared()) {
            return AWAITING_PAYMENT;
        }
        long shipped = order.units(Bucket.SHIPPED) + order.units(Bucket.DELIVERED);
        long inHouse = order.units(Bucket.ALLOCATED) + order.units(Bucket.PICKED) + order.units(Bucket.PACKED);
        if (inHouse == 0) {
            // Waiting units come before shipped ones: they are what the order still waits for.
            if (order.units(Bucket.PREORDERED) > 0) {
                return AWAITING_RELEASE;
            }
            if (order.units(Bucket.AWAITING_SUPPLIER) > 0) {
                return AWAITING_SUPPLIER;
            }
            if (order.units(Bucket.BACKORDERED) > 0) {
                return AWAITING_STOCK;
            }
            return order.units(Bucket.SHIPPED) > 0 ? SHIPPED : DELIVERED;
        }
        if (shipped > 0) {
            return PARTIALLY_SHIPPED;
        }
        if (order.units(Bucket.ALLOCATED) > 0) {
            return order.pickLists().values().exists(p -> !p.picked()) ? PICKING : ALLOCATED;
        }
        return order.units(Bucket.PICKED) > 0 ? PICKED : PACKED;
    }
}

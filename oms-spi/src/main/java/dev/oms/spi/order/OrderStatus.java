// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

/**
 * The order's header status, derived by oms from its lines and payment and never set by hand; stored with
 * each order's {@link OrderSummary} so that orders can be listed by status. The first rule
 * that matches wins, so the status always names what the order is waiting for next; units that wait
 * outside the warehouse while others are worked on are listed by the core's {@code Order.waitingFor()}.
 */
public enum OrderStatus {
    /** Every unit was cancelled. */
    CANCELLED,
    /** Held for approval (fraud, payment or address review, or by hand): nothing is picked or captured until released. */
    ON_HOLD,
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
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.rejection;

/** Stable codes for everything oms can refuse. Hosts may switch on them; they never change meaning. */
public enum ProblemCode {
    /** The channel's order id is blank. */
    EXTERNAL_ID_BLANK,
    /** An order or a hold names no line. */
    NO_LINES,
    /** An order or a hold has more lines than {@link InputLimits} allows. */
    TOO_MANY_LINES,
    /** A quantity is zero or negative. */
    QUANTITY_NOT_POSITIVE,
    /** A quantity is beyond what {@link InputLimits} allows. */
    QUANTITY_TOO_LARGE,
    /** A unit price is negative. */
    PRICE_NEGATIVE,
    /** The catalogue has no product with this SKU. */
    UNKNOWN_SKU,
    /**
     * Two lines of one order name the same SKU.
     *
     * @deprecated no longer reported: an order may have several lines of one SKU (one gift-wrapped, one not;
     *     two prices after a promotion), each routed, held, cancelled and returned on its own
     */
    @Deprecated
    DUPLICATE_SKU,
    /** A line's price is in another currency than the order's. */
    CURRENCY_MISMATCH,
    /** An order has neither a ship-to address nor a pickup store, or its pickup store has no address. */
    MISSING_ADDRESS,
    /** An order names both a ship-to address and a pickup store: it is collected or shipped, not both. */
    SHIP_TO_AND_PICKUP,
    /** The stock cannot cover the units, and they may not wait for more. */
    INSUFFICIENT_STOCK,
    /** Units beyond the product's pre-order cap, which may not be backordered. */
    PREORDER_CAP_EXCEEDED,
    /** Units beyond what the {@link dev.oms.core.backorder.BackorderPolicy} lets wait. */
    BACKORDER_LIMIT_EXCEEDED,
    /** A release for a product before its release date. */
    NOT_RELEASED,
    /** The order has no supplier purchase with this id. */
    UNKNOWN_PURCHASE,
    /** No order has this id. */
    UNKNOWN_ORDER,
    /** The order has no line with this id. */
    UNKNOWN_LINE,
    /** The inventory has no location with this id. */
    UNKNOWN_LOCATION,
    /** The order has no pick list with this id. */
    UNKNOWN_PICK_LIST,
    /** The order has no fulfilment request with this id (external fulfilment). */
    UNKNOWN_FULFILMENT_REQUEST,
    /** The order has no package with this id. */
    UNKNOWN_PACKAGE,
    /** The order has no return (RMA) with this id. */
    UNKNOWN_RETURN,
    /** The units asked for were delivered, but not within the return window of the {@link dev.oms.core.returns.ReturnPolicy}. */
    RETURN_WINDOW_CLOSED,
    /** More units of a line asked to be returned than were delivered and are not already under return, nor cancellable
     * now because they have not shipped (units on their way are claimed, not returned). */
    NOT_RETURNABLE,
    /** More units of a line claimed than the parcel delivered and the customer still holds (not claimed or under return). */
    NOT_CLAIMABLE,
    /** More units of a line received under a return than the approved return still awaits. */
    NOT_AWAITED_BY_RETURN,
    /** The order's captures cannot pay back what the units received are worth (counting every refund and store credit
     * against them): for instance it was paid in cash on delivery. */
    REFUND_NOT_COVERED,
    /** Money was asked to go back as store credit, and the facade was built without a store-credit port. */
    STORE_CREDIT_UNAVAILABLE,
    /** A carrier's tracking event names another tracking number than the package travels under. */
    TRACKING_NUMBER_MISMATCH,
    /** The order, or the units named, are not in a state the command applies to. */
    ILLEGAL_TRANSITION,
    /** The command would change nothing, for example a pick list with no allocated units. */
    NOTHING_TO_DO,
    /** The units are past the point where they can be cancelled, or a reservation is in flight. */
    NOT_CANCELLABLE,
    /** Picking asked for before the payment was authorised. */
    PAYMENT_NOT_AUTHORIZED,
    /** The carrier refused or could not sell a label for the service asked for. */
    CARRIER_UNAVAILABLE,
    /** The order kept changing under the command, through every retry; try again. */
    CONCURRENT_MODIFICATION,
    /** The allocation policy is not a {@link dev.oms.core.routing.RoutedAllocation}: it cannot explain its routing. */
    NOT_ROUTED,
    /** No checkout hold has this id. */
    UNKNOWN_HOLD,
    /** A hold does not hold the units the order asks for. */
    HOLD_MISMATCH,
    /** A hold was already consumed by an order. */
    HOLD_NOT_ACTIVE,
    /** A hold's time to live is not positive, or longer than the most accepted. */
    HOLD_TIME_OUT_OF_RANGE,
    /** A hold method was called on a facade built without a hold store. */
    HOLDS_NOT_CONFIGURED,
    /**
     * The location named is paused, or cannot serve the destination (a pickup-only store for a parcel, a location
     * that offers no pickup for a click-and-collect order).
     */
    LOCATION_CANNOT_SERVE,
    /** An idempotency key used before, for the same order and kind of request, with other parameters. */
    IDEMPOTENCY_KEY_REUSED,
    /** A text field is longer than {@link InputLimits} allows for its kind. */
    TEXT_TOO_LONG,
    /** A text field holds a control character or is not well-formed UTF-16 (an unpaired surrogate). */
    TEXT_NOT_ALLOWED,
    /** A money amount is beyond {@link InputLimits#MAX_UNIT_PRICE}. */
    AMOUNT_TOO_LARGE,
    /** The order is held for approval: nothing is picked, packed, labelled or shipped until every hold is released. */
    ON_APPROVAL_HOLD,
    /** No approval hold for the reason given is open on the order. */
    NO_APPROVAL_HOLD,
    /** An approval hold for the reason given is already open on the order. */
    APPROVAL_HOLD_OPEN,
    /** A list in a request (package contents, address lines) has more entries than {@link InputLimits} allows. */
    TOO_MANY_ITEMS,
    /** The host's pricing port refused to price the order (an expired promotion code, say); the message says why. */
    PRICING_REFUSED,
    /** The pricing port's answer does not price the order's lines: a line missing, added or out of order. */
    PRICING_MISMATCH,
    /** A line's discounts add up to more than its value (unit price times quantity). */
    DISCOUNT_EXCEEDS_LINE_VALUE,
    /** A back-in-stock subscription asked for a SKU that can be promised now: the customer can order it instead. */
    SKU_AVAILABLE,
    /** A back-in-stock method was called on a facade built without back-in-stock subscriptions. */
    BACK_IN_STOCK_NOT_CONFIGURED
}

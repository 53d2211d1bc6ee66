// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.rejection;

/** Stable codes for everything oms can refuse. Hosts may switch on them; they never change meaning. */
public enum ProblemCode {
    EXTERNAL_ID_BLANK,
    NO_LINES,
    TOO_MANY_LINES,
    QUANTITY_NOT_POSITIVE,
    QUANTITY_TOO_LARGE,
    PRICE_NEGATIVE,
    UNKNOWN_SKU,
    DUPLICATE_SKU,
    CURRENCY_MISMATCH,
    MISSING_ADDRESS,
    INSUFFICIENT_STOCK,
    PREORDER_CAP_EXCEEDED,
    BACKORDER_LIMIT_EXCEEDED,
    NOT_RELEASED,
    UNKNOWN_PURCHASE,
    UNKNOWN_ORDER,
    UNKNOWN_LINE,
    UNKNOWN_LOCATION,
    UNKNOWN_PICK_LIST,
    UNKNOWN_PACKAGE,
    ILLEGAL_TRANSITION,
    NOTHING_TO_DO,
    NOT_CANCELLABLE,
    PAYMENT_NOT_AUTHORIZED,
    CARRIER_UNAVAILABLE,
    CONCURRENT_MODIFICATION,
    NOT_ROUTED,
    UNKNOWN_HOLD,
    HOLD_MISMATCH,
    HOLD_NOT_ACTIVE,
    HOLD_TIME_OUT_OF_RANGE,
    HOLDS_NOT_CONFIGURED,
    /** An idempotency key used before, for the same order and kind of request, with other parameters. */
    IDEMPOTENCY_KEY_REUSED,
    /** A text field is longer than {@link InputLimits} allows for its kind. */
    TEXT_TOO_LONG,
    /** A text field holds a control character or is not well-formed UTF-16 (an unpaired surrogate). */
    TEXT_NOT_ALLOWED,
    /** A money amount is beyond {@link InputLimits#MAX_UNIT_PRICE}. */
    AMOUNT_TOO_LARGE,
    /** A list in a request (package contents, address lines) has more entries than {@link InputLimits} allows. */
    TOO_MANY_ITEMS
}

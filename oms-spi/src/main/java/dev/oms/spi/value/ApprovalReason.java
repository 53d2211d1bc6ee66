// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Why an order waits for a person's approval before it may be picked or its payment captured. An order has
 * at most one open approval hold per reason, and is released only when every one is released.
 */
public enum ApprovalReason {
    /** The order looks fraudulent and is reviewed before anything ships. */
    FRAUD_REVIEW,
    /** The payment needs a look (a risky card, a large amount, a bank transfer to match). */
    PAYMENT_REVIEW,
    /** The ship-to address could not be verified. */
    ADDRESS_CHECK,
    /** Held by hand, for any other reason given in the note. */
    MANUAL,
    /** A stock adjustment found units of the order gone; a person decides whether it waits or is cancelled. */
    STOCK_SHORTAGE
}

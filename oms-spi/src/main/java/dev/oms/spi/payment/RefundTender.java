// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.payment;

/** Where money owed back after the sale goes. */
public enum RefundTender {
    /** Back to the payment the order was paid with, drawn on its captures: the default. */
    ORIGINAL_PAYMENT,
    /**
     * As store credit or a gift card, through the host's {@link StoreCredit} port: drawn on no capture, but counted
     * against the order's captures all the same, so refunds and credits together never exceed what was captured.
     */
    STORE_CREDIT
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.subscription.BackInStockSubscription;
import dev.oms.spi.value.OrderId;

/**
 * The keys back-in-stock telling stores in the subscription store, built in one place as {@link IdempotencyKeys}
 * builds the order's: an event key per event that brings units back (a repeated event tells nobody more) and an alert
 * key per subscription (what a host's sender drops a resend by). Their text is stored and must not change.
 */
final class BackInStockKeys {
    private static final String EVENT = "back-in-stock/";

    private BackInStockKeys() {}

    /** A goods receipt, by the host's receipt key. */
    static String receipt(String receiptKey) {
        return EVENT + "receipt:" + receiptKey;
    }

    /** A stock adjustment, by the host's key. */
    static String adjustment(String adjustmentKey) {
        return EVENT + "adjustment:" + adjustmentKey;
    }

    /** A transfer received, by its id: received once. */
    static String transfer(String transferId) {
        return EVENT + "transfer:" + transferId;
    }

    /** A product's release, by the host's release id. */
    static String release(String releaseId) {
        return EVENT + "release:" + releaseId;
    }

    /** An order's effects run from one stored version: what the run released or restocked. */
    static String orderRun(OrderId orderId, long version) {
        return EVENT + "order:" + orderId.value() + ":" + version;
    }

    /** A checkout hold's units given back, by the restock the hold desk names. */
    static String hold(String restockId) {
        return EVENT + "hold:" + restockId;
    }

    /** The subscription's alert: its store number names it for good, so every resend carries the same key. */
    static String alert(BackInStockSubscription subscription) {
        return "back-in-stock:" + subscription.sku().code() + ":" + subscription.number();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.notification;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import java.util.Map;

/**
 * Something the customer should be told. The host words it and picks the medium; oms sends facts only.
 *
 * @param key unique per order and fact, for deduplication: a retried send carries the same key
 * @param orderId the order it is about
 * @param customer the host's reference to the customer to tell
 * @param channel the channel the order came from
 * @param notice what to tell, as typed facts; never card data or addresses
 */
public record Notification(String key, OrderId orderId, CustomerRef customer, Channel channel, Notice notice) {

    /** What happened: one kind per {@link Notice} record. */
    public enum Kind {
        /** The order was accepted and its payment authorised, or it is paid on delivery; no details. */
        ORDER_CONFIRMED,
        /** Units were pre-ordered; details name the line, units and release date. */
        UNITS_PREORDERED,
        /** Units were backordered; details say what ships now, what follows and when it is expected. */
        UNITS_BACKORDERED,
        /** Stock arrived for waiting units; details say how many are allocated now and how many still wait. */
        WAITING_UNITS_FILLED,
        /** The product was released but its stock does not cover these pre-ordered units; they keep their place. */
        PREORDER_STILL_WAITING,
        /** The release date of pre-ordered units moved. */
        RELEASE_DATE_MOVED,
        /** A supplier committed units of an indent line; details give the units and the expected date. */
        SUPPLIER_CONFIRMED,
        /** A supplier committed fewer units than requested, or none; details say what became of the rest. */
        SUPPLIER_SHORT,
        /** The payment provider declined; the customer must pay again. No details. */
        PAYMENT_DECLINED,
        /** A package left with the carrier; details give the carrier, tracking number and units. */
        ORDER_SHIPPED,
        /** A package reached the customer; details name the package. */
        ORDER_DELIVERED,
        /**
         * A click-and-collect package waits at its store: handed to the store's counter, or a parcel sent from
         * elsewhere arrived there; details name the package, the store and the units.
         */
        READY_FOR_COLLECTION,
        /** Units were cancelled; details give the units per line and the reason. */
        ORDER_CANCELLED,
        /** A return was approved; details give the return and its units. */
        RETURN_APPROVED,
        /** A return was rejected; details give the return. */
        RETURN_REJECTED,
        /** Units of a return arrived back; details give the return, the units, the refund and the restocking fee. */
        RETURN_RECEIVED,
        /** A claim on a delivered parcel was settled by a refund; details give the claim, the units and the refund. */
        CLAIM_SETTLED,
        /** A return label was bought for an approved return; details give the return, the carrier and the tracking number. */
        RETURN_LABEL_ISSUED,
        /** Money owed back was issued as store credit or a gift card; details give the credit, the amount and why. */
        STORE_CREDIT_ISSUED,
        /** The carrier has a parcel out for delivery; details name the package. */
        PACKAGE_OUT_FOR_DELIVERY,
        /** The carrier reports a parcel held up; details name the package and give the carrier's detail, if any. */
        PACKAGE_DELIVERY_EXCEPTION,
        /** The carrier is sending a parcel back undelivered; details name the package. */
        PACKAGE_RETURNED_TO_SENDER,
        /** An edit of the order was confirmed; details give the edit, the units added and taken off, the new total, and
         * whether the order now ships elsewhere (never the address itself). */
        ORDER_EDITED,
        /** A parcel's shipment was voided before the carrier collected it; details name the package, its old tracking
         * number and the package its units were packed into again, if any. */
        SHIPMENT_VOIDED,
        /** An exchange was opened; details give the return, the units going back and coming, the difference charged,
         * the refund due once the return is in, and whether the replacements ship first. */
        EXCHANGE_OPENED
    }

    /**
     * Checks the notification.
     *
     * @param key unique per order and fact; not blank
     * @param orderId the order it is about
     * @param customer the host's reference to the customer to tell
     * @param channel the channel the order came from
     * @param notice what to tell, as typed facts
     * @throws IllegalArgumentException if {@code key} is blank
     */
    public Notification {
        Require.nonBlank(key, "key");
        Require.nonNull(orderId, "orderId");
        Require.nonNull(customer, "customer");
        Require.nonNull(channel, "channel");
        Require.nonNull(notice, "notice");
    }

    /** {@return what happened; the same as {@code notice().kind()}} */
    public Kind kind() {
        return notice.kind();
    }

    /** {@return the notice's facts as text, for template engines; the same as {@code notice().details()}} */
    public Map<String, String> details() {
        return notice.details();
    }
}

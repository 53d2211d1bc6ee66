package dev.oms.core.application;

import dev.oms.spi.availability.HoldId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;

/**
 * The idempotency keys the facade stores on an order, built in one place. Keys live per order. A host's
 * key is scoped by the kind of request it came with and put under {@code host/}, a prefix no key the
 * facade makes itself starts with: a host key can neither replay nor block one of oms's own commands,
 * nor a request of another kind. The parameters a host key came with are fingerprinted beside it, so
 * the same key with other parameters is rejected ({@code IDEMPOTENCY_KEY_REUSED}).
 */
final class IdempotencyKeys {
    static final String CANCEL = "cancel";
    static final String PACK = "pack";
    static final String REROUTE = "reroute";
    static final String RETRY_PAYMENT = "retry-payment";
    static final String PURCHASE_RECEIPT = "purchase-receipt";

    private IdempotencyKeys() {}

    /** A host's key for a request of this kind on one order. */
    static String host(String kind, String hostKey) {
        return "host/" + kind + ":" + hostKey;
    }

    /** The key of an order's placement: its channel order, placed at most once. */
    static String placement(Channel channel, String externalId) {
        return "place:" + channel + ":" + externalId;
    }

    /** The supplier's answer to one purchase: recorded once. */
    static String supplierAnswer(String purchaseId) {
        return "supplier-answer:" + purchaseId;
    }

    /**
     * The inventory's key for goods received against a purchase: scoped to the purchase, so a delivery-note
     * number that covers the purchases of two orders receives each of them.
     */
    static String ringFencedReceipt(String purchaseId, String hostKey) {
        return "receipt:" + purchaseId + ":" + hostKey;
    }

    /*
     * Restock ids: each names one event that brought or freed stock, and keys the fills it makes per waiting
     * line. Host ids are scoped by what they came with, so a receipt and a release under one id are two restocks.
     */

    static String receiptRestock(String receiptKey) {
        return "receipt/" + receiptKey;
    }

    static String releaseRestock(String releaseId) {
        return "release/" + releaseId;
    }

    /** The fill that ends a command on an order: stock it freed, or units it left waiting, as of this version. */
    static String settlingRestock(OrderId orderId, long version) {
        return "queue/" + orderId + ":v" + version;
    }

    static String holdRestock(HoldId holdId) {
        return "hold-freed/" + holdId;
    }
}

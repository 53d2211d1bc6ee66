// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

/**
 * The kinds of request a host sends its own key with; each scopes the key under its stored name
 * ({@link IdempotencyKeys#host}). The stored names are part of the persisted format and must not change.
 */
    enum HostRequest {
    CANCEL("cancel"),
    REOPEN("reopen"),
    PACK("pack"),
    REROUTE("reroute"),
    MOVE_ALLOCATION("move-allocation"),
    RETRY_PAYMENT("retry-payment"),
    PURCHASE_RECEIPT("purchase-receipt"),
    APPROVAL_HOLD("approval-hold"),
    APPROVAL_RELEASE("approval-release"),
    APPROVAL_REJECT("approval-reject"),
    RETURN_REQUEST("return-request"),
    RETURN_APPROVE("return-approve"),
    RETURN_REJECT("return-reject"),
    RETURN_RECEIVE("return-receive"),
    CLAIM("claim"),
    EDIT("edit"),
    EXCHANGE("exchange"),
    VOID_SHIPMENT("void-shipment"),
    RETURN_LABEL("return-label");

    private final String stored;

    HostRequest(String stored) {
        this.stored = stored;
    }

    /** The name stored in the keys of this kind; part of the persisted format. */
    String stored() {
        return stored;
    }
}

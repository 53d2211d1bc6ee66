// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.Ports;

/**
 * The composition root a host application embeds: built once from the host's ports and policies, it hands
 * out one service per kind of caller. Each command is answered with the order as it now stands (or what it
 * made) or a {@link dev.oms.core.rejection.Rejection} naming every problem; a rejected command stores,
 * reserves, charges and sends nothing.
 *
 * <p>A port that fails leaves its effect pending, and {@link Recovery#resume} runs it again under the same
 * idempotency key. Keys are scoped per order and kind of request: the same key with the same parameters answers
 * as the first call did, with other parameters it is refused ({@code IDEMPOTENCY_KEY_REUSED}). Every entry
 * point first checks what the host sent against {@link dev.oms.core.rejection.InputLimits}. Thread-safe when
 * the ports are; the package description tours the services.
 */
public final class OrderManagement {
    private final Wiring wired;

    OrderManagement(Wiring wired) {
        this.wired = wired;
    }

    /** {@return a builder to wire the facade to the host's ports and policies} */
    public static OrderManagementBuilder builder() {
        return new OrderManagementBuilder();
    }

    /** {@return a facade over a complete set of ports, with default policies}
     * @param ports every port, for example {@code InMemoryAdapters.create().ports()} */
    public static OrderManagement using(Ports ports) {
        return builder().ports(ports).build();
    }

    /** {@return order taking, for a checkout or a channel: place and cancel orders} */
    public OrderTaking orders() {
        return wired.orders();
    }

    /** {@return the storefront: availability to promise and checkout holds} */
    public Storefront storefront() {
        return wired.storefront();
    }

    /** {@return the warehouse: pick lists, packing, labels, shipping and delivery} */
    public Warehouse warehouse() {
        return wired.warehouse();
    }

    /** {@return goods in: stock receipts, releases, release-date moves, supplier answers and purchase receipts} */
    public Inbound inbound() {
        return wired.inbound();
    }

    /** {@return sourcing: allocate pending units, re-route away from a location, explain the routing} */
    public Sourcing sourcing() {
        return wired.sourcing();
    }

    /** {@return payments: retry a held payment} */
    public Payments payments() {
        return wired.payments();
    }

    /** {@return returns (RMA), for customer service: a customer asks to return delivered units; approve or reject the return} */
    public Returns returns() {
        return wired.returns();
    }

    /** {@return order edits, for customer service: preview a change-set (lines added, units taken off, a new address), then confirm it whole} */
    public Edits edits() {
        return wired.edits();
    }

    /** {@return exchanges, for customer service: delivered units traded back for replacements, the difference charged or refunded} */
    public Exchanges exchanges() {
        return wired.exchanges();
    }

    /** {@return approvals, for reviewers: hold an order for fraud, payment or address review, release or reject it} */
    public Approvals approvals() {
        return wired.approvals();
    }

    /** {@return transfers: send stock between locations, promise it while in transit, receive it where it went} */
    public Transfers transfers() {
        return wired.transfers();
    }

    /** {@return stocktaking: record counts, damage, shrinkage and units found, and settle the orders they touch} */
    public Stocktaking stocktaking() {
        return wired.stocktaking();
    }

    /** {@return locations run by others (3PL, marketplace fulfilment): record their shipments, rejections and stock counts} */
    public ExternalFulfilment externalFulfilment() {
        return wired.externalFulfilment();
    }

    /** {@return recovery: run the side effects orders still owe} */
    public Recovery recovery() {
        return wired.recovery();
    }

    /** {@return documents: pick lists, packing slips and invoices of shipped packages, numbered through the invoice numbers port} */
    public Documents documents() {
        return wired.documents();
    }

    /** {@return back-in-stock subscriptions: customers told, once each and oldest first, when a SKU can be promised again} */
    public Subscriptions subscriptions() {
        return wired.subscriptions();
    }

    /** {@return queries: find orders and list them} */
    public OrderQueries queries() {
        return wired.queries();
    }
}

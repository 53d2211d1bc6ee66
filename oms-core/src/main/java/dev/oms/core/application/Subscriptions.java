// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.spi.Ports;
import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.subscription.BackInStockSubscription;
import dev.oms.spi.subscription.BackInStockSubscriptions;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;

/**
 * Back-in-stock subscriptions, for the shop front: a customer who cannot order a SKU asks to be told when it can be
 * promised again. When units come back (a receipt, a stock adjustment up, a transfer received, a cancellation or
 * another release of reserved units, a restock of returned units, a product's release) the waiting orders are served
 * first; then the oldest waiting subscribers are told, as many as the {@link BackInStock} settings' policy says (by
 * default one per unit that came back, at most what can be promised), each once. Reached through
 * {@link OrderManagement#subscriptions()}; every method answers {@code BACK_IN_STOCK_NOT_CONFIGURED} on a facade built
 * without {@link OrderManagementBuilder#backInStock}.
 */
public final class Subscriptions {
    private final Ports ports;
    private final BackInStockAlerts alerts;

    Subscriptions(Ports ports, BackInStockAlerts alerts) {
        this.ports = ports;
        this.alerts = alerts;
    }

    /**
     * Subscribes a customer to a SKU that cannot be promised now. A replayed key answers the first subscription,
     * whatever the stock says since; a customer already waiting for the SKU is answered that subscription.
     *
     * @param idempotencyKey the caller's key for this request
     * @param sku the SKU to wait for
     * @param customer who waits
     * @return the subscription; or a rejection naming every problem: {@code UNKNOWN_SKU}, {@code SKU_AVAILABLE} when
     *     the SKU can be promised now (the customer can order it), {@code IDEMPOTENCY_KEY_REUSED}, a key, SKU or
     *     customer beyond the input limits, {@code BACK_IN_STOCK_NOT_CONFIGURED}
     */
    public Either<Rejection, BackInStockSubscription> subscribe(String idempotencyKey, Sku sku, CustomerRef customer) {
        Require.nonNull(idempotencyKey, "idempotencyKey");
        Require.nonNull(sku, "sku");
        Require.nonNull(customer, "customer");
        Option<Rejection> refused = notConfigured().orElse(() -> EntryChecks.subscription(idempotencyKey, sku, customer));
        if (refused.isDefined()) {
            return Either.left(refused.get());
        }
        BackInStockSubscriptions store = store();
        Optional<BackInStockSubscription> earlier = store.subscribedUnder(idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get().sku().equals(sku) && earlier.get().customer().equals(customer)
                    ? Either.right(earlier.get()) : Rejections.keyReused(idempotencyKey);
        }
        if (ports.catalog().find(sku).isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_SKU, "sku", "no product with SKU " + sku));
        }
        long promisable = alerts.promisable(sku);
        if (promisable > 0) {
            return Either.left(Rejection.of(ProblemCode.SKU_AVAILABLE, "sku", "SKU " + sku + " can be promised now ("
                    + (promisable == Long.MAX_VALUE ? "untracked" : promisable + " units") + "): order it instead"));
        }
        try {
            return Either.right(store.subscribe(idempotencyKey, sku, customer, ports.clock().instant()));
        } catch (OperationKeyReusedException reused) {
            return Rejections.keyReused(idempotencyKey); // a racer took the key for another SKU or customer
        }
    }

    /**
     * Ends a customer's waiting subscription to a SKU; a customer already told stays told.
     *
     * @param sku the SKU
     * @param customer who no longer waits
     * @return whether a waiting subscription ended; or {@code BACK_IN_STOCK_NOT_CONFIGURED}
     */
    public Either<Rejection, Boolean> unsubscribe(Sku sku, CustomerRef customer) {
        Require.nonNull(sku, "sku");
        Require.nonNull(customer, "customer");
        Option<Rejection> refused = notConfigured();
        if (refused.isDefined()) {
            return Either.left(refused.get());
        }
        // Ids beyond the input limits were never stored: nobody waits under them.
        return Either.right(EntryChecks.lookable(sku.code()) && EntryChecks.lookable(customer.value())
                && store().unsubscribe(sku, customer));
    }

    /**
     * Lists a SKU's waiting subscribers, oldest first: the order they will be told in.
     *
     * @param sku the SKU
     * @param page which page; its cursor is one a previous page handed out
     * @return the page; or {@code BACK_IN_STOCK_NOT_CONFIGURED}
     */
    public Either<Rejection, Page<BackInStockSubscription>> waiting(Sku sku, PageRequest page) {
        Require.nonNull(sku, "sku");
        Require.nonNull(page, "page");
        Option<Rejection> refused = notConfigured();
        if (refused.isDefined()) {
            return Either.left(refused.get());
        }
        long after = page.after().map(Subscriptions::number).orElse(0L);
        List<BackInStockSubscription> items = EntryChecks.lookable(sku.code()) ? store().waiting(sku, after, page.size()) : List.of();
        Optional<String> next = items.size() < page.size() ? Optional.empty()
                : Optional.of(Long.toString(items.get(items.size() - 1).number()));
        return Either.right(new Page<>(items, next));
    }

    private Option<Rejection> notConfigured() {
        return alerts.configured().isEmpty() ? Option.some(Rejection.of(ProblemCode.BACK_IN_STOCK_NOT_CONFIGURED, "backInStock",
                "the facade was built without back-in-stock subscriptions")) : Option.none();
    }

    private BackInStockSubscriptions store() {
        return alerts.configured().get().subscriptions();
    }

    /** A cursor this listing handed out is a subscription's number; any other names no place in it. */
    private static long number(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException notOurs) {
            throw new IllegalArgumentException("not a cursor of the waiting subscribers: " + cursor, notOurs);
        }
    }
}

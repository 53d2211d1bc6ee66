// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.subscription;

import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores back-in-stock subscriptions and who was told. A subscription is <em>waiting</em> until it is told or
 * unsubscribed; once told it <em>owes its alert</em> until {@link #alertSent} records the alert delivered.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li><b>Oldest first.</b> Numbers rise in the order subscriptions were stored; listings and {@link #tell} go by
 *       number.
 *   <li><b>Idempotent subscribing.</b> A key names one subscription: subscribing again under it answers that
 *       subscription, whatever became of it; the key with another SKU or customer throws
 *       {@link dev.oms.spi.inventory.OperationKeyReusedException}. A customer waits at most once per SKU: subscribing
 *       under a new key while waiting answers the waiting subscription.
 *   <li><b>Told at most once, atomically.</b> {@link #tell} marks the SKU's oldest waiting subscriptions told in one
 *       step, once per event key: of concurrent callers, also across instances sharing the store, no two tell the
 *       same subscription, and an event key told before tells nobody more.
 *   <li><b>Owed until sent.</b> A told subscription is listed by {@link #owedAlerts} until {@link #alertSent}: a
 *       crash between telling and sending loses no alert.
 *   <li>May throw {@link IllegalArgumentException} for a blank key, {@link NullPointerException} for a null argument,
 *       and unchecked exceptions for infrastructure failures, after which nothing changed.
 * </ul>
 */
public interface BackInStockSubscriptions {

    /**
     * Subscribes a customer to a SKU, or answers the subscription the key or the customer's waiting one names.
     *
     * @param idempotencyKey the caller's key for this subscription; not blank
     * @param sku the SKU to wait for
     * @param customer who waits
     * @param at when, recorded on a new subscription only
     * @return the subscription, new or earlier
     * @throws dev.oms.spi.inventory.OperationKeyReusedException when the key named another SKU or customer before
     */
    BackInStockSubscription subscribe(String idempotencyKey, Sku sku, CustomerRef customer, Instant at);

    /**
     * {@return the subscription made under the key, whatever became of it; empty for a key never used}: how a
     * replayed request is answered as it was first, before anything else is checked
     *
     * @param idempotencyKey the caller's key
     */
    Optional<BackInStockSubscription> subscribedUnder(String idempotencyKey);

    /**
     * Ends a customer's waiting subscription to a SKU; one already told stays told.
     *
     * @param sku the SKU
     * @param customer who no longer waits
     * @return whether a waiting subscription ended
     */
    boolean unsubscribe(Sku sku, CustomerRef customer);

    /**
     * {@return whether anybody waits for the SKU}: asked on every event that brings units back, so it must be cheap
     * (an indexed probe), the answer nearly always being no
     *
     * @param sku the SKU
     */
    boolean anyWaiting(Sku sku);

    /**
     * {@return the SKU's waiting subscriptions numbered above {@code after}, oldest first, at most {@code limit}}
     *
     * @param sku the SKU
     * @param after the number of the last subscription of the previous page; 0 for the first page
     * @param limit how many at most; positive
     */
    List<BackInStockSubscription> waiting(Sku sku, long after, int limit);

    /**
     * Marks the SKU's oldest waiting subscriptions told, at most {@code limit}, in one step, and records the event
     * key: called again with that key, tells nobody. The subscriptions told owe their alert until {@link #alertSent}.
     *
     * @param eventKey names the event that brought units back; not blank
     * @param sku the SKU
     * @param limit how many to tell at most; 0 or more
     * @param at when they were told
     * @return the subscriptions this call told, oldest first; none for an event key used before
     */
    List<BackInStockSubscription> tell(String eventKey, Sku sku, long limit, Instant at);

    /**
     * {@return told subscriptions numbered above {@code after} whose alert is not yet recorded sent, oldest first, at
     * most {@code limit}}
     *
     * @param after the number of the last subscription of the previous page; 0 for the first page
     * @param limit how many at most; positive
     */
    List<BackInStockSubscription> owedAlerts(long after, int limit);

    /**
     * Records the alert of a told subscription delivered; it is owed no more. Recording it again changes nothing.
     *
     * @param number the subscription's number
     */
    void alertSent(long number);
}

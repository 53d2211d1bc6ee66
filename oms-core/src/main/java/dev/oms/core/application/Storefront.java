// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.availability.AvailabilityQuery;
import dev.oms.core.availability.AvailableToPromise;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.availability.HoldRules;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.routing.Strategies;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The storefront: what may still be sold, and checkout holds on units while a customer pays. Reached
 * through {@link OrderManagement#storefront()}.
 */
public final class Storefront {
    private final HoldDesk holds;
    private final HoldChanges changes;
    private final AvailabilityDesk availability;

    Storefront(HoldDesk holds, HoldChanges changes, AvailabilityDesk availability) {
        this.holds = holds;
        this.changes = changes;
        this.availability = availability;
    }

    /**
     * What a storefront may still sell of a SKU, for any channel: from stock per location and in total,
     * on hand less reserved (orders and live checkout holds) less ring-fenced less the units the SKU's
     * pre-orders and backorders are owed; and beyond the stock, the units that may still be pre-ordered
     * (before an announced product's release, within the catalogue's cap) or backordered (within the
     * {@link BackorderPolicy}'s limit, with its expected restock date). With an allocation policy that
     * may take units from every active location (the default), an order for
     * {@link AvailableToPromise#promisable()} units is accepted and one for a unit more is refused; a
     * routing policy that rules locations out for a destination may accept fewer. Holds whose time ran
     * out are expired first.
     *
     * @param sku the product
     * @return the units promisable, per location and in total
     */
    public AvailableToPromise availableToPromise(Sku sku) {
        Require.nonNull(sku, "sku");
        if (!EntryChecks.lookable(sku.code())) {
            return new AvailableToPromise(sku, List.empty(), 0); // no such SKU can be stocked
        }
        holds.expire();
        return availability.of(sku, Option.none());
    }

    /**
     * As {@link #availableToPromise(Sku)}, for orders from {@code channel}: its {@link PreorderPolicy} cap applies too.
     *
     * @param sku the product
     * @param channel the channel asking
     * @return the units promisable to the channel, per location and in total
     */
    public AvailableToPromise availableToPromise(Sku sku, Channel channel) {
        Require.nonNull(sku, "sku");
        Require.nonNull(channel, "channel");
        if (!EntryChecks.lookable(sku.code())) {
            return new AvailableToPromise(sku, List.empty(), 0);
        }
        holds.expire();
        return availability.of(sku, Option.some(channel));
    }

    /**
     * As {@link #availableToPromise(Sku)}, narrowed by the query: only the locations it names (when it names
     * some) that can serve its destination (when it has one: a ship-to counts no pickup-only store, a pickup
     * the store and, with transfers, the locations that ship), with its channel's pre-order cap (when it has
     * a channel), and with the units of the checkout holds it excludes counted as available rather than
     * reserved: a checkout asking with its own holds is told what it could order, those units included.
     * Holds that ended or never existed change nothing. The headroom beyond stock is the SKU's, wherever the
     * stock is.
     *
     * @param query the SKU and how to narrow the answer
     * @return the units promisable, per counted location and in total
     */
    public AvailableToPromise availableToPromise(AvailabilityQuery query) {
        Require.nonNull(query, "query");
        if (!EntryChecks.lookable(query.sku().code())) {
            return new AvailableToPromise(query.sku(), List.empty(), 0);
        }
        holds.expire();
        return availability.of(query, holds.liveUnitsOf(query.excludedHolds()));
    }

    /**
     * Holds units for a checkout until the clock passes {@code timeToLive}: they are reserved where the
     * hold routing (by default {@link Strategies#priority()}) would take them from, or all at the location the
     * request is pinned to ({@link HoldRequest#pinnedTo}), count against
     * availability, and nobody else can reserve them. Placing an order with the hold id turns them into the
     * order's allocations. Asking again with the same id and units answers the hold already placed; the
     * same id for other units is refused ({@code IDEMPOTENCY_KEY_REUSED}). The units of a hold that is
     * released or expires serve waiting pre-orders and backorders before anyone else.
     *
     * <p>Units placement would not take from stock are promised instead, by the rules placement applies to
     * an order ({@link Hold#promised}): units of a product not yet released are pre-ordered within its caps
     * (beyond them, backordered where allowed), and units beyond the stock shown to a new order are backordered
     * where the {@code BackorderPolicy} allows, at the location whose terms take them. Promised units reserve
     * nothing; while the hold lives they count against the caps and limits like the units of waiting orders,
     * and the order that takes the hold over pre-orders or backorders them in the room the hold leaves. So a
     * cart mixing pre-order and in-stock items is held whole.
     *
     * @param request the checkout's id, the units to hold, where they would ship and for how long
     * @return the hold, or a rejection: every problem with the request, {@code INSUFFICIENT_STOCK} naming
     *     each SKU that can be neither held nor backordered, {@code PREORDER_CAP_EXCEEDED},
     *     {@code BACKORDER_LIMIT_EXCEEDED}, {@code UNKNOWN_LOCATION} or {@code LOCATION_CANNOT_SERVE} for a pinned
     *     location that is not listed, is paused or cannot serve the destination, {@code HOLDS_NOT_CONFIGURED}
     *     without a hold store
     */
    public Either<Rejection, Hold> placeHold(HoldRequest request) {
        if (!HoldRules.limitProblems(Require.nonNull(request, "request")).isEmpty()) {
            // Refused before the hold id is looked up in the store; every problem with the request is named.
            return Either.left(Rejection.of(holds.problems(request)));
        }
        return holds.place(request);
    }

    /**
     * Changes a live hold to hold the request's units instead (the checkout's cart changed): per SKU, units
     * added are reserved where the hold routing (or the request's pinned location) takes them from, units
     * taken off are given back from the hold's least preferred locations first, and a SKU left out is given
     * back whole. It is all or nothing: the added units are reserved before the hold's new version is stored,
     * and given back if it cannot be (the hold ended or changed meanwhile), so a refused change reserves
     * nothing and the hold's units are never more than is reserved for it. The hold then lives the request's
     * time to live from now. Repeating a change with its key answers the hold as it stands; the same key with
     * other units, location or time to live is refused ({@code IDEMPOTENCY_KEY_REUSED}). The hold's original
     * request, asked again with {@link #placeHold}, no longer matches it.
     *
     * @param key the change's idempotency key, unique per hold
     * @param request the hold's id and the units it should hold now, where they would ship, the channel, the
     *     time to live from now and, optionally, the location to reserve added units at
     * @return the changed hold, or a rejection: every problem with the key and the request,
     *     {@code UNKNOWN_HOLD}, {@code HOLD_NOT_ACTIVE} for a hold that ended, {@code INSUFFICIENT_STOCK}
     *     for added units that cannot be held, {@code CONCURRENT_MODIFICATION} when the hold ended or changed
     *     while this change was worked out, {@code HOLDS_NOT_CONFIGURED} without a hold store
     */
    public Either<Rejection, Hold> changeHold(String key, HoldRequest request) {
        Require.nonNull(key, "key");
        Require.nonNull(request, "request");
        return changes.change(key, request);
    }

    /**
     * Lets a checkout's hold go, its units back to stock. Releasing again changes nothing.
     *
     * @param holdId the hold
     * @return the hold as it now stands, or {@code UNKNOWN_HOLD}, {@code HOLDS_NOT_CONFIGURED}
     */
    public Either<Rejection, Hold> releaseHold(HoldId holdId) {
        Require.nonNull(holdId, "holdId");
        if (!EntryChecks.lookable(holdId.value())) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_HOLD, "holdId", "no hold can have this id"));
        }
        return holds.release(holdId);
    }

    /**
     * Expires every hold whose time ran out by the clock, its units back to stock; returns how many. Other
     * calls expire holds as they go; a host may also call this on a schedule.
     *
     * @return how many holds expired
     */
    public int expireHolds() {
        return holds.expire();
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.ReleaseId;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The state of one order, rebuilt from its events. Immutable: {@link OrderEvolution} returns a new
 * {@code Order} per event. Everything a person or a side effect needs to know is derived from here.
 */
@Value.Immutable
public abstract class Order {

    public abstract OrderId id();

    public abstract Channel channel();

    public abstract String externalId();

    public abstract CustomerRef customer();

    public abstract Address shipTo();

    public abstract CurrencyUnit currency();

    public abstract Instant placedAt();

    public abstract LinkedHashMap<LineId, Line> lines();

    public abstract PaymentLedger payment();

    /** The release date of each line that was pre-ordered: a pre-order keeps its rank even after a failed fill. */
    public abstract LinkedHashMap<LineId, Instant> preorderReleases();

    /** Indent purchases by id, in the order they were raised. */
    public abstract LinkedHashMap<PurchaseId, Purchase> purchases();

    /** Ring-fenced stock received against a purchase, per receipt, not yet turned into this order's reservation. */
    public abstract LinkedHashMap<ReceiptId, StockMovement> ringFencesOwed();

    /** Pre-ordered units charged at placement and what became of them; empty unless the policy charges at placement. */
    @Value.Default
    public Prepayments prepayments() {
        return Prepayments.none();
    }

    /** When each authorisation was granted (its {@code PaymentAuthorized} says), to tell which have expired by the time a pre-order is filled. */
    public abstract LinkedHashMap<AuthorizationId, Instant> authorizedAt();

    /** Reservations requested from the inventory and not yet settled. */
    public abstract Option<List<Reservation>> reservationInFlight();

    public abstract int reservationAttempts();

    /** Why the last reservation attempt failed, if it did. */
    public abstract List<Shortfall> lastShortfalls();

    public abstract LinkedHashMap<PickListId, PickList> pickLists();

    public abstract LinkedHashMap<PackageId, OrderPackage> packages();

    /** Stock to give back to the inventory, per cancellation, not yet confirmed released. */
    public abstract LinkedHashMap<ReleaseId, List<StockMovement>> releasesOwed();

    /** Ids of the cancellations made so far; numbers the next one. */
    public abstract HashSet<ReleaseId> cancellationIds();

    /** Notifications the customer is owed and has not been sent yet. */
    public abstract LinkedHashMap<String, Notification> notificationsOwed();

    public abstract HashSet<String> notificationsSent();

    /**
     * Locations that could not fulfil this order's units after all (re-routing): its pending units are not
     * allocated there again. Waiting units filled by a restock may be, like any order's.
     */
    @Value.Default
    public HashSet<LocationId> failedLocations() {
        return HashSet.empty();
    }

    /** The events each handled idempotency key produced: a replayed key yields nothing new. */
    public abstract HashMap<String, List<OrderEvent>> handledCommands();

    /** The fingerprint of the host request each host-keyed command came with (see {@code OrderCommand#fingerprint}). */
    @Value.Default
    public HashMap<String, String> requestFingerprints() {
        return HashMap.empty();
    }

    /** The number of commits this state was built from: the version to append at. */
    public abstract long version();

    ImmutableOrder copy() {
        return (ImmutableOrder) this; // every Order is built by ImmutableOrder
    }

    /** The derived header status: what the order is waiting for, at a glance. */
    @Value.Lazy
    public OrderStatus status() {
        return OrderStatusRule.of(this);
    }

    /** What some units still wait for outside the warehouse, whatever the header status says; empty when nothing. */
    public List<WaitingFor> waitingFor() {
        return List.of(WaitingFor.values()).filter(w -> units(w.bucket()) > 0);
    }

    public Option<Line> line(LineId id) {
        return lines().get(id);
    }

    /** Units of all lines in a bucket. */
    public long units(Bucket bucket) {
        return unitsPerBucket()[bucket.ordinal()];
    }

    /**
     * Units of all lines per bucket, by the bucket's ordinal: counted once per state, since every status,
     * summary and decision asks. Never handed out (an array is mutable).
     */
    @Value.Lazy
    long[] unitsPerBucket() {
        long[] units = new long[Bucket.values().length];
        for (Tuple2<LineId, Line> line : lines()) {
            for (Tuple2<Slot, Long> slot : line._2.units()) {
                units[slot._1.bucket().ordinal()] += slot._2;
            }
        }
        return units;
    }

    /** Units ordered on all lines: every unit is in exactly one bucket, so the buckets' counts add up to it. */
    public long orderedUnits() {
        long units = 0;
        for (long inBucket : unitsPerBucket()) {
            units += inBucket;
        }
        return units;
    }

    public boolean isFullyCancelled() {
        return units(Bucket.CANCELLED) == orderedUnits();
    }

    /** The value of the units still wanted (not cancelled). */
    @Value.Lazy
    public Money activeValue() {
        // In minor units: one Money instead of two per line. Input limits keep the sum far inside a long.
        long minor = 0;
        for (Tuple2<LineId, Line> line : lines()) {
            minor = Math.addExact(minor, Math.multiplyExact(line._2.unitPrice().getAmountMinorLong(), line._2.active()));
        }
        return Money.ofMinor(currency(), minor);
    }

    public Money value(OrderPackage pkg) {
        return pkg.contents().foldLeft(Money.zero(currency()),
                (sum, item) -> sum.plus(line(item.lineId()).get().priceOf(item.quantity())));
    }

    /** Money for wanted units that has not been captured yet (card payments); refunds owed or made count as given back. */
    @Value.Lazy
    public Money outstanding() {
        return activeValue().minus(payment().captured()).minus(prepayments().captured(currency()))
                .plus(prepayments().refunding(currency()));
    }

    /** How much more must be authorised so that every wanted unit is covered. */
    @Value.Lazy
    public Money amountToAuthorize() {
        Money missing = outstanding().minus(payment().openAuthorized());
        return missing.isPositive() ? missing : Money.zero(currency());
    }

    /**
     * Whether the order should ask for an authorisation now: paid by card, not on hold, nothing asked and
     * unanswered, every unit reserved (so the amount is final), and not yet covered by authorisations.
     */
    public boolean authorizationDue() {
        return !payment().isCashOnDelivery() && !payment().onHold() && payment().authorizationInFlight().isEmpty()
                && reservationInFlight().isEmpty() && units(Bucket.PENDING) == 0 && amountToAuthorize().isPositive();
    }

    /** Whether the payment lets the order be picked: cash on delivery, or an authorisation covering it. */
    public boolean paymentCleared() {
        return payment().isCashOnDelivery() || (!payment().onHold() && !amountToAuthorize().isPositive());
    }

    /** Allocated units of a line at a location that no open pick list covers yet. */
    public long unlistedAllocated(LineId lineId, LocationId location) {
        long listed = pickLists().valuesIterator()
                .filter(p -> p.location().equals(location))
                .map(p -> p.openUnits(lineId)).sum().longValue();
        return line(lineId).map(l -> l.count(Bucket.ALLOCATED, location)).getOrElse(0L) - listed;
    }


    public PackageId nextPackageId() {
        return PackageId.of(id().value() + "-PK" + (packages().size() + 1));
    }

    /** The key of this order's notice under a suffix naming the fact: the one place notice keys are built. */
    public String noticeKey(String suffix) {
        return id().value() + ":" + suffix;
    }

    /** Whether the customer is owed or was sent the notification under this suffix. */
    public boolean notified(String suffix) {
        String key = noticeKey(suffix);
        return notificationsOwed().containsKey(key) || notificationsSent().contains(key);
    }

    /** The id the next indent purchase gets. */
    public PurchaseId nextPurchaseId() {
        return PurchaseId.of(id().value() + "-PR" + (purchases().size() + 1));
    }

    public ReleaseId nextCancellationId() {
        return ReleaseId.of(id().value() + "-C" + (cancellationIds().size() + 1));
    }

    /**
     * Whether a request under an already handled key asks for the same thing: a replay. A key first stored
     * without a fingerprint (the facade's own keys) is a replay whatever it is given with.
     */
    public boolean isReplay(String idempotencyKey, String fingerprint) {
        return requestFingerprints().get(idempotencyKey).filter(first -> !first.isEmpty())
                .map(first -> first.equals(fingerprint)).getOrElse(true);
    }

    /** Whether this idempotency key was already handled, and with which events. */
    public Option<List<OrderEvent>> handled(String idempotencyKey) {
        return handledCommands().get(idempotencyKey);
    }

    /** The events of one type that the command under this key made, in order; none if the key was not handled. */
    public <E extends OrderEvent> List<E> madeBy(String idempotencyKey, Class<E> type) {
        return handled(idempotencyKey).getOrElse(List.empty()).filter(type::isInstance).map(type::cast);
    }

    /**
     * The order in one line: id, version, status, and each line's units by slot, e.g.
     * {@code Order[ORD-1 v4 ALLOCATED, L1 SKU-1 {ALLOCATED@WH-1=2}]}. The bookkeeping (keys handled, effects
     * owed) is left out; read the accessors for it.
     */
    @Override
    public String toString() {
        return "Order[" + id() + " v" + version() + " " + status()
                + lines().valuesIterator().map(Line::toString).mkString(", ", ", ", "") + "]";
    }
}

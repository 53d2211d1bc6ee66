// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRequested;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Pickup;
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

    /** {@return the order's id} */
    public abstract OrderId id();

    /** {@return the channel the order came through} */
    public abstract Channel channel();

    /** {@return the channel's own order number; unique within the channel} */
    public abstract String externalId();

    /** {@return the customer who placed the order} */
    public abstract CustomerRef customer();

    /** {@return the address the order ships to; a pickup order's parcels go to its store, whose address this is} */
    public abstract Address shipTo();

    /** {@return the store the customer collects at, for a click-and-collect order}: {@link #shipTo()} is then its address */
    @Value.Default public Option<Pickup> pickup() { return Option.none(); }

    /** {@return the currency of the order's prices and payments} */
    public abstract CurrencyUnit currency();

    /** {@return when the order was placed; ranks its waiting units in restock queues} */
    public abstract Instant placedAt();

    /** {@return the order's lines by id, in the order placed} */
    public abstract LinkedHashMap<LineId, Line> lines();

    /** {@return the order's authorisations, captures and payment state} */
    public abstract PaymentLedger payment();

    /** {@return the shipping charge and each shipped package's value} */
    @Value.Default public Charges charges() { return Charges.NONE; }

    /** {@return the approval holds open on the order: while any is, nothing is picked, packed, shipped or captured} */
    @Value.Default public ApprovalHolds approvals() { return ApprovalHolds.NONE; }

    /** {@return the order's returns (RMAs), in the order requested} */
    @Value.Default public ReturnLedger returns() { return ReturnLedger.NONE; }

    /** {@return the release date of each line that was pre-ordered}: a pre-order keeps its rank even after a failed fill */
    public abstract LinkedHashMap<LineId, Instant> preorderReleases();

    /** {@return the location each line's backordered units last waited at, when a location's terms took them}: read it through {@code WaitingUnits.waitsAt} */
    @Value.Default public LinkedHashMap<LineId, LocationId> backorderLocations() { return LinkedHashMap.empty(); }

    /** {@return indent purchases by id, in the order they were raised} */
    public abstract LinkedHashMap<PurchaseId, Purchase> purchases();

    /** {@return ring-fenced stock received against a purchase, per receipt, not yet turned into this order's reservation} */
    public abstract LinkedHashMap<ReceiptId, StockMovement> ringFencesOwed();

    /** {@return pre-ordered units charged at placement and what became of them; empty unless the policy charges at placement} */
    @Value.Default public Prepayments prepayments() { return Prepayments.none(); }

    /** {@return when each authorisation was granted (its {@code PaymentAuthorized} says)}, to tell which have expired when a pre-order is filled */
    public abstract LinkedHashMap<AuthorizationId, Instant> authorizedAt();

    /** {@return reservations requested from the inventory and not yet settled} */
    public abstract Option<List<Reservation>> reservationInFlight();

    /** {@return the move of allocated units whose target reservation is requested and not yet settled} */
    @Value.Default public Option<AllocationMoveRequested> moveInFlight() { return Option.none(); }

    /** {@return the reservation attempts made for the pending units so far} */
    public abstract int reservationAttempts();

    /** {@return why the last reservation attempt failed, if it did} */
    public abstract List<Shortfall> lastShortfalls();

    /** {@return the order's pick lists by id, in the order issued} */
    public abstract LinkedHashMap<PickListId, PickList> pickLists();

    /** {@return requests to the fulfilment services of third-party locations by id, in the order made} */
    @Value.Default public LinkedHashMap<FulfilmentRequestId, ExternalRequest> externalRequests() { return LinkedHashMap.empty(); }

    /** {@return the order's packages by id, in the order packed} */
    public abstract LinkedHashMap<PackageId, OrderPackage> packages();

    /** {@return stock to give back to the inventory, per cancellation, not yet confirmed released} */
    public abstract LinkedHashMap<ReleaseId, List<StockMovement>> releasesOwed();

    /** {@return ids of the cancellations made so far}; numbers the next one */
    public abstract HashSet<ReleaseId> cancellationIds();

    /** {@return notifications the customer is owed and has not been sent yet, by key} */
    public abstract LinkedHashMap<String, Notification> notificationsOwed();

    /** {@return the keys of the notifications already sent to the customer} */
    public abstract HashSet<String> notificationsSent();

    /** {@return locations that could not fulfil this order's units after all (re-routing)}: its pending units are not
     * allocated there again. Waiting units filled by a restock may be, like any order's. */
    @Value.Default public HashSet<LocationId> failedLocations() { return HashSet.empty(); }

    /** {@return the events each handled idempotency key produced}: a replayed key yields nothing new */
    public abstract HashMap<String, List<OrderEvent>> handledCommands();

    /** {@return the fingerprint of the host request each host-keyed command came with (see {@code OrderCommand#fingerprint})} */
    @Value.Default public HashMap<String, String> requestFingerprints() { return HashMap.empty(); }

    /** {@return the number of edits confirmed on the order; numbers the next one} */
    @Value.Default public int edits() { return 0; }

    /** {@return the number of commits this state was built from: the version to append at} */
    public abstract long version();

    ImmutableOrder copy() { return (ImmutableOrder) this; } // every Order is built by ImmutableOrder

    /** {@return the derived header status: what the order is waiting for, at a glance} */
    @Value.Lazy
    public OrderStatus status() {
        return OrderStatusRule.of(this);
    }

    /** {@return what some units still wait for outside the warehouse, whatever the header status says; empty when nothing} */
    public List<WaitingFor> waitingFor() { return List.of(WaitingFor.values()).filter(w -> w.units(this) > 0); }

    /** {@return the line with this id; none if the order has no such line}
     * @param id the line's id */
    public Option<Line> line(LineId id) {
        return lines().get(id);
    }

    /** {@return units of all lines in a bucket}
     * @param bucket the bucket */
    public long units(Bucket bucket) {
        return unitsPerBucket()[bucket.ordinal()];
    }

    /** Units of all lines per bucket, by ordinal: counted once per state, as every status, summary and decision asks. Never handed out (mutable). */
    @Value.Lazy
    long[] unitsPerBucket() {
        long[] units = new long[Bucket.values().length];
        for (Line line : lineList()) {
            line.addUnitsPerBucketTo(units);
        }
        return units;
    }

    /** {@return the lines in their order, as a list made once per state}: for walking them, as a state is walked many
     * times and each walk over {@link #lines()} makes an object per line as it steps through the map's queue */
    @Value.Lazy
    public java.util.List<Line> lineList() {
        Line[] list = new Line[lines().size()];
        int i = 0;
        for (Tuple2<LineId, Line> line : lines()) { list[i++] = line._2; }
        return java.util.List.of(list);
    }

    /** {@return units ordered on all lines}: every unit is in exactly one bucket, so the buckets' counts add up to it */
    public long orderedUnits() {
        long ordered = 0;
        for (long units : unitsPerBucket()) {
            ordered += units;
        }
        return ordered;
    }

    /** {@return whether every unit ordered was cancelled} */
    public boolean isFullyCancelled() { return units(Bucket.CANCELLED) == orderedUnits(); }

    /** {@return the value of the units still wanted (not cancelled)}: the lines' exact values, shipping while any unit is wanted */
    @Value.Lazy
    public Money activeValue() { return OrderMoney.activeValue(this); }

    /** {@return the value of the units in one of the order's packages}: fixed as it shipped ({@link Charges#shipped})
     * @param pkg the package */
    public Money value(OrderPackage pkg) { return charges().valueOf(this, pkg); }

    /** {@return money for wanted units that has not been captured yet (card payments)}; refunds owed or made count as given back */
    @Value.Lazy
    public Money outstanding() { return OrderMoney.outstanding(this); }

    /** {@return how much more must be authorised so that every wanted unit is covered} */
    @Value.Lazy
    public Money amountToAuthorize() {
        Money missing = outstanding().minus(payment().openAuthorized());
        return missing.isPositive() ? missing : Money.zero(currency());
    }

    /** {@return whether the order should ask for an authorisation now}: paid by card, not on hold, nothing asked and
     * unanswered, every unit reserved (so the amount is final), and not yet covered by authorisations. */
    public boolean authorizationDue() {
        return !payment().isCashOnDelivery() && !payment().onHold() && payment().authorizationInFlight().isEmpty()
                && reservationInFlight().isEmpty() && units(Bucket.PENDING) == 0 && amountToAuthorize().isPositive();
    }

    /** {@return whether the payment lets the order be picked: cash on delivery, or an authorisation covering it} */
    public boolean paymentCleared() { return payment().isCashOnDelivery() || (!payment().onHold() && !amountToAuthorize().isPositive()); }

    /** {@return allocated units of a line at a location that no open pick list or fulfilment request covers yet}
     * @param lineId the line
     * @param location the location */
    public long unlistedAllocated(LineId lineId, LocationId location) {
        long listed = pickLists().valuesIterator().filter(p -> p.location().equals(location)).map(p -> p.openUnits(lineId)).sum().longValue()
                + externalRequests().valuesIterator().filter(r -> r.location().equals(location)).map(r -> r.openUnits(lineId)).sum().longValue();
        return line(lineId).map(l -> l.count(Bucket.ALLOCATED, location)).getOrElse(0L) - listed;
    }

    /** {@return the id the next package gets} */
    public PackageId nextPackageId() {
        return PackageId.of(id().value() + "-PK" + (packages().size() + 1));
    }

    /** {@return the key of this order's notice under a suffix naming the fact}: the one place notice keys are built
     * @param suffix names the fact the notice tells */
    public String noticeKey(String suffix) {
        return id().value() + ":" + suffix;
    }

    /** {@return whether the customer is owed or was sent the notification under this suffix}
     * @param suffix names the fact the notice tells */
    public boolean notified(String suffix) {
        String key = noticeKey(suffix);
        return notificationsOwed().containsKey(key) || notificationsSent().contains(key);
    }

    /** {@return the id the next indent purchase gets} */
    public PurchaseId nextPurchaseId() { return PurchaseId.of(id().value() + "-PR" + (purchases().size() + 1)); }

    /** {@return the id the next cancellation gets} */
    public ReleaseId nextCancellationId() { return ReleaseId.of(id().value() + "-C" + (cancellationIds().size() + 1)); }

    /** {@return whether a request under an already handled key asks for the same thing: a replay}. A key first
     * stored without a fingerprint (the facade's own keys) is a replay whatever it is given with.
     * @param idempotencyKey the handled key
     * @param fingerprint the new request's fingerprint */
    public boolean isReplay(String idempotencyKey, String fingerprint) {
        return requestFingerprints().get(idempotencyKey).filter(first -> !first.isEmpty())
                .map(first -> first.equals(fingerprint)).getOrElse(true);
    }

    /** {@return the events this idempotency key was handled with; none if it was not handled}
     * @param idempotencyKey the key */
    public Option<List<OrderEvent>> handled(String idempotencyKey) {
        return handledCommands().get(idempotencyKey);
    }

    /** {@return the events of one type that the command under this key made, in order; empty if the key was not handled}
     * @param <E> the event type
     * @param idempotencyKey the key
     * @param type the event type's class */
    public <E extends OrderEvent> List<E> madeBy(String idempotencyKey, Class<E> type) {
        return handled(idempotencyKey).getOrElse(List.empty()).filter(type::isInstance).map(type::cast);
    }

    /** The order in one line: id, version, status, and each line's units by slot, e.g. {@code Order[ORD-1 v4 ALLOCATED,
     * L1 SKU-1 {ALLOCATED@WH-1=2}]}. The bookkeeping (keys handled, effects owed) is left out; read the accessors for it. */
    @Override
    public String toString() {
        return "Order[" + id() + " v" + version() + " " + status()
                + lines().valuesIterator().map(Line::toString).mkString(", ", ", ", "") + "]";
    }
}

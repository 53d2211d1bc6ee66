// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.ClaimEvent.ClaimRefunded;
import dev.oms.spi.event.ClaimEvent.ClaimSettled;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent.ReturnReceived;
import dev.oms.spi.event.ReturnEvent.ReturnRefunded;
import dev.oms.spi.event.ReturnEvent.ReturnRequested;
import dev.oms.spi.event.ReturnEvent.ReturnedUnitsRestocked;
import dev.oms.spi.value.ClaimId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The after-sale ledger of an order: its returns (RMAs), in the order requested, and its claims. Units under return
 * (asked for by a return not rejected) never exceed the units shipped of their line: returns only ask for delivered
 * units, and a line's delivered units are shipped ones. Returned and claimed units are refunded their shares of the
 * line in turn, from the first, so no share is refunded twice.
 *
 * @param byId the returns by id, in the order requested
 * @param claims the claims by id, in the order settled
 * @param credits the money owed back as store credit or a gift card, by the receipts and claims that chose it
 * @param exchanges the exchanges, by the return each trades units back under
 */
public record ReturnLedger(LinkedHashMap<ReturnId, ReturnAuthorization> byId, LinkedHashMap<ClaimId, Claim> claims, StoreCredits credits,
        ExchangeLedger exchanges) {
    /** No return requested, no claim, no credit. */
    public static final ReturnLedger NONE = new ReturnLedger(LinkedHashMap.empty(), LinkedHashMap.empty(), StoreCredits.NONE, ExchangeLedger.NONE);

    /** Refuses nulls.
     * @param byId the returns by id
     * @param claims the claims by id
     * @param credits the money owed back as store credit
     * @param exchanges the exchanges */
    public ReturnLedger {
        Require.nonNull(byId, "byId");
        Require.nonNull(claims, "claims");
        Require.nonNull(credits, "credits");
        Require.nonNull(exchanges, "exchanges");
    }

    ReturnLedger exchanges(ExchangeLedger next) {
        return new ReturnLedger(byId, claims, credits, next);
    }

    ReturnLedger credits(StoreCredits next) {
        return new ReturnLedger(byId, claims, next, exchanges);
    }

    /** {@return the units of a line given up under claims}
     * @param lineId the line */
    public long claimed(LineId lineId) {
        return claims.values().map(c -> c.units(lineId)).sum().longValue();
    }

    /** {@return the units of a line claimed from one parcel}
     * @param packageId the parcel
     * @param lineId the line */
    public long claimed(PackageId packageId, LineId lineId) {
        return claims.values().filter(c -> c.packageId().equals(packageId)).map(c -> c.units(lineId)).sum().longValue();
    }

    /** {@return the units of a line whose shares were refunded or are owed: received back under returns, or claimed}
     * @param lineId the line */
    public long sharesTaken(LineId lineId) {
        return received(lineId) + claimed(lineId);
    }

    /** {@return the id the order's next claim gets}
     * @param orderId the order */
    public ClaimId nextClaimId(OrderId orderId) {
        return ClaimId.of(orderId.value() + "-CLM" + (claims.size() + 1));
    }

    ReturnLedger settled(Order order, ClaimSettled e) {
        if (claims.containsKey(e.claimId())) {
            throw new IllegalStateException("claim " + e.claimId() + " was already settled");
        }
        return new ReturnLedger(byId, claims.put(e.claimId(), Claim.of(order.id(), e)), credits, exchanges);
    }

    ReturnLedger claimRefunded(ClaimRefunded e) {
        Claim claim = claims.get(e.claimId()).getOrElseThrow(() -> new IllegalStateException("no claim " + e.claimId()));
        return new ReturnLedger(byId, claims.put(claim.id(), claim.refunded(e.share(), e.refundId())), credits, exchanges);
    }

    /** {@return the return with this id; none if the order has no such return}
     * @param id the return's id */
    public Option<ReturnAuthorization> get(ReturnId id) {
        return byId.get(id);
    }

    /** {@return every return, in the order requested} */
    public List<ReturnAuthorization> all() {
        return byId.values().toList();
    }

    /** {@return the units of a line under return: asked for by returns not rejected}
     * @param lineId the line */
    public long underReturn(LineId lineId) {
        return byId.values().filter(ReturnAuthorization::holdsUnits).map(r -> r.units(lineId)).sum().longValue();
    }

    /** {@return the id the order's next return gets}
     * @param orderId the order */
    public ReturnId nextId(OrderId orderId) {
        return ReturnId.of(orderId.value() + "-RMA" + (byId.size() + 1));
    }

    ReturnLedger requested(ReturnRequested e) {
        if (byId.containsKey(e.returnId())) {
            throw new IllegalStateException("return " + e.returnId() + " was already requested");
        }
        return new ReturnLedger(byId.put(e.returnId(), new ReturnAuthorization(e.returnId(), List.ofAll(e.items()), e.requestedAt(),
                ReturnAuthorization.State.REQUESTED, List.empty())), claims, credits, exchanges);
    }

    ReturnLedger replaced(ReturnAuthorization changed) {
        return new ReturnLedger(byId.put(changed.id(), changed), claims, credits, exchanges);
    }

    ReturnLedger approved(ReturnId id) {
        return decided(id, ReturnAuthorization.State.APPROVED);
    }

    ReturnLedger rejected(ReturnId id) {
        return decided(id, ReturnAuthorization.State.REJECTED);
    }

    ReturnLedger received(Order order, ReturnReceived e) {
        ReturnAuthorization open = byId.get(e.returnId()).getOrElseThrow(() -> new IllegalStateException("no return " + e.returnId()));
        if (open.state() != ReturnAuthorization.State.APPROVED || e.receipt() != open.receipts().size() + 1) {
            throw new IllegalStateException("return " + e.returnId() + " is " + open.state() + " with " + open.receipts().size()
                    + " receipts; cannot take receipt " + e.receipt());
        }
        return new ReturnLedger(byId.put(open.id(), open.received(ReturnReceipt.of(order, e))), claims, credits, exchanges);
    }

    ReturnLedger refunded(ReturnRefunded e) {
        return changed(e.returnId(), e.receipt(), r -> r.refunded(e.share(), e.refundId()));
    }

    ReturnLedger restocked(ReturnedUnitsRestocked e) {
        return changed(e.returnId(), e.receipt(), r -> r.restocked(e.lineId()));
    }

    private ReturnLedger changed(ReturnId id, int receipt, java.util.function.UnaryOperator<ReturnReceipt> change) {
        ReturnAuthorization open = byId.get(id).getOrElseThrow(() -> new IllegalStateException("no return " + id));
        return new ReturnLedger(byId.put(id, open.changed(receipt, change)), claims, credits, exchanges);
    }

    /** {@return the units of a line received back, over every return}
     * @param lineId the line */
    public long received(LineId lineId) {
        return byId.values().map(r -> r.received(lineId)).sum().longValue();
    }

    /** {@return every receipt's and claim's refunds, done or owed: the receipts' in the order received, then the claims'} */
    public List<ReturnReceipt.Refund> refunds() {
        return byId.values().toList().flatMap(ReturnAuthorization::receipts).flatMap(ReturnReceipt::refunds)
                .appendAll(claims.values().toList().flatMap(Claim::refunds));
    }

    /** {@return every receipt's restocks still owed, in the order they became owed} */
    public List<ReturnReceipt.Restock> restocksOwed() {
        return byId.values().toList().flatMap(ReturnAuthorization::receipts).flatMap(ReturnReceipt::restocks).filter(r -> !r.done());
    }

    /** {@return the fact that a refund a return or a claim owes was done; none when none owes one that matches}
     * @param which the refund owed that was done
     * @param refundId the provider's refund */
    public Option<OrderEvent> refundDone(java.util.function.Predicate<ReturnReceipt.Refund> which, RefundId refundId) {
        for (Claim claim : claims.values()) {
            Option<ReturnReceipt.Refund> owed = claim.refunds().find(f -> f.owed() && which.test(f));
            if (owed.isDefined()) {
                return Option.some(new ClaimRefunded(claim.id(), owed.get().share(), refundId));
            }
        }
        for (ReturnAuthorization r : byId.values()) {
            for (ReturnReceipt receipt : r.receipts()) {
                Option<ReturnReceipt.Refund> owed = receipt.refunds().find(f -> f.owed() && which.test(f));
                if (owed.isDefined()) {
                    return Option.some(new ReturnRefunded(r.id(), receipt.number(), owed.get().share(), refundId));
                }
            }
        }
        return Option.none();
    }

    private ReturnLedger decided(ReturnId id, ReturnAuthorization.State next) {
        ReturnAuthorization open = byId.get(id).getOrElseThrow(() -> new IllegalStateException("no return " + id));
        if (open.state() != ReturnAuthorization.State.REQUESTED) {
            throw new IllegalStateException("return " + id + " is " + open.state() + ", not REQUESTED");
        }
        return new ReturnLedger(byId.put(id, open.in(next)), claims, credits, exchanges);
    }
}

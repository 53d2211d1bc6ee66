// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.ReturnEvent.ReturnReceived;
import dev.oms.spi.event.ReturnEvent.ReturnRefunded;
import dev.oms.spi.event.ReturnEvent.ReturnRequested;
import dev.oms.spi.event.ReturnEvent.ReturnedUnitsRestocked;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The returns (RMAs) of an order, in the order requested. Units under return (asked for by a return not rejected)
 * never exceed the units shipped of their line: returns only ask for delivered units, and a line's delivered units
 * are shipped ones.
 *
 * @param byId the returns by id, in the order requested
 */
public record ReturnLedger(LinkedHashMap<ReturnId, ReturnAuthorization> byId) {
    /** No return requested. */
    public static final ReturnLedger NONE = new ReturnLedger(LinkedHashMap.empty());

    /** Refuses null.
     * @param byId the returns by id */
    public ReturnLedger {
        Require.nonNull(byId, "byId");
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
                ReturnAuthorization.State.REQUESTED, List.empty())));
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
        return new ReturnLedger(byId.put(open.id(), open.received(ReturnReceipt.of(order, e))));
    }

    ReturnLedger refunded(ReturnRefunded e) {
        return changed(e.returnId(), e.receipt(), r -> r.refunded(e.share(), e.refundId()));
    }

    ReturnLedger restocked(ReturnedUnitsRestocked e) {
        return changed(e.returnId(), e.receipt(), r -> r.restocked(e.lineId()));
    }

    private ReturnLedger changed(ReturnId id, int receipt, java.util.function.UnaryOperator<ReturnReceipt> change) {
        ReturnAuthorization open = byId.get(id).getOrElseThrow(() -> new IllegalStateException("no return " + id));
        return new ReturnLedger(byId.put(id, open.changed(receipt, change)));
    }

    /** {@return the units of a line received back, over every return}
     * @param lineId the line */
    public long received(LineId lineId) {
        return byId.values().map(r -> r.received(lineId)).sum().longValue();
    }

    /** {@return every receipt's refunds, done or owed, in the order they became owed} */
    public List<ReturnReceipt.Refund> refunds() {
        return byId.values().toList().flatMap(ReturnAuthorization::receipts).flatMap(ReturnReceipt::refunds);
    }

    /** {@return every receipt's restocks still owed, in the order they became owed} */
    public List<ReturnReceipt.Restock> restocksOwed() {
        return byId.values().toList().flatMap(ReturnAuthorization::receipts).flatMap(ReturnReceipt::restocks).filter(r -> !r.done());
    }

    /** {@return the fact that a refund a return owes was done; none when no return owes one that matches}
     * @param which the refund owed that was done
     * @param refundId the provider's refund */
    public Option<ReturnRefunded> refundDone(java.util.function.Predicate<ReturnReceipt.Refund> which, RefundId refundId) {
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
        return new ReturnLedger(byId.put(id, open.in(next)));
    }
}

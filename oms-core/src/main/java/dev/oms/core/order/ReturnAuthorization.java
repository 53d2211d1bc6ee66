// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * One return (RMA) of an order: the units asked for, per line and reason, and how far it has come.
 *
 * @param id the return's id
 * @param items the units asked for, one item per line and reason, as requested
 * @param requestedAt when it was requested
 * @param state how far it has come
 * @param receipts the arrivals of its units back, in the order received
 * @param label the label its units are shipped back with, the latest asked for; none when none was
 */
public record ReturnAuthorization(ReturnId id, List<ReturnItem> items, Instant requestedAt, State state, List<ReturnReceipt> receipts,
        Option<ReturnLabel> label) {

    /** How far a return has come. */
    public enum State {
        /** Asked for by the customer; waits for approval. */
        REQUESTED,
        /** Approved: the customer may send the units back; some may have arrived. */
        APPROVED,
        /** Every unit asked for has arrived back. */
        RECEIVED,
        /** Rejected: its units are no longer under return. */
        REJECTED
    }

    /** Refuses nulls and a return of nothing.
     * @param id the return's id
     * @param items the units asked for
     * @param requestedAt when it was requested
     * @param state how far it has come
     * @param receipts the arrivals of its units back
     * @param label the label its units are shipped back with, if any */
    public ReturnAuthorization {
        Require.nonNull(label, "label");
        Require.nonNull(id, "id");
        Require.nonNull(items, "items");
        Require.nonNull(requestedAt, "requestedAt");
        Require.nonNull(state, "state");
        Require.nonNull(receipts, "receipts");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("return " + id + " asks for no units");
        }
    }

    /** A return with no label.
     * @param id the return's id
     * @param items the units asked for
     * @param requestedAt when it was requested
     * @param state how far it has come
     * @param receipts the arrivals of its units back */
    public ReturnAuthorization(ReturnId id, List<ReturnItem> items, Instant requestedAt, State state, List<ReturnReceipt> receipts) {
        this(id, items, requestedAt, state, receipts, Option.none());
    }

    /** {@return the units this return asks for, over its items} */
    public long totalUnits() {
        return items.map(ReturnItem::quantity).sum().longValue();
    }

    /**
     * {@return whether its label was bought and will not be used: every unit arrived (or the return was rejected) and
     * none arrived at the label's location after it was bought}
     */
    public boolean owesLabelVoid() {
        return label.exists(l -> l.live() && !l.used()) && (state == State.RECEIVED || state == State.REJECTED);
    }

    /** {@return the units of a line this return asks for, over its items}
     * @param lineId the line */
    public long units(LineId lineId) {
        return items.filter(i -> i.lineId().equals(lineId)).map(ReturnItem::quantity).sum().longValue();
    }

    /** {@return whether the return still holds its units under return: requested or approved, not rejected} */
    public boolean holdsUnits() {
        return state != State.REJECTED;
    }

    /** {@return the units of a line received back, over the receipts}
     * @param lineId the line */
    public long received(LineId lineId) {
        return receipts.map(r -> r.units(lineId)).sum().longValue();
    }

    /** {@return the receipt with this number, if any}
     * @param number the receipt's number */
    public Option<ReturnReceipt> receipt(int number) {
        return receipts.find(r -> r.number() == number);
    }

    ReturnAuthorization in(State next) {
        return new ReturnAuthorization(id, items, requestedAt, next, receipts, label);
    }

    ReturnAuthorization labelled(ReturnLabel next) {
        return new ReturnAuthorization(id, items, requestedAt, state, receipts, Option.some(next));
    }

    ReturnAuthorization received(ReturnReceipt receipt) {
        ReturnAuthorization after = new ReturnAuthorization(id, items, requestedAt, state, receipts.append(receipt),
                label.map(l -> l.arrivedAt(receipt.locationId())));
        boolean all = items.map(ReturnItem::lineId).distinct().forAll(l -> after.received(l) == units(l));
        return all ? after.in(State.RECEIVED) : after;
    }

    ReturnAuthorization changed(int number, java.util.function.UnaryOperator<ReturnReceipt> change) {
        ReturnReceipt receipt = receipt(number).getOrElseThrow(() -> new IllegalStateException("return " + id + " has no receipt " + number));
        return new ReturnAuthorization(id, items, requestedAt, state, receipts.replace(receipt, change.apply(receipt)), label);
    }
}

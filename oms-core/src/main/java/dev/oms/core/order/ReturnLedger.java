// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.ReturnEvent.ReturnRequested;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
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
                ReturnAuthorization.State.REQUESTED)));
    }

    ReturnLedger approved(ReturnId id) {
        return decided(id, ReturnAuthorization.State.APPROVED);
    }

    ReturnLedger rejected(ReturnId id) {
        return decided(id, ReturnAuthorization.State.REJECTED);
    }

    private ReturnLedger decided(ReturnId id, ReturnAuthorization.State next) {
        ReturnAuthorization open = byId.get(id).getOrElseThrow(() -> new IllegalStateException("no return " + id));
        if (open.state() != ReturnAuthorization.State.REQUESTED) {
            throw new IllegalStateException("return " + id + " is " + open.state() + ", not REQUESTED");
        }
        return new ReturnLedger(byId.put(id, open.in(next)));
    }
}

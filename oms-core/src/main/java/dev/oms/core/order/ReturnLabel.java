// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import io.vavr.control.Option;
import org.joda.money.Money;

/**
 * The label a return's units are shipped back with, as a host prints or emails it: the latest one asked for.
 *
 * @param request the request's number within the return, from 1; the purchase's key names it
 * @param returnTo the location the parcel goes back to
 * @param service the carrier service asked for
 * @param state how far it has come
 * @param issued the label bought, once the carrier sold it
 * @param refusal why the carrier refused it, when it did
 * @param used whether units of the return arrived at {@link #returnTo} after the label was bought: then it was used, and
 *     is never voided
 */
public record ReturnLabel(int request, LocationId returnTo, String service, State state, Option<Issued> issued,
        Option<String> refusal, boolean used) {

    /** How far a return label has come. */
    public enum State {
        /** Asked for; the order owes its purchase until the carrier answers. */
        REQUESTED,
        /** Bought: the customer may ship the units back with it. */
        ISSUED,
        /** The carrier refused it; another may be asked for. */
        REFUSED,
        /** Bought and not needed (every unit arrived, none with it): voided with the carrier. */
        VOIDED
    }

    /**
     * A return label the carrier sold.
     *
     * @param carrier the carrier, as printed on the label
     * @param labelId the carrier's id of the label
     * @param trackingNumber what the parcel back is tracked by
     * @param cost what it cost
     */
    public record Issued(String carrier, LabelId labelId, String trackingNumber, Money cost) {}

    /** Refuses nulls.
     * @param request the request's number
     * @param returnTo where the parcel goes back to
     * @param service the carrier service
     * @param state how far it has come
     * @param issued the label bought, if any
     * @param refusal why the carrier refused, if it did
     * @param used whether units arrived at {@code returnTo} after it was bought */
    public ReturnLabel {
        Require.nonNull(returnTo, "returnTo");
        Require.nonBlank(service, "service");
        Require.nonNull(state, "state");
        Require.nonNull(issued, "issued");
        Require.nonNull(refusal, "refusal");
    }

    /** {@return whether the label was bought and is not voided: the customer may use it} */
    public boolean live() {
        return state == State.ISSUED;
    }

    static ReturnLabel requested(int request, LocationId returnTo, String service) {
        return new ReturnLabel(request, returnTo, service, State.REQUESTED, Option.none(), Option.none(), false);
    }

    ReturnLabel issued(Issued label) {
        return new ReturnLabel(request, returnTo, service, State.ISSUED, Option.some(label), Option.none(), false);
    }

    ReturnLabel refused(String reason) {
        return new ReturnLabel(request, returnTo, service, State.REFUSED, Option.none(), Option.some(reason), false);
    }

    ReturnLabel voided() {
        return new ReturnLabel(request, returnTo, service, State.VOIDED, issued, refusal, used);
    }

    /** Units arriving at the label's location once it is bought came with it. */
    ReturnLabel arrivedAt(LocationId location) {
        return live() && location.equals(returnTo) ? new ReturnLabel(request, returnTo, service, state, issued, refusal, true) : this;
    }
}

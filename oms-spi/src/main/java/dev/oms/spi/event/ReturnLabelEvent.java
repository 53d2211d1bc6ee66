// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import static dev.oms.spi.event.EventChecks.positive;

import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import org.joda.money.Money;

/**
 * Facts of a return label: the label the customer ships an approved return back with, bought through the carrier
 * port. The label is asked for first ({@link ReturnLabelRequested}), so a carrier that acted but whose answer was lost
 * is asked again under the same key; its answer is recorded ({@link ReturnLabelIssued} or {@link ReturnLabelRefused});
 * a label the return no longer needs is voided once ({@link ReturnLabelVoided}). A return has at most one label request
 * open at a time, numbered from 1; after a refusal another may be asked for.
 */
public sealed interface ReturnLabelEvent extends OrderEvent {

    /** {@return the return the label is for} */
    ReturnId returnId();

    /**
     * A return label was asked for: the order owes its purchase from the carrier until the carrier answers.
     *
     * @param returnId the approved return
     * @param request the request's number within the return, from 1; part of the purchase's key
     * @param returnTo the location the parcel is to go back to
     * @param service the carrier service asked for
     */
    record ReturnLabelRequested(ReturnId returnId, int request, LocationId returnTo, String service) implements ReturnLabelEvent {
        /** Checks the event.
         * @param returnId the approved return
         * @param request the request's number, from 1
         * @param returnTo where the parcel goes back to
         * @param service the carrier service; not blank */
        public ReturnLabelRequested {
            Require.nonNull(returnId, "returnId");
            positive(request, "request");
            Require.nonNull(returnTo, "returnTo");
            Require.nonBlank(service, "service");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The carrier sold the return label asked for.
     *
     * @param returnId the return
     * @param carrier the carrier, as printed on the label
     * @param labelId the carrier's id of the label, to void it
     * @param trackingNumber what the parcel back is tracked by
     * @param cost what the label cost
     */
    record ReturnLabelIssued(ReturnId returnId, String carrier, LabelId labelId, String trackingNumber, Money cost)
            implements ReturnLabelEvent {
        /** Checks the event.
         * @param returnId the return
         * @param carrier the carrier; not blank
         * @param labelId the label
         * @param trackingNumber the tracking number; not blank
         * @param cost what it cost */
        public ReturnLabelIssued {
            Require.nonNull(returnId, "returnId");
            Require.nonBlank(carrier, "carrier");
            Require.nonNull(labelId, "labelId");
            Require.nonBlank(trackingNumber, "trackingNumber");
            Require.nonNull(cost, "cost");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The carrier refused the return label asked for (service unknown, no return labels...); the return stays approved.
     *
     * @param returnId the return
     * @param reason why, as the carrier said
     */
    record ReturnLabelRefused(ReturnId returnId, String reason) implements ReturnLabelEvent {
        /** Checks the event.
         * @param returnId the return
         * @param reason why; not blank */
        public ReturnLabelRefused {
            Require.nonNull(returnId, "returnId");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A return label that will not be used was voided with the carrier: every unit of its return arrived, none of them
     * at the label's location after it was bought.
     *
     * @param returnId the return
     * @param labelId the label voided
     */
    record ReturnLabelVoided(ReturnId returnId, LabelId labelId) implements ReturnLabelEvent {
        /** Checks the event.
         * @param returnId the return
         * @param labelId the label voided */
        public ReturnLabelVoided {
            Require.nonNull(returnId, "returnId");
            Require.nonNull(labelId, "labelId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

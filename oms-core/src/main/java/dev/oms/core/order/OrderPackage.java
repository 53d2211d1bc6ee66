// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A package of the order: packed at one location, labelled, shipped and delivered as one shipment.
 *
 * @param id the package's id
 * @param location where it was packed and ships from
 * @param contents the units it holds, per line
 * @param specialHandling handling instructions for the carrier, if any
 * @param giftMessage the customer's gift message, if any
 * @param labelRequested the carrier service a label was asked for and not yet answered: the purchase is
 *     owed to the carrier until it is bought or refused
 * @param labelRefusal why the carrier refused the last label asked for, if it did
 * @param label the label bought, if any
 * @param labelVoided true once an opened package's label was cancelled with the carrier
 * @param state where the package is in its life
 * @param shippedAt when it shipped, once shipped
 * @param deliveredAt when it was delivered, once delivered
 * @param stockConsumed true once the shipped units left the location's stock records (at shipping for a
 *     package of untracked units only: it has no stock to consume)
 * @param tracking where the carrier last said it is (its latest tracking event by the carrier's time), once it said
 * @param voiding what voiding its shipment left owed and what of it was done, once voided
 */
public record OrderPackage(
        PackageId id,
        LocationId location,
        List<PackageItem> contents,
        Option<String> specialHandling,
        Option<String> giftMessage,
        Option<String> labelRequested,
        Option<String> labelRefusal,
        Option<Label> label,
        boolean labelVoided,
        State state,
        Option<Instant> shippedAt,
        Option<Instant> deliveredAt,
        boolean stockConsumed,
        Option<Tracking> tracking,
        Option<ShipmentVoid> voiding) {

    /** Where a package is in its life. */
    public enum State {
        /** Packed and waiting for a label or the carrier. */
        PACKED,
        /** Opened again before shipping: its units went back to PICKED, and a bought label is owed a void. */
        OPENED,
        /** Handed to the carrier. */
        SHIPPED,
        /** Delivered to the customer. */
        DELIVERED,
        /**
         * Handed to the carrier, which never collected it, and taken back (its shipment voided): its units went back to
         * the location's stock, packed into a new package or onto the shelf; its label is owed a void and its captures a
         * refund. It never ships again.
         */
        VOIDED
    }

    /**
     * Where the carrier last said the package is.
     *
     * @param status the status it reported
     * @param occurredAt when, by the carrier's clock
     * @param carrierEventId the carrier's id of that event
     * @param detail the carrier's words, if any
     */
    public record Tracking(TrackingStatus status, Instant occurredAt, String carrierEventId, Option<String> detail) {
        /** Whether this event comes after {@code other} by the carrier's time; the event id breaks a tie, so the latest
         * event is the same whatever order the events arrived in.
         * @param other the event it is compared with */
        boolean after(Tracking other) {
            int byTime = occurredAt.compareTo(other.occurredAt);
            return byTime != 0 ? byTime > 0 : carrierEventId.compareTo(other.carrierEventId) > 0;
        }
    }

    /**
     * A carrier label.
     *
     * @param carrier the carrier
     * @param labelId the carrier's label id
     * @param trackingNumber the tracking number
     */
    public record Label(String carrier, LabelId labelId, String trackingNumber) {}

    static OrderPackage packed(PackageId id, LocationId location, List<PackageItem> contents, Option<String> specialHandling,
            Option<String> giftMessage) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, Option.none(), Option.none(),
                Option.none(), false, State.PACKED, Option.none(), Option.none(), false, Option.none(), Option.none());
    }

    /**
     * {@return the units of one line in the package}
     *
     * @param line the line
     */
    public long units(LineId line) {
        return contents.filter(i -> i.lineId().equals(line)).map(PackageItem::quantity).sum().longValue();
    }

    /** {@return the units in the package, over every line} */
    public long totalUnits() {
        return contents.map(PackageItem::quantity).sum().longValue();
    }

    /** {@return whether the package shipped (delivered included)} */
    public boolean isShipped() {
        return state == State.SHIPPED || state == State.DELIVERED;
    }

    /** {@return whether a label was bought and must be voided because the package was opened, or its shipment voided} */
    public boolean owesLabelVoid() {
        return (state == State.OPENED || state == State.VOIDED) && label.isDefined() && !labelVoided;
    }

    /** {@return whether the package's shipment was voided and its units, consumed from stock, are owed back to it} */
    public boolean owesStockReturn() {
        return state == State.VOIDED && stockConsumed && voiding.exists(v -> !v.stockReturned());
    }

    /** {@return whether the stock the package's units hold at its location is owed a consumption}: shipped, or voided
     * before its consumption was recorded (consumed first, then given back, so a consumption in flight is never lost) */
    public boolean owesStockConsumption() {
        return (isShipped() || state == State.VOIDED) && !stockConsumed;
    }

    OrderPackage voided(ShipmentVoid newVoiding) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                labelVoided, State.VOIDED, shippedAt, deliveredAt, stockConsumed, tracking, Option.some(newVoiding));
    }

    OrderPackage withVoiding(ShipmentVoid changed) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                labelVoided, state, shippedAt, deliveredAt, stockConsumed, tracking, Option.some(changed));
    }

    OrderPackage labelAskedFor(String service) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, Option.some(service), Option.none(),
                label, labelVoided, state, shippedAt, deliveredAt, stockConsumed, tracking, voiding);
    }

    OrderPackage labelRefused(String reason) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, Option.none(), Option.some(reason),
                label, labelVoided, state, shippedAt, deliveredAt, stockConsumed, tracking, voiding);
    }

    OrderPackage withLabel(Label newLabel) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, Option.none(), Option.none(),
                Option.some(newLabel), false, state, shippedAt, deliveredAt, stockConsumed, tracking, voiding);
    }

    OrderPackage withState(State newState) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                labelVoided, newState, shippedAt, deliveredAt, stockConsumed, tracking, voiding);
    }

    OrderPackage shipped(Instant at) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                labelVoided, State.SHIPPED, Option.some(at), deliveredAt, stockConsumed, tracking, voiding);
    }

    OrderPackage delivered(Instant at) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                labelVoided, State.DELIVERED, shippedAt, Option.some(at), stockConsumed, tracking, voiding);
    }

    /** {@return the package with the carrier's event as its tracking, when it is the latest by the carrier's time} */
    OrderPackage tracked(Tracking event) {
        return tracking.exists(latest -> !event.after(latest)) ? this : new OrderPackage(id, location, contents, specialHandling,
                giftMessage, labelRequested, labelRefusal, label, labelVoided, state, shippedAt, deliveredAt, stockConsumed, Option.some(event), voiding);
    }

    /** {@return the status the carrier last reported, if it did} */
    public Option<TrackingStatus> trackingStatus() {
        return tracking.map(Tracking::status);
    }

    OrderPackage markLabelVoided() {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                true, state, shippedAt, deliveredAt, stockConsumed, tracking, voiding);
    }

    OrderPackage markStockConsumed() {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                labelVoided, state, shippedAt, deliveredAt, true, tracking, voiding);
    }
}

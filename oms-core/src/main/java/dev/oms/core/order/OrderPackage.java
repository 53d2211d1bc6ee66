// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

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
 * @param labelRequested the carrier service a label was asked for and not yet answered: the purchase is
 *     owed to the carrier until it is bought or refused
 * @param labelRefusal why the carrier refused the last label asked for, if it did
 * @param labelVoided true once an opened package's label was cancelled with the carrier
 * @param stockConsumed true once the shipped units left the location's stock records
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
        boolean stockConsumed) {

    /** Where a package is in its life. */
    public enum State {
        PACKED,
        OPENED,
        SHIPPED,
        DELIVERED
    }

    /** A carrier label. */
    public record Label(String carrier, LabelId labelId, String trackingNumber) {}

    static OrderPackage packed(PackageId id, LocationId location, List<PackageItem> contents, Option<String> specialHandling,
            Option<String> giftMessage) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, Option.none(), Option.none(),
                Option.none(), false, State.PACKED, Option.none(), Option.none(), false);
    }

    public long units(LineId line) {
        return contents.filter(i -> i.lineId().equals(line)).map(PackageItem::quantity).sum().longValue();
    }

    public long totalUnits() {
        return contents.map(PackageItem::quantity).sum().longValue();
    }

    public boolean isShipped() {
        return state == State.SHIPPED || state == State.DELIVERED;
    }

    /** A label that was bought and must be voided because the package was opened. */
    public boolean owesLabelVoid() {
        return state == State.OPENED && label.isDefined() && !labelVoided;
    }

    OrderPackage labelAskedFor(String service) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, Option.some(service), Option.none(),
                label, labelVoided, state, shippedAt, deliveredAt, stockConsumed);
    }

    OrderPackage labelRefused(String reason) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, Option.none(), Option.some(reason),
                label, labelVoided, state, shippedAt, deliveredAt, stockConsumed);
    }

    OrderPackage withLabel(Label newLabel) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, Option.none(), Option.none(),
                Option.some(newLabel), false, state, shippedAt, deliveredAt, stockConsumed);
    }

    OrderPackage withState(State newState) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                labelVoided, newState, shippedAt, deliveredAt, stockConsumed);
    }

    OrderPackage shipped(Instant at) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                labelVoided, State.SHIPPED, Option.some(at), deliveredAt, stockConsumed);
    }

    OrderPackage delivered(Instant at) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                labelVoided, State.DELIVERED, shippedAt, Option.some(at), stockConsumed);
    }

    OrderPackage markLabelVoided() {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                true, state, shippedAt, deliveredAt, stockConsumed);
    }

    OrderPackage markStockConsumed() {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, labelRequested, labelRefusal, label,
                labelVoided, state, shippedAt, deliveredAt, true);
    }
}

package dev.oms.core.order;

import dev.oms.spi.event.OrderEvent.PackageItem;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A package of the order: packed at one location, labelled, shipped and delivered as one shipment.
 *
 * @param labelVoided true once an opened package's label was cancelled with the carrier
 * @param stockConsumed true once the shipped units left the location's stock records
 */
public record OrderPackage(
        PackageId id,
        LocationId location,
        List<PackageItem> contents,
        Option<String> specialHandling,
        Option<String> giftMessage,
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
    public record Label(String carrier, String labelId, String trackingNumber) {}

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

    OrderPackage withLabel(Label newLabel) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, Option.some(newLabel), false, state,
                shippedAt, deliveredAt, stockConsumed);
    }

    OrderPackage withState(State newState) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, label, labelVoided, newState,
                shippedAt, deliveredAt, stockConsumed);
    }

    OrderPackage shipped(Instant at) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, label, labelVoided, State.SHIPPED,
                Option.some(at), deliveredAt, stockConsumed);
    }

    OrderPackage delivered(Instant at) {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, label, labelVoided, State.DELIVERED,
                shippedAt, Option.some(at), stockConsumed);
    }

    OrderPackage markLabelVoided() {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, label, true, state, shippedAt,
                deliveredAt, stockConsumed);
    }

    OrderPackage markStockConsumed() {
        return new OrderPackage(id, location, contents, specialHandling, giftMessage, label, labelVoided, state, shippedAt,
                deliveredAt, true);
    }
}

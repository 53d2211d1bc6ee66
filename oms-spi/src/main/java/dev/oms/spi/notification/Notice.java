// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.notification;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.notification.Notification.Kind;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a notification tells the customer, as typed facts: one record per {@link Kind}. A host that words
 * messages from code switches on the record; one that fills text templates reads {@link #details()}, the
 * same facts as strings. Never holds card data or addresses. Returns have a family of their own, {@link ReturnNotice}.
 */
public sealed interface Notice permits Notice.OrderConfirmed, Notice.UnitsPreordered, Notice.UnitsBackordered,
        Notice.WaitingUnitsFilled, Notice.PreorderStillWaiting, Notice.ReleaseDateMoved, Notice.SupplierConfirmed,
        Notice.SupplierShort, Notice.PaymentDeclined, Notice.OrderShipped, Notice.OrderDelivered, Notice.ReadyForCollection,
        Notice.OrderCancelled, ReturnNotice, TrackingNotice, EditNotice, ExchangeNotice {

    /** {@return which kind of notice this is} */
    Kind kind();

    /** {@return the facts as text, keyed by name, for template engines; numbers and dates in ISO form} */
    Map<String, String> details();

    /** The order was accepted and its payment authorised (or it is paid on delivery). */
    record OrderConfirmed() implements Notice {
        @Override public Kind kind() { return Kind.ORDER_CONFIRMED; }
        @Override public Map<String, String> details() { return Map.of(); }
    }

    /**
     * Units of a line were pre-ordered; {@code units} is the line's pre-ordered total.
     *
     * @param lineId the line
     * @param units the line's pre-ordered units in total
     * @param releasesAt when the product goes on sale
     */
    record UnitsPreordered(LineId lineId, long units, Instant releasesAt) implements Notice {
        /** Checks the facts.
         * @param lineId the line
         * @param units the line's pre-ordered units in total
         * @param releasesAt when the product goes on sale */
        public UnitsPreordered {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(releasesAt, "releasesAt");
        }
        @Override public Kind kind() { return Kind.UNITS_PREORDERED; }
        @Override public Map<String, String> details() {
            return Map.of("lineId", lineId.value(), "units", Long.toString(units), "releasesAt", releasesAt.toString()); }
    }

    /**
     * Units of a line wait for a receipt; {@code shipsNow} of the line ship now.
     *
     * @param lineId the line
     * @param shipsNow units of the line that ship now
     * @param backordered units of the line that wait for a receipt
     * @param expectedRestock when the stock is expected, if known
     * @param reason why the units wait
     */
    record UnitsBackordered(LineId lineId, long shipsNow, long backordered, Optional<LocalDate> expectedRestock,
            String reason) implements Notice {
        /** Checks the facts.
         * @param lineId the line
         * @param shipsNow units of the line that ship now
         * @param backordered units of the line that wait for a receipt
         * @param expectedRestock when the stock is expected, if known
         * @param reason why the units wait */
        public UnitsBackordered {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(expectedRestock, "expectedRestock");
            Require.nonNull(reason, "reason");
        }
        @Override public Kind kind() { return Kind.UNITS_BACKORDERED; }
        @Override public Map<String, String> details() {
            Map<String, String> details = new TreeMap<>(Map.of("lineId", lineId.value(),
                    "shipsNow", Long.toString(shipsNow), "backordered", Long.toString(backordered), "reason", reason));
            expectedRestock.ifPresent(date -> details.put("expectedRestock", date.toString()));
            return Map.copyOf(details);
        }
    }

    /**
     * Stock arrived for waiting units of a line.
     *
     * @param lineId the line
     * @param allocatedNow units allocated from the new stock
     * @param stillWaiting units of the line that still wait
     */
    record WaitingUnitsFilled(LineId lineId, long allocatedNow, long stillWaiting) implements Notice {
        /** Checks the facts.
         * @param lineId the line
         * @param allocatedNow units allocated from the new stock
         * @param stillWaiting units of the line that still wait */
        public WaitingUnitsFilled {
            Require.nonNull(lineId, "lineId");
        }
        @Override public Kind kind() { return Kind.WAITING_UNITS_FILLED; }
        @Override public Map<String, String> details() {
            return Map.of("lineId", lineId.value(), "allocatedNow", Long.toString(allocatedNow), "stillWaiting", Long.toString(stillWaiting));
        }
    }

    /**
     * The product was released but its stock does not cover these pre-ordered units; they keep their place.
     *
     * @param lineId the line
     * @param waiting the pre-ordered units that still wait
     */
    record PreorderStillWaiting(LineId lineId, long waiting) implements Notice {
        /** Checks the facts.
         * @param lineId the line
         * @param waiting the pre-ordered units that still wait */
        public PreorderStillWaiting {
            Require.nonNull(lineId, "lineId");
        }
        @Override public Kind kind() { return Kind.PREORDER_STILL_WAITING; }
        @Override public Map<String, String> details() { return Map.of("lineId", lineId.value(), "waiting", Long.toString(waiting)); }
    }

    /**
     * The release date of a line's pre-ordered units moved.
     *
     * @param lineId the line
     * @param from the release date before
     * @param to the release date now
     */
    record ReleaseDateMoved(LineId lineId, Instant from, Instant to) implements Notice {
        /** Checks the facts.
         * @param lineId the line
         * @param from the release date before
         * @param to the release date now */
        public ReleaseDateMoved {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(from, "from");
            Require.nonNull(to, "to");
        }
        @Override public Kind kind() { return Kind.RELEASE_DATE_MOVED; }
        @Override public Map<String, String> details() { return Map.of("lineId", lineId.value(), "from", from.toString(), "to", to.toString()); }
    }

    /**
     * A supplier committed units of an indent line.
     *
     * @param lineId the line
     * @param committed the units the supplier committed
     * @param expectedOn when the supplier expects to deliver
     */
    record SupplierConfirmed(LineId lineId, long committed, LocalDate expectedOn) implements Notice {
        /** Checks the facts.
         * @param lineId the line
         * @param committed the units the supplier committed
         * @param expectedOn when the supplier expects to deliver */
        public SupplierConfirmed {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(expectedOn, "expectedOn");
        }
        @Override public Kind kind() { return Kind.SUPPLIER_CONFIRMED; }
        @Override public Map<String, String> details() {
            return Map.of("lineId", lineId.value(), "committed", Long.toString(committed), "expectedOn", expectedOn.toString());
        }
    }

    /**
     * A supplier committed fewer units than requested; {@code outcome} says where the rest went.
     *
     * @param lineId the line
     * @param units the units the supplier did not commit
     * @param outcome the bucket those units went to
     * @param reason the supplier's reason, or the host's
     */
    record SupplierShort(LineId lineId, long units, Bucket outcome, String reason) implements Notice {
        /** Checks the facts.
         * @param lineId the line
         * @param units the units the supplier did not commit
         * @param outcome the bucket those units went to
         * @param reason the supplier's reason, or the host's */
        public SupplierShort {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(outcome, "outcome");
            Require.nonNull(reason, "reason");
        }
        @Override public Kind kind() { return Kind.SUPPLIER_SHORT; }
        @Override public Map<String, String> details() {
            return Map.of("lineId", lineId.value(), "units", Long.toString(units), "outcome", outcome.name(), "reason", reason);
        }
    }

    /** The payment provider declined; the order is on payment hold until the customer pays again. */
    record PaymentDeclined() implements Notice {
        @Override public Kind kind() { return Kind.PAYMENT_DECLINED; }
        @Override public Map<String, String> details() { return Map.of(); }
    }

    /**
     * A package left with the carrier.
     *
     * @param packageId the package
     * @param carrier the carrier's name
     * @param trackingNumber the carrier's tracking number
     * @param units the units in the package
     */
    record OrderShipped(PackageId packageId, String carrier, String trackingNumber, long units) implements Notice {
        /** Checks the facts.
         * @param packageId the package
         * @param carrier the carrier's name
         * @param trackingNumber the carrier's tracking number
         * @param units the units in the package */
        public OrderShipped {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(carrier, "carrier");
            Require.nonNull(trackingNumber, "trackingNumber");
        }
        @Override public Kind kind() { return Kind.ORDER_SHIPPED; }
        @Override public Map<String, String> details() {
            return Map.of("packageId", packageId.value(), "carrier", carrier, "trackingNumber", trackingNumber, "units", Long.toString(units));
        }
    }

    /**
     * A package reached the customer.
     *
     * @param packageId the package
     */
    record OrderDelivered(PackageId packageId) implements Notice {
        /** Checks the facts.
         * @param packageId the package */
        public OrderDelivered {
            Require.nonNull(packageId, "packageId");
        }
        @Override public Kind kind() { return Kind.ORDER_DELIVERED; }
        @Override public Map<String, String> details() { return Map.of("packageId", packageId.value()); }
    }

    /**
     * A click-and-collect package waits at its store for the customer.
     *
     * @param packageId the package
     * @param store the store it is collected at
     * @param units the units in the package
     */
    record ReadyForCollection(PackageId packageId, LocationId store, long units) implements Notice {
        /** Checks the facts.
         * @param packageId the package
         * @param store the store it is collected at
         * @param units the units in the package */
        public ReadyForCollection {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(store, "store");
        }
        @Override public Kind kind() { return Kind.READY_FOR_COLLECTION; }
        @Override public Map<String, String> details() {
            return Map.of("packageId", packageId.value(), "store", store.value(), "units", Long.toString(units)); }
    }

    /**
     * Units were cancelled by one cancellation, possibly over several lines.
     *
     * @param unitsByLine cancelled units per line
     * @param reason why the units were cancelled
     */
    record OrderCancelled(Map<LineId, Long> unitsByLine, String reason) implements Notice {
        /** Copies the units per line.
         * @param unitsByLine cancelled units per line
         * @param reason why the units were cancelled */
        public OrderCancelled {
            unitsByLine = Map.copyOf(unitsByLine);
            Require.nonNull(reason, "reason");
        }

        /**
         * {@return this notice with {@code units} more of a line cancelled by the same cancellation}
         * @param lineId the line
         * @param units the units of it cancelled
         * @param reason why; the notice keeps the last one given
         */
        public OrderCancelled plus(LineId lineId, long units, String reason) {
            Map<LineId, Long> more = new TreeMap<>(java.util.Comparator.comparing(LineId::value));
            more.putAll(unitsByLine);
            more.merge(lineId, units, Long::sum);
            return new OrderCancelled(more, reason);
        }

        @Override public Kind kind() { return Kind.ORDER_CANCELLED; }
        @Override public Map<String, String> details() {
            Map<String, String> details = new TreeMap<>();
            unitsByLine.forEach((line, units) -> details.put(line.value(), Long.toString(units)));
            details.put("reason", reason);
            return Map.copyOf(details);
        }
    }
}

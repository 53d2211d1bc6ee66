// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.notification;

import dev.oms.spi.notification.Notification.Kind;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;
import java.util.Map;
import java.util.Optional;

/**
 * What a customer is told while a parcel is on its way, from the carrier's tracking: it is out for delivery, held up,
 * or on its way back. Told when the parcel's tracking status changes to one of these, once per change, and never once
 * the parcel is delivered; and, once, that a shipment the carrier never collected was voided. A family of its own so {@link Notice} stays readable; a host's {@code switch} over notices
 * handles it as {@code case TrackingNotice t} or per record.
 */
public sealed interface TrackingNotice extends Notice {

    /** {@return the parcel the notice is about} */
    PackageId packageId();

    /**
     * The parcel is out for delivery today.
     *
     * @param packageId the parcel
     */
    record OutForDelivery(PackageId packageId) implements TrackingNotice {
        /** Checks the facts.
         * @param packageId the parcel */
        public OutForDelivery {
            Require.nonNull(packageId, "packageId");
        }
        @Override public Kind kind() { return Kind.PACKAGE_OUT_FOR_DELIVERY; }
        @Override public Map<String, String> details() { return Map.of("packageId", packageId.value()); }
    }

    /**
     * The carrier reports the parcel held up; the customer may need to act, or may claim.
     *
     * @param packageId the parcel
     * @param detail the carrier's words, e.g. {@code "address not found"}, if it gave any
     */
    record DeliveryException(PackageId packageId, Optional<String> detail) implements TrackingNotice {
        /** Checks the facts.
         * @param packageId the parcel
         * @param detail the carrier's words, if any */
        public DeliveryException {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(detail, "detail");
        }
        @Override public Kind kind() { return Kind.PACKAGE_DELIVERY_EXCEPTION; }
        @Override public Map<String, String> details() {
            return detail.map(d -> Map.of("packageId", packageId.value(), "detail", d)).orElseGet(() -> Map.of("packageId", packageId.value()));
        }
    }

    /**
     * The carrier is sending the parcel back, undelivered.
     *
     * @param packageId the parcel
     */
    record SentBack(PackageId packageId) implements TrackingNotice {
        /** Checks the facts.
         * @param packageId the parcel */
        public SentBack {
            Require.nonNull(packageId, "packageId");
        }
        @Override public Kind kind() { return Kind.PACKAGE_RETURNED_TO_SENDER; }
        @Override public Map<String, String> details() { return Map.of("packageId", packageId.value()); }
    }

    /**
     * The parcel's shipment was voided before the carrier collected it: its tracking number will not move, and what it
     * was charged is refunded. Its units were packed again into {@code repackedAs} to be sent under a new label, or put
     * back on the shelf.
     *
     * @param packageId the parcel
     * @param trackingNumber the tracking number that will not be used
     * @param repackedAs the package the units were packed into again, if any
     */
    record ShipmentVoided(PackageId packageId, String trackingNumber, Optional<PackageId> repackedAs) implements TrackingNotice {
        /** Checks the facts.
         * @param packageId the parcel
         * @param trackingNumber the tracking number voided
         * @param repackedAs the package the units were packed into again, if any */
        public ShipmentVoided {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(trackingNumber, "trackingNumber");
            Require.nonNull(repackedAs, "repackedAs");
        }
        @Override public Kind kind() { return Kind.SHIPMENT_VOIDED; }
        @Override public Map<String, String> details() {
            return repackedAs.map(p -> Map.of("packageId", packageId.value(), "trackingNumber", trackingNumber, "repackedAs", p.value()))
                    .orElseGet(() -> Map.of("packageId", packageId.value(), "trackingNumber", trackingNumber));
        }
    }
}

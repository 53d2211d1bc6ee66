// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.event.ReturnEvent.CaptureRefund;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;
import java.util.List;
import java.util.Optional;

/** Facts of a shipment taken back before its carrier collected the parcel: the shipment voided, its stock back. */
public sealed interface ShipmentVoidEvent extends OrderEvent {

    /**
     * A shipped parcel its carrier never collected was taken back: its label is owed a void with the carrier, each of its
     * captures a refund of what it took, and its units are owed back to the stock of the location it shipped from. The
     * units go back either packed, in a new package that can get a new label and ship again (SHIPPED to PACKED), or onto
     * the shelf, allocated there again so they can be picked again or cancelled (SHIPPED to ALLOCATED). The voided
     * package itself never ships again: every call keyed by a package (label, capture, stock) stays once per package.
     *
     * @param packageId the package whose shipment was voided
     * @param reason why, in words for people
     * @param repackedAs the new package its units were packed into, or empty when they went back on the shelf
     * @param refunds what each of the package's captures is owed back, fixed when voided; empty when nothing was captured
     */
    record ShipmentVoided(PackageId packageId, String reason, Optional<PackageId> repackedAs, List<CaptureRefund> refunds)
            implements ShipmentVoidEvent {
        /** Checks the event.
         * @param packageId the package whose shipment was voided
         * @param reason why, in words for people; not blank
         * @param repackedAs the new package, or empty when the units went back on the shelf
         * @param refunds what each capture is owed back */
        public ShipmentVoided {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(reason, "reason");
            Require.nonNull(repackedAs, "repackedAs");
            refunds = List.copyOf(Require.nonNull(refunds, "refunds"));
            if (repackedAs.filter(packageId::equals).isPresent()) {
                throw new IllegalArgumentException("a voided package is repacked into another package");
            }
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The inventory took a voided shipment's units back: on hand and reserved for the order again, at the location the
     * package shipped from. Bookkeeping of the call to the inventory, recorded once it answered.
     *
     * @param packageId the package whose shipment was voided
     */
    record VoidedStockReturned(PackageId packageId) implements ShipmentVoidEvent {
        /** Checks the event.
         * @param packageId the package whose shipment was voided */
        public VoidedStockReturned {
            Require.nonNull(packageId, "packageId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import dev.oms.spi.value.PackageItem;

import static dev.oms.spi.event.EventChecks.positive;
import static dev.oms.spi.event.EventChecks.positiveMoney;

/** Facts of units leaving a location: pick lists, packages, labels, shipment and delivery. */
public sealed interface FulfilmentEvent extends OrderEvent {
    /**
     * One item of a pick list: what to take from which storage place.
     *
     * @param lineId the order line
     * @param sku the SKU
     * @param quantity how many units; positive
     * @param bin the storage place to take the units from
     */
    record PickItem(LineId lineId, Sku sku, long quantity, String bin) {
        /** Checks the item.
         * @param lineId the order line
         * @param sku the SKU
         * @param quantity how many units; positive
         * @param bin the storage place to take the units from */
        public PickItem {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonBlank(bin, "bin");
            positive(quantity, "quantity");
        }
    }

    /**
     * A location was told to pick allocated units. Units stay ALLOCATED until picked.
     *
     * @param pickListId the pick list
     * @param locationId the location that picks
     * @param items what to pick
     */
    record PickListCreated(PickListId pickListId, LocationId locationId, List<PickItem> items)
            implements FulfilmentEvent {
        /** Checks the event.
         * @param pickListId the pick list
         * @param locationId the location that picks
         * @param items what to pick */
        public PickListCreated {
            Require.nonNull(pickListId, "pickListId");
            Require.nonNull(locationId, "locationId");
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a pick list has at least one item");
            }
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Every item of a pick list was taken from the shelf: ALLOCATED to PICKED.
     *
     * @param pickListId the pick list
     */
    record PickListPicked(PickListId pickListId) implements FulfilmentEvent {
        /** Checks the event.
         * @param pickListId the pick list */
        public PickListPicked {
            Require.nonNull(pickListId, "pickListId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * An open pick list was voided: nothing was taken from the shelf, and its units are allocated at its
     * location with no pick list covering them, to be listed again, cancelled or moved.
     *
     * @param pickListId the pick list
     * @param reason why, in words for people
     */
    record PickListVoided(PickListId pickListId, String reason) implements FulfilmentEvent {
        /** Checks the event.
         * @param pickListId the pick list
         * @param reason why, in words for people; not blank */
        public PickListVoided {
            Require.nonNull(pickListId, "pickListId");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Picked units were packed: PICKED to PACKED. Handling and gift-wrap instructions travel with the package.
     *
     * @param packageId the package
     * @param locationId the location that packed it
     * @param contents the units in the package
     * @param specialHandling how to handle the package, if the host said
     * @param giftMessage a gift message to enclose, if any
     */
    record PackagePacked(
            PackageId packageId,
            LocationId locationId,
            List<PackageItem> contents,
            Optional<String> specialHandling,
            Optional<String> giftMessage)
            implements FulfilmentEvent {
        /** Checks the event.
         * @param packageId the package
         * @param locationId the location that packed it
         * @param contents the units in the package
         * @param specialHandling how to handle the package, if the host said
         * @param giftMessage a gift message to enclose, if any */
        public PackagePacked {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(locationId, "locationId");
            Require.nonNull(specialHandling, "specialHandling");
            Require.nonNull(giftMessage, "giftMessage");
            contents = List.copyOf(contents);
            if (contents.isEmpty()) {
                throw new IllegalArgumentException("a package holds at least one item");
            }
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A carrier label was bought for a package.
     *
     * @param packageId the package
     * @param carrier the carrier's name
     * @param labelId the carrier's label
     * @param trackingNumber the carrier's tracking number
     * @param cost what the label cost
     */
    record LabelPurchased(PackageId packageId, String carrier, LabelId labelId, String trackingNumber, Money cost)
            implements FulfilmentEvent {
        /** Checks the event.
         * @param packageId the package
         * @param carrier the carrier's name
         * @param labelId the carrier's label
         * @param trackingNumber the carrier's tracking number
         * @param cost what the label cost */
        public LabelPurchased {
            Require.nonNull(packageId, "packageId");
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
     * The carrier refused the label asked for (service unknown, destination not served...).
     *
     * @param packageId the package
     * @param service the service asked for
     * @param reason the carrier's reason
     */
    record LabelRefused(PackageId packageId, String service, String reason) implements FulfilmentEvent {
        /** Checks the event.
         * @param packageId the package
         * @param service the service asked for
         * @param reason the carrier's reason */
        public LabelRefused {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(service, "service");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A package's label was cancelled with the carrier after the package was opened, or its shipment voided.
     *
     * @param packageId the package
     * @param labelId the label cancelled
     */
    record LabelVoided(PackageId packageId, LabelId labelId) implements FulfilmentEvent {
        /** Checks the event.
         * @param packageId the package
         * @param labelId the label cancelled */
        public LabelVoided {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(labelId, "labelId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A packed, unshipped package was opened so its units can be cancelled: PACKED back to PICKED.
     *
     * @param packageId the package
     * @param reason why, in words for people
     */
    record PackageOpened(PackageId packageId, String reason) implements FulfilmentEvent {
        /** Checks the event.
         * @param packageId the package
         * @param reason why, in words for people */
        public PackageOpened {
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The carrier took the package: PACKED to SHIPPED.
     *
     * @param packageId the package
     * @param shippedAt when the carrier took it
     */
    record PackageShipped(PackageId packageId, Instant shippedAt) implements FulfilmentEvent {
        /** Checks the event.
         * @param packageId the package
         * @param shippedAt when the carrier took it */
        public PackageShipped {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(shippedAt, "shippedAt");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The customer received the package: SHIPPED to DELIVERED.
     *
     * @param packageId the package
     * @param deliveredAt when the customer received it
     */
    record PackageDelivered(PackageId packageId, Instant deliveredAt) implements FulfilmentEvent {
        /** Checks the event.
         * @param packageId the package
         * @param deliveredAt when the customer received it */
        public PackageDelivered {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(deliveredAt, "deliveredAt");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.shipping.TrackingUpdate;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Requests from the warehouse and the carrier, from pick lists to delivery. Times (shipped, delivered) are
 * the {@link DecisionContext}'s, and pick-list bins come from its {@link DecisionContext.Bins}.
 */
public sealed interface FulfilmentCommand extends OrderCommand {

    /**
     * Create a pick list per location for allocated units no pick list covers yet.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     */
    record CreatePickLists(String idempotencyKey, Option<LocationId> at) implements FulfilmentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param at the one location to list units at; empty for every location
         */
        public CreatePickLists {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(at, "at");
        }

        /**
         * Pick lists at every location with allocated units no pick list covers.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         */
        public CreatePickLists(String idempotencyKey) {
            this(idempotencyKey, Option.none());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Confirm every item of a pick list was taken from the shelf.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param pickListId the pick list
     */
    record ConfirmPicked(String idempotencyKey, PickListId pickListId) implements FulfilmentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param pickListId the pick list
         */
        public ConfirmPicked {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(pickListId, "pickListId");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Void an open pick list: its units stay allocated at its location with no list covering them.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param pickListId the pick list
     * @param reason why, in words for people
     */
    record VoidPickList(String idempotencyKey, PickListId pickListId, String reason) implements FulfilmentCommand {
        /**
         * Refuses a blank key or reason and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param pickListId the pick list
         * @param reason why, in words for people
         */
        public VoidPickList {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(pickListId, "pickListId");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(reason);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Confirm picked units were packed into one package, with handling and gift-wrap instructions.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param location where the units were picked and packed
     * @param contents how many units of which lines the package holds
     * @param specialHandling handling instructions, e.g. "fragile", carried through to the package
     * @param giftMessage gift-wrap instructions and message, carried through to the package
     */
    record ConfirmPacked(String idempotencyKey, LocationId location, List<PackageItem> contents,
            Option<String> specialHandling, Option<String> giftMessage) implements FulfilmentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param location where the units were picked and packed
         * @param contents how many units of which lines the package holds
         * @param specialHandling handling instructions, e.g. "fragile", carried through to the package
         * @param giftMessage gift-wrap instructions and message, carried through to the package
         */
        public ConfirmPacked {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(location, "location");
            Require.nonNull(contents, "contents");
            Require.nonNull(specialHandling, "specialHandling");
            Require.nonNull(giftMessage, "giftMessage");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(location, contents, specialHandling, giftMessage);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Ask the carrier for a packed package's label, with the given service.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param packageId the package
     * @param service the carrier's service to buy the label from
     */
    record RequestLabel(String idempotencyKey, PackageId packageId, String service) implements FulfilmentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param packageId the package
         * @param service the carrier's service to buy the label from
         */
        public RequestLabel {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(service, "service");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The carrier took a labelled package, at the decision's time.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param packageId the package
     */
    record Ship(String idempotencyKey, PackageId packageId) implements FulfilmentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param packageId the package
         */
        public Ship {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Void the shipment of a package its carrier never collected: its units back to the location, packed into a new package
     * or onto the shelf; its label voided and its captures refunded.
     *
     * @param idempotencyKey the host's key, scoped to voided shipments of this order
     * @param packageId the shipped package
     * @param reason why, in words for people
     * @param restock true to put the units back on the shelf (allocated), false to keep them packed (in a new package)
     */
    record VoidShipment(String idempotencyKey, PackageId packageId, String reason, boolean restock) implements FulfilmentCommand {
        /** Refuses a blank key or reason and null components.
         * @param idempotencyKey the host's key
         * @param packageId the shipped package
         * @param reason why
         * @param restock whether the units go back on the shelf */
        public VoidShipment {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(packageId, reason, restock);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The customer received a package, at the decision's time.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param packageId the package
     */
    record ConfirmDelivery(String idempotencyKey, PackageId packageId) implements FulfilmentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param packageId the package
         */
        public ConfirmDelivery {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Apply one of the carrier's tracking events for a shipped package; keyed by the carrier's event id, so an event
     * delivered twice is recorded once.
     *
     * @param idempotencyKey the key the order handles the command under at most once: the carrier event's
     * @param packageId the package
     * @param update the carrier's event
     */
    record TrackPackage(String idempotencyKey, PackageId packageId, TrackingUpdate update) implements FulfilmentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param packageId the package
         * @param update the carrier's event
         */
        public TrackPackage {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonNull(update, "update");
        }

        /** The event's id is the key; the same id again with other facts is another event under a reused id. */
        @Override
        public String fingerprint() {
            return Fingerprint.of(packageId, update.trackingNumber(), update.status(), update.occurredAt(), update.detail());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

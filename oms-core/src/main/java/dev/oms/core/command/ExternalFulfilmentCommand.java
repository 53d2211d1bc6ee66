// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.fulfilment.FulfilmentRejection;
import dev.oms.spi.fulfilment.ShipmentConfirmation;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import io.vavr.collection.SortedSet;

/** Requests about units fulfilled by others: sending them to a provider, and recording what the provider answered. */
public sealed interface ExternalFulfilmentCommand extends OrderCommand {

    /**
     * Put the allocated units at these third-party locations that nothing covers yet on a request to their provider.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param locations the order's locations run by others (type {@code THIRD_PARTY})
     */
    record RequestExternalFulfilment(String idempotencyKey, SortedSet<LocationId> locations) implements ExternalFulfilmentCommand {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key the order handles the command under at most once
         * @param locations the order's locations run by others */
        public RequestExternalFulfilment {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(locations, "locations");
        }

        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Record a provider's shipment of a request's units.
     *
     * @param idempotencyKey the key, naming the request and the provider's shipment
     * @param confirmation what the provider reported
     */
    record RecordExternalShipment(String idempotencyKey, ShipmentConfirmation confirmation) implements ExternalFulfilmentCommand {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key, naming the request and the provider's shipment
         * @param confirmation what the provider reported */
        public RecordExternalShipment {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(confirmation, "confirmation");
        }

        /** A repeated confirmation must report the same shipment: the same units, carrier, tracking and time. */
        @Override public String fingerprint() {
            return Fingerprint.of(confirmation.items(), confirmation.carrier(), confirmation.trackingNumber(),
                    confirmation.shippedAt());
        }

        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * Record that a provider will not ship some of a request's units.
     *
     * @param idempotencyKey the key, naming the request and the provider's answer
     * @param rejection what the provider reported
     */
    record RecordExternalRejection(String idempotencyKey, FulfilmentRejection rejection) implements ExternalFulfilmentCommand {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key, naming the request and the provider's answer
         * @param rejection what the provider reported */
        public RecordExternalRejection {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(rejection, "rejection");
        }

        /** A repeated rejection must give up the same units for the same reason. */
        @Override public String fingerprint() {
            return Fingerprint.of(rejection.items(), rejection.reason());
        }

        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
}

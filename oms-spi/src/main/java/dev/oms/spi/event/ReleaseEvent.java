// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import static dev.oms.spi.event.EventChecks.positive;
import static dev.oms.spi.event.EventChecks.positiveMoney;

import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.Require;
import org.joda.money.Money;

/**
 * Facts of authorised money given back before the order is done: an edit that leaves the order's authorisations
 * covering more than it is worth records the release of the surplus with itself ({@link AuthorizationReleaseRequested}),
 * so the void it asks for is fixed, amount and key, whatever the order does next; the provider's answer is recorded as
 * {@link AuthorizationReleased}. The rest of an authorisation is still voided when the order is done
 * ({@link PaymentEvent.AuthorizationVoided}).
 *
 * <p>The family has its own {@link Visitor}, reached through {@link OrderEvent.Visitor#visit(ReleaseEvent)}.
 */
public sealed interface ReleaseEvent extends OrderEvent {

    /** {@return the authorisation part of which is given back} */
    AuthorizationId authorizationId();

    /** {@return the release's number on its authorisation, from 1: part of the void's key} */
    int release();

    /** {@return the money given back} */
    Money amount();

    /**
     * Handles the release family.
     *
     * @param visitor the handler
     * @param <R> what handling yields
     * @return what the handler yields for this event
     */
    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R accept(OrderEvent.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    /**
     * Part of an authorisation is to be given back now: recorded before the provider is asked, so no capture draws on it.
     *
     * @param authorizationId the authorisation
     * @param release the release's number on it, from 1
     * @param amount the money to give back; positive
     */
    record AuthorizationReleaseRequested(AuthorizationId authorizationId, int release, Money amount) implements ReleaseEvent {
        /** Checks the event.
         * @param authorizationId the authorisation
         * @param release the release's number, from 1
         * @param amount the money to give back; positive */
        public AuthorizationReleaseRequested {
            Require.nonNull(authorizationId, "authorizationId");
            positive(release, "release");
            positiveMoney(amount, "amount");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The provider voided a release recorded before.
     *
     * @param authorizationId the authorisation
     * @param release the release's number on it, from 1
     * @param amount the money given back; positive
     */
    record AuthorizationReleased(AuthorizationId authorizationId, int release, Money amount) implements ReleaseEvent {
        /** Checks the event.
         * @param authorizationId the authorisation
         * @param release the release's number, from 1
         * @param amount the money given back; positive */
        public AuthorizationReleased {
            Require.nonNull(authorizationId, "authorizationId");
            positive(release, "release");
            positiveMoney(amount, "amount");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Handles each release fact in one place.
     *
     * @param <R> what handling yields
     */
    interface Visitor<R> {
        /** {@return what handling {@link AuthorizationReleaseRequested} yields}
         * @param event the event to handle */
        R visit(AuthorizationReleaseRequested event);
        /** {@return what handling {@link AuthorizationReleased} yields}
         * @param event the event to handle */
        R visit(AuthorizationReleased event);
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Require;
import io.vavr.control.Option;

/** Requests about the order's payment: authorising, prepaying, retrying after a decline. */
public sealed interface PaymentCommand extends OrderCommand {

    /**
     * Ask for an authorisation of what the order's wanted units cost and no authorisation covers yet.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     */
    record RequestAuthorization(String idempotencyKey) implements PaymentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         */
        public RequestAuthorization {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Try a declined payment again, optionally with another payment method.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param newMethod the method to pay with from now on; empty to try the same one again
     */
    record RetryPayment(String idempotencyKey, Option<PaymentMethod> newMethod) implements PaymentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param newMethod the method to pay with from now on; empty to try the same one again
         */
        public RetryPayment {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(newMethod, "newMethod");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(newMethod);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Charge at placement: ask to capture the value of pre-ordered units no prepayment covers yet.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     */
    record RequestPrepayment(String idempotencyKey) implements PaymentCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         */
        public RequestPrepayment {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}

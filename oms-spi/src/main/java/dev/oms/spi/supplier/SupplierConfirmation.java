// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.supplier;

import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Require;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A supplier's answer to a purchase request: the units it commits to deliver (all, some, or none, which
 * is a rejection), and when.
 *
 * @param purchaseId the purchase request it answers
 * @param committed units the supplier commits: {@code 0} rejects the request
 * @param expectedOn when the supplier expects to deliver; required when it commits units
 * @param reason why the supplier committed less than requested, if it said
 */
public record SupplierConfirmation(PurchaseId purchaseId, long committed, Optional<LocalDate> expectedOn, Optional<String> reason) {
    /**
     * Checks the answer.
     *
     * @param purchaseId the purchase request it answers
     * @param committed units the supplier commits; {@code 0} rejects the request, never negative
     * @param expectedOn when the supplier expects to deliver; required when it commits units
     * @param reason why the supplier committed less than requested, if it said
     * @throws IllegalArgumentException if {@code committed} is negative, or positive without an expected date
     */
    public SupplierConfirmation {
        Require.nonNull(purchaseId, "purchaseId");
        Require.nonNull(expectedOn, "expectedOn");
        Require.nonNull(reason, "reason");
        if (committed < 0) {
            throw new IllegalArgumentException("committed cannot be negative, was " + committed);
        }
        if (committed > 0 && expectedOn.isEmpty()) {
            throw new IllegalArgumentException("a commitment comes with an expected date");
        }
    }

    /**
     * {@return a commitment of {@code units} by {@code expectedOn}}
     *
     * @param purchaseId the purchase request it answers
     * @param units the units the supplier commits; positive for a commitment
     * @param expectedOn when the supplier expects to deliver
     */
    public static SupplierConfirmation committed(PurchaseId purchaseId, long units, LocalDate expectedOn) {
        return new SupplierConfirmation(purchaseId, units, Optional.of(expectedOn), Optional.empty());
    }

    /**
     * {@return a rejection: no units committed}
     *
     * @param purchaseId the purchase request it answers
     * @param reason why the supplier rejected it
     */
    public static SupplierConfirmation rejected(PurchaseId purchaseId, String reason) {
        return new SupplierConfirmation(purchaseId, 0, Optional.empty(), Optional.of(reason));
    }
}

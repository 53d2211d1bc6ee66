// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.backinstock;

import dev.oms.spi.value.Sku;

/**
 * How many waiting subscribers to tell when units of a SKU come back: by default one customer per unit that came
 * back, never more than can be promised once the waiting orders were served ({@link #oneCustomerPerUnit()}). A host
 * that expects most customers told not to buy tells more ({@link #customersPerUnit(int)}, {@link #everyone()}).
 * Whatever the policy answers, nobody is told while the SKU cannot be promised, and each subscription is told once.
 */
@FunctionalInterface
public interface BackInStockPolicy {
    /**
     * {@return how many of the oldest waiting subscribers to tell; 0 or less tells nobody}
     *
     * @param sku the SKU that came back
     * @param unitsBack the units the event brought back or freed; positive
     * @param promisable the units that can be promised now, after the waiting orders were served; positive
     */
    long customersToTell(Sku sku, long unitsBack, long promisable);

    /** {@return the default: one customer per unit that came back, at most as many as can be promised} */
    static BackInStockPolicy oneCustomerPerUnit() {
        return customersPerUnit(1);
    }

    /**
     * {@return {@code customers} customers per unit that came back and can be promised}
     *
     * @param customers customers told per unit; positive
     */
    static BackInStockPolicy customersPerUnit(int customers) {
        if (customers < 1) {
            throw new IllegalArgumentException("customers per unit must be positive, was " + customers);
        }
        return (sku, unitsBack, promisable) -> {
            long units = Math.min(unitsBack, promisable);
            return units > Long.MAX_VALUE / customers ? Long.MAX_VALUE : units * customers;
        };
    }

    /** {@return every waiting subscriber, whenever any unit can be promised again} */
    static BackInStockPolicy everyone() {
        return (sku, unitsBack, promisable) -> Long.MAX_VALUE;
    }

    /**
     * {@return how many to tell under this policy}: none when nothing came back or nothing can be promised, whatever
     * the policy says, else what it says, never below 0
     *
     * @param policy the host's policy
     * @param sku the SKU that came back
     * @param unitsBack the units the event brought back or freed
     * @param promisable the units that can be promised now
     */
    static long toTell(BackInStockPolicy policy, Sku sku, long unitsBack, long promisable) {
        return unitsBack <= 0 || promisable <= 0 ? 0 : Math.max(0, policy.customersToTell(sku, unitsBack, promisable));
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import java.util.Objects;
import org.joda.money.Money;

/**
 * The sales of one group (a channel, a day or a SKU) in one currency: a group sold in two currencies has two rows.
 *
 * @param group the channel code, the ISO day or the SKU code
 * @param units the units sold
 * @param value their exact value, in the row's currency
 */
public record SalesRow(String group, long units, Money value) {

    /**
     * Refuses nulls and negative units.
     *
     * @param group the channel code, the ISO day or the SKU code
     * @param units the units sold
     * @param value their exact value
     */
    public SalesRow {
        Objects.requireNonNull(group, "group is null");
        Objects.requireNonNull(value, "value is null");
        if (units < 0) {
            throw new IllegalArgumentException("units cannot be negative, was " + units);
        }
    }

    SalesRow plus(long moreUnits, Money moreValue) {
        return new SalesRow(group, units + moreUnits, value.plus(moreValue));
    }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.restock;

import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.value.LocationId;
import io.vavr.collection.List;

/**
 * What a goods receipt must be to be taken in: received at a location the inventory knows, and, for a
 * stock receipt, of a positive number of units. Every problem is reported at once; nothing is received
 * while one stands.
 */
public final class ReceiptRules {
    private ReceiptRules() {}

    /**
     * A stock receipt's problems: an unknown location, a quantity that is not positive.
     *
     * @param location where the stock was received
     * @param quantity units received
     * @param known the locations the inventory knows
     * @return every problem found; empty when the receipt may be taken in
     */
    public static List<Problem> stockReceipt(LocationId location, long quantity, List<LocationId> known) {
        List<Problem> problems = location(location, known);
        if (quantity <= 0) {
            problems = problems.append(Problem.of(ProblemCode.QUANTITY_NOT_POSITIVE, "quantity",
                    "a receipt adds a positive number of units, was " + quantity));
        }
        return problems;
    }

    /**
     * A purchase receipt's problems with where it was received; what it may receive is the order's to decide.
     *
     * @param location where the goods were received
     * @param known the locations the inventory knows
     * @return an unknown-location problem, or empty
     */
    public static List<Problem> location(LocationId location, List<LocationId> known) {
        return known.contains(location) ? List.empty()
                : List.of(Problem.of(ProblemCode.UNKNOWN_LOCATION, "location", "no location " + location));
    }
}

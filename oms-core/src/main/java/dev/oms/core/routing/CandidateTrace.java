// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * Why one candidate was or was not used: its score per criterion (in ranking order), its place in the
 * ranking, and a sentence an operator can read.
 *
 * @param locationId the candidate location
 * @param scores its score per criterion, by criterion name, in ranking order; none where unscored
 * @param rank 1 for the best-ranked admitted candidate; 0 when excluded before ranking
 * @param verdict what became of it
 * @param reason why, in a sentence an operator can read
 */
public record CandidateTrace(
        LocationId locationId, LinkedHashMap<String, Option<BigDecimal>> scores, int rank, Verdict verdict, String reason) {

    /**
     * Checks the components.
     *
     * @param locationId the candidate location
     * @param scores its score per criterion
     * @param rank its place in the ranking; 0 when excluded
     * @param verdict what became of it
     * @param reason why
     */
    public CandidateTrace {
        Require.nonNull(locationId, "locationId");
        Require.nonNull(scores, "scores");
        Require.nonNull(verdict, "verdict");
        Require.nonBlank(reason, "reason");
    }

    /** {@return one line for an operator: {@code WH-EAST #1 CHOSEN [distance_km=12.345, priority=1] ships 3 units}} */
    public String describe() {
        String scored = scores.map(s -> s._1 + "=" + s._2.map(BigDecimal::toPlainString).getOrElse("n/a")).mkString(", ");
        return locationId + (rank > 0 ? " #" + rank : "") + " " + verdict + " [" + scored + "] " + reason;
    }
}

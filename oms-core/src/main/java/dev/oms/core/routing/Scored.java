// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** An admitted candidate with its score per criterion, as ranked. */
record Scored(Candidate candidate, List<Option<BigDecimal>> scores) {

    /** Criteria in order, an unscored candidate after every scored one, then the location id: a total order. */
    static final Comparator<Scored> RANKING = (a, b) -> {
        for (int i = 0; i < a.scores.size(); i++) {
            int c = compareScores(a.scores.get(i), b.scores.get(i));
            if (c != 0) {
                return c;
            }
        }
        return a.candidate.id().compareTo(b.candidate.id());
    };

    static int compareScores(Option<BigDecimal> a, Option<BigDecimal> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        return a.get().compareTo(b.get());
    }
}

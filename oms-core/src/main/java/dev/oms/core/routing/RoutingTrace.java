// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.value.LocationId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Map;

/** Writes the trace of a routing decision: every candidate's scores and verdict, in rank order, excluded last. */
final class RoutingTrace {
    private RoutingTrace() {}

    static List<CandidateTrace> of(List<Criterion> ranking, java.util.List<Scored> ranked, StockTable table,
            Map<LocationId, String> excluded, List<Candidate> candidates, List<Assignment> assignments, String notNeeded) {
        java.util.Map<LocationId, Long> shipped = new java.util.HashMap<>();
        assignments.forEach(a -> shipped.merge(a.locationId(), a.quantity(), Long::sum));
        int firstChosen = -1;
        for (int row = 0; row < ranked.size() && firstChosen < 0; row++) {
            if (shipped.containsKey(ranked.get(row).candidate().id())) {
                firstChosen = row;
            }
        }
        java.util.List<CandidateTrace> trace = new java.util.ArrayList<>();
        for (int row = 0; row < ranked.size(); row++) {
            Scored scored = ranked.get(row);
            LocationId id = scored.candidate().id();
            LinkedHashMap<String, Option<BigDecimal>> scores = scoresOf(ranking, scored);
            if (shipped.containsKey(id)) {
                trace.add(new CandidateTrace(id, scores, row + 1, Verdict.CHOSEN, "ships " + shipped.get(id) + " units"));
            } else if (!table.hasAny(row)) {
                trace.add(new CandidateTrace(id, scores, row + 1, Verdict.NO_STOCK, "has none of the units the order needs"));
            } else if (firstChosen >= 0 && firstChosen < row) {
                trace.add(new CandidateTrace(id, scores, row + 1, Verdict.OUTRANKED,
                        outranked(ranking, ranked.get(firstChosen), scored)));
            } else {
                trace.add(new CandidateTrace(id, scores, row + 1, Verdict.NOT_NEEDED, notNeeded));
            }
        }
        for (Candidate candidate : candidates) {
            String filter = excluded.get(candidate.id());
            if (filter != null) {
                trace.add(new CandidateTrace(candidate.id(), LinkedHashMap.empty(), 0, Verdict.EXCLUDED,
                        "excluded by rule '" + filter + "'"));
            }
        }
        return List.ofAll(trace);
    }

    private static LinkedHashMap<String, Option<BigDecimal>> scoresOf(List<Criterion> ranking, Scored scored) {
        LinkedHashMap<String, Option<BigDecimal>> scores = LinkedHashMap.empty();
        for (int i = 0; i < ranking.size(); i++) {
            scores = scores.put(ranking.get(i).name(), scored.scores().get(i));
        }
        return scores;
    }

    /** Names the first criterion on which the winner beat the loser. */
    private static String outranked(List<Criterion> ranking, Scored winner, Scored loser) {
        for (int i = 0; i < ranking.size(); i++) {
            Option<BigDecimal> w = winner.scores().get(i);
            Option<BigDecimal> l = loser.scores().get(i);
            if (Scored.compareScores(w, l) != 0) {
                return winner.candidate().id() + " ranks ahead on " + ranking.get(i).name() + " (" + show(w) + " vs " + show(l) + ")";
            }
        }
        return "tied on every criterion with " + winner.candidate().id() + ", which wins on location id";
    }

    private static String show(Option<BigDecimal> score) {
        return score.map(BigDecimal::toPlainString).getOrElse("n/a");
    }
}
